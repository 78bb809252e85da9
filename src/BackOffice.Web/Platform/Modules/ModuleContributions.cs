using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace BackOffice.Web.Platform.Modules;

/// <summary>A menu entry, shown to those who hold <paramref name="Permission"/>; <paramref name="Order"/> places it.</summary>
public sealed record NavEntry(int Order, string Href, string Label, string Icon, Permission Permission, bool MatchAll = false);

/// <summary>What a member-page action works with: the member as shown, and the page's dialogs, messages and navigation.</summary>
public sealed record MemberPageContext(MemberDetail Member, IDialogService Dialogs, ISnackbar Snackbar, NavigationManager Navigation);

/// <summary>
/// A member-wide button. <paramref name="RunAsync"/> returns true when it changed something the page shows, so the
/// page reloads the member and its panels.
/// </summary>
public sealed record MemberAction(int Order, string Label, string Icon, Color Color, Permission Permission, string TestId,
    Func<MemberPageContext, Task<bool>> RunAsync);

/// <summary>A button on a card row, shown when <paramref name="AppliesTo"/> says the card's state allows it.</summary>
public sealed record CardAction(int Order, string Label, string Icon, Color Color, Permission Permission, string TestIdPrefix,
    Func<CardSummary, bool> AppliesTo, Func<MemberPageContext, CardSummary, Task<bool>> RunAsync);

public enum MemberPanelPlace
{
    UnderCards,
    Tab,
}

/// <summary>A member-page section: a component deriving from <see cref="MemberPanelBase"/>.</summary>
public sealed record MemberPanel(int Order, MemberPanelPlace Place, string Title, Type Component);
