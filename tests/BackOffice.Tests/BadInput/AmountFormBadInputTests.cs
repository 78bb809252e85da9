using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using static BackOffice.Tests.Refunds.RefundScenario;

namespace BackOffice.Tests.BadInput;

/// <summary>
/// bUnit on the real services (issue 16 item 7, forms): the case adjustment panel's amount field (a MudNumericField of
/// won) with the bad-input table. Text that is not a number, a number beyond long, and zero: the field shows a Korean
/// message (MudBlazor's converter texts come from <see cref="KoreanMudLocalizer"/>) and proposing is refused in Korean;
/// no adjustment is created, nothing is posted.
/// </summary>
public class AmountFormBadInputTests : BunitContext, IAsyncLifetime
{
    private Harness _h = null!;
    private string _case = "";

    public AmountFormBadInputTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddTransient<MudLocalizer, KoreanMudLocalizer>();
        var auth = AddAuthorization();
        auth.SetAuthorized("agent-id");
        auth.SetPolicies(nameof(Permission.HandleCases));
    }

    public async Task InitializeAsync()
    {
        _h = await Harness.StartAsync("sqlite");
        var card = await NewCardAsync(_h);
        await TopUpAsync(_h, card, 10_000, DaysAgo(_h, 5));
        _case = await Cases.CaseResolutionScenario.OpenCaseAsync(_h, card, CaseType.ErrorCorrection);
        _h.Actor.Current = TestActor.Agent;
        Services.AddSingleton(_h.Get<CaseAdjustmentService>());
        Render<MudPopoverProvider>();
        Render<MudSnackbarProvider>();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await _h.DisposeAsync();
    }

    public static TheoryData<string, string> BadAmounts() => new()
    {
        { "letters", "abc" },
        { "Korean words", "오천원" },
        { "emoji", "😀" },
        { "SQL text", BadInputTable.Sql },
        { "script text", BadInputTable.Script },
        { "beyond long", "99999999999999999999" },
        { "a decimal", "1000.5" },
        { "zero", "0" },
        { "10^15", "1000000000000000" },
        { "long.MinValue", long.MinValue.ToString(System.Globalization.CultureInfo.InvariantCulture) },
    };

    [Theory]
    [MemberData(nameof(BadAmounts))]
    public async Task A_bad_amount_shows_a_Korean_message_and_proposes_nothing(string what, string typed)
    {
        var cut = Render<CaseAdjustmentPanel>(p => p.Add(c => c.CaseNumber, _case));
        cut.WaitForElement("input[data-testid=adjustment-amount-input]");
        cut.Find("input[data-testid=adjustment-reason]").Change("이중 결제 정정 (가맹점 확인)");
        cut.Find("input[data-testid=adjustment-amount-input]").Change(typed);
        cut.Find("[data-testid=propose-adjustment]").Click();

        // A message in Korean: under the field (conversion) or in the snackbar (the service's refusal), never English.
        cut.WaitForAssertion(() =>
        {
            var messages = cut.FindAll(".mud-input-helper-text, .mud-input-error").Select(e => e.TextContent)
                .Concat(Services.GetRequiredService<ISnackbar>().ShownSnackbars.Select(s => s.Message ?? "")).Where(m => m.Trim().Length > 0).ToList();
            Assert.True(messages.Count > 0, $"{what}: no message");
            Assert.All(messages, m => Assert.True(BadInputTable.HasHangul(m), $"{what}: '{m}' is not Korean"));
        });
        await using var db = await _h.DbAsync();
        Assert.Equal(0, await db.CaseAdjustments.CountAsync());
    }
}
