using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E.Programs;

[Collection(PortalCollection.Name)]
public class ProgramsTests(PortalFixture portal)
{
    private static readonly TimeSpan Kst = TimeSpan.FromHours(9);

    private Task Viewport(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = System.IO.Path.Combine(portal.ScreenshotFolder, name + ".png") });

    private static DateOnly TodayKst() => DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(Kst).DateTime);

    [Fact]
    public async Task Any_staff_member_reads_each_programme_with_its_policy_versions()
    {
        var programs = new ProgramsPage(await portal.SignedInPageAsync("agent"));
        await programs.OpenAsync();
        await Expect(programs.Page.GetByRole(AriaRole.Heading, new() { Name = "프로그램 정책", Exact = true })).ToBeVisibleAsync();
        Assert.True(await programs.Programs.CountAsync() >= 1);
        Assert.True(await programs.Versions.CountAsync() >= 1);
        await Expect(programs.VersionStates.Filter(new() { HasText = "시행 중" }).First).ToBeVisibleAsync();
        await Expect(programs.Versions.First).ToContainTextAsync("시행일");
        await portal.ScreenshotAsync(programs.Page, "13-programs");
        await programs.CheckAccessibilityAsync();
    }

    [Fact]
    public async Task Every_value_cites_its_clause_or_is_marked_as_the_operators_setting_and_an_agent_cannot_change_it()
    {
        var programs = new ProgramsPage(await portal.SignedInPageAsync("agent"));
        await programs.OpenAsync();
        await Expect(programs.Legend).ToContainTextAsync("운영 정책");
        await Expect(programs.Legend).ToContainTextAsync("약관 조항");
        foreach (var code in new[] { "LOCAL", "HANARO", "CASHBEE", "BC_PREPAID", "VOUCHER" })
            await Expect(programs.Program(code)).ToBeVisibleAsync();

        var hanaro = programs.Version("HANARO", "시행 중");
        await Expect(ProgramsPage.ValueOf(hanaro, "결함 카드 잔액 확인 기간")).ToContainTextAsync("15일");
        await Expect(ProgramsPage.ValueOf(hanaro, "결함 카드 잔액 확인 기간").GetByTestId("citation")).ToContainTextAsync("003 하나로 제11조3");
        var cashbee = programs.Version("CASHBEE", "시행 중");
        await Expect(ProgramsPage.ValueOf(cashbee, "고장 카드 카드 값 지급 기간 (구입 후)").GetByTestId("citation")).ToContainTextAsync("003 캐시비 제9조①4");
        await Expect(ProgramsPage.ValueOf(programs.Version("LOCAL", "시행 중"), "분실 재발급 수수료").GetByTestId("operator-setting")).ToHaveTextAsync("운영 정책");

        // Every value cell carries exactly one of the two marks.
        var cells = programs.Page.GetByTestId("policy-value");
        var count = await cells.CountAsync();
        Assert.True(count > 100, $"only {count} values on the page");
        Assert.Equal(count, await programs.Citations.CountAsync() + await programs.OperatorMarks.CountAsync());
        await Expect(programs.EditButton("LOCAL")).ToHaveCountAsync(0);

        await programs.Page.GetByText("운영 정책만 보기", new() { Exact = true }).ClickAsync();
        await Expect(programs.Citations).ToHaveCountAsync(0);
        Assert.True(await programs.OperatorMarks.CountAsync() > 0);
        await Viewport(programs.Page, "programs-operator-only");
    }

    [Fact]
    public async Task An_Admin_changes_an_operator_setting_by_a_new_version_from_tomorrow_and_a_past_date_is_refused()
    {
        var programs = new ProgramsPage(await portal.SignedInPageAsync("admin"));
        await programs.OpenAsync();
        await Viewport(programs.Page, "programs-admin");
        await programs.OpenEditorAsync("LOCAL");
        // A value the terms give is not offered for editing; the operator's fee is.
        await Expect(programs.SettingInput("LostReissueFee")).ToHaveValueAsync("3,000");
        await Expect(programs.VersionDialog.Locator("[data-parameter=RefundUsedPercentThreshold]")).ToHaveCountAsync(0);

        await programs.SetSettingAsync("LostReissueFee", "4000");
        await Expect(programs.SettingInput("LostReissueFee")).ToHaveValueAsync("4,000");
        await programs.Reason.FillAsync("카드 제작 단가 인상");
        await programs.EffectiveFrom.FillAsync(TodayKst().AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await programs.Save.ClickAsync();
        await Expect(programs.DialogError).ToContainTextAsync("시행일은 내일");
        await Expect(programs.DialogError).ToContainTextAsync("지난 날이나 오늘부터 정책을 바꿀 수 없습니다");
        await Viewport(programs.Page, "programs-version-past-date");

        var tomorrow = TodayKst().AddDays(1);
        await programs.EffectiveFrom.FillAsync(tomorrow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await programs.Save.ClickAsync();
        // The code first when this account has not verified one in the last minutes, then the confirmation.
        var confirmation = programs.Page.GetByText("분실 재발급 수수료 3,000원 → 4,000원", new() { Exact = false });
        await Expect(programs.StepUpDialog.Or(confirmation)).ToBeVisibleAsync();
        if (await programs.StepUpDialog.IsVisibleAsync()) await programs.AnswerStepUpAsync();
        await Expect(confirmation).ToBeVisibleAsync();
        await Viewport(programs.Page, "programs-version-confirm");
        await programs.ConfirmAsync("저장");
        await Expect(programs.Snackbar).ToContainTextAsync("저장했습니다");

        var scheduled = programs.Version("LOCAL", "시행 예정");
        await Expect(scheduled).ToBeVisibleAsync();
        await Expect(scheduled).ToContainTextAsync(tomorrow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await Expect(ProgramsPage.ValueOf(scheduled, "분실 재발급 수수료")).ToContainTextAsync("4,000원");
        await Expect(ProgramsPage.ValueOf(programs.Version("LOCAL", "시행 중"), "분실 재발급 수수료")).ToContainTextAsync("3,000원");
        await programs.Program("LOCAL").ScreenshotAsync(new() { Path = System.IO.Path.Combine(portal.ScreenshotFolder, "programs-version-scheduled.png") });
        await programs.CheckAccessibilityAsync();
    }
}
