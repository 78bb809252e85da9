using Microsoft.AspNetCore.Components;

namespace BackOffice.Web.Platform.Modules;

/// <summary>
/// A member-page section. It loads when the member or the page's version changes (the page bumps the version after
/// an action or an unmasking), not on every render of the page.
/// </summary>
public abstract class MemberPanelBase : ComponentBase
{
    [Parameter, EditorRequired] public MemberDetail Member { get; set; } = default!;

    [Parameter] public int Version { get; set; }

    private (long Member, int Version)? _loaded;

    protected long MemberId => Member.Id;

    protected override async Task OnParametersSetAsync()
    {
        if (_loaded == (Member.Id, Version)) return;
        _loaded = (Member.Id, Version);
        await LoadAsync();
    }

    protected abstract Task LoadAsync();
}
