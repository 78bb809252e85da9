using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E.Audit;

[Collection(PortalCollection.Name)]
public class AuditTests(PortalFixture portal)
{
    [Fact]
    public async Task Compliance_filters_the_audit_log_by_action_and_actor_and_a_reversed_period_is_refused()
    {
        var audit = new AuditLogPage(await portal.SignedInPageAsync("compliance"));
        await audit.OpenAsync();
        await Expect(audit.Rows.First).ToBeVisibleAsync();
        await Expect(audit.Pager).ToContainTextAsync("총");
        await audit.CheckAccessibilityAsync();

        await audit.ChooseActionAsync("로그인");
        await audit.Actor.FillAsync("한준법");
        await audit.Apply.ClickAsync();
        await Expect(audit.Rows.First).ToContainTextAsync("로그인");
        await Expect(audit.Rows.First).ToContainTextAsync("한준법");
        await Expect(audit.Rows.Filter(new() { HasNotText = "한준법" })).ToHaveCountAsync(0);

        await audit.FillDateAsync(audit.From, "2026-12-05");
        await audit.FillDateAsync(audit.To, "2026-12-01");
        await audit.Apply.ClickAsync();
        await Expect(audit.Error).ToHaveTextAsync("시작일이 종료일보다 늦습니다.");

        await audit.Reset.ClickAsync();
        await Expect(audit.Error).ToHaveCountAsync(0);
        await Expect(audit.Rows.First).ToBeVisibleAsync();
        await audit.Member.FillAsync("M99999999");
        await audit.Member.PressAsync("Enter");
        await Expect(audit.Empty).ToHaveTextAsync("조건에 맞는 감사 기록이 없습니다.");
        await Expect(audit.Rows).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task An_expanded_record_shows_the_whole_before_value()
    {
        var page = await portal.SignedInPageAsync("admin");
        var holidays = new HolidaysPage(page);
        await holidays.OpenAsync();
        await holidays.AddAsync("2032-03-03", "감사 확인 휴일");
        await holidays.RemoveAsync("2032-03-03");

        var audit = new AuditLogPage(page);
        await audit.OpenAsync();
        await audit.ChooseActionAsync("공휴일 삭제");
        await audit.Apply.ClickAsync();
        var record = audit.Rows.First;
        await Expect(record).ToContainTextAsync("공휴일 2032-03-03");
        await Expect(audit.Details).ToHaveCountAsync(0);

        await audit.ExpandButton(record).ClickAsync();
        await Expect(audit.Details).ToHaveCountAsync(1);
        await Expect(audit.Details).ToContainTextAsync("\"name\":\"감사 확인 휴일\"");
        await Expect(audit.Details).ToContainTextAsync("\"isSubstitute\":false");
        await Expect(audit.ExpandButton(record)).ToHaveAttributeAsync("aria-expanded", "true");
        await portal.ScreenshotAsync(page, "11b-audit-detail");
        await audit.CheckAccessibilityAsync();

        await audit.ExpandButton(record).ClickAsync();
        await Expect(audit.Details).ToHaveCountAsync(0);
        await Expect(record).ToBeVisibleAsync();
    }
}
