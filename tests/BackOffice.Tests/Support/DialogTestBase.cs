using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace BackOffice.Tests.Support;

/// <summary>
/// bUnit on the real services (SQLite) for dialogs that follow the dialog contract: opened through
/// IDialogService, result through Close. Each workflow's dialog tests derive from it.
/// </summary>
public abstract class DialogTestBase : BunitContext, IAsyncLifetime
{
    protected Harness H { get; private set; } = null!;
    protected IRenderedComponent<MudDialogProvider> Provider { get; private set; } = null!;

    protected DialogTestBase()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
    }

    /// <summary>The services the dialogs under test inject, taken from the harness.</summary>
    protected abstract void AddServices(Harness h);

    public async Task InitializeAsync()
    {
        H = await Harness.StartAsync("sqlite", demoMembers: 20);
        AddServices(H);
        Render<MudPopoverProvider>();
        Provider = Render<MudDialogProvider>();
    }

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await H.DisposeAsync();
    }

    protected async Task<long> ActiveCardAsync()
    {
        await using var db = await H.DbAsync();
        return await db.Cards.Where(c => c.Program!.Code == ProgramPresets.LocalCurrency && c.Status == CardStatus.Active)
            .Join(db.Accounts, c => c.Id, a => a.CardId, (c, a) => new { c.Id, a.Balance })
            .Where(x => x.Balance > 5_000).OrderBy(x => x.Id).Select(x => x.Id).FirstAsync();
    }

    protected async Task<IDialogReference> ShowAsync<TDialog>(string title, DialogParameters<TDialog> parameters) where TDialog : Microsoft.AspNetCore.Components.IComponent
    {
        var dialogs = Services.GetRequiredService<IDialogService>();
        return await Provider.InvokeAsync(() => dialogs.ShowAsync<TDialog>(title, parameters));
    }

    protected static string Text(AngleSharp.Dom.IElement e) => string.Join(' ', e.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
