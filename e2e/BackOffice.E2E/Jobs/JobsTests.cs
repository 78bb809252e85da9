using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E.Jobs;

[Collection(PortalCollection.Name)]
public class JobsTests(PortalFixture portal)
{
    [Fact]
    public async Task An_admin_sees_the_jobs_and_runs_the_ledger_check_by_hand()
    {
        var jobs = new JobsPage(await portal.SignedInPageAsync("admin"));
        await jobs.OpenAsync();
        await Expect(jobs.Rows).ToHaveCountAsync(13);
        await Expect(jobs.Row("exports.expire")).ToContainTextAsync("만료된 내보내기 파일 삭제");
        await Expect(jobs.Row("members.anonymize-withdrawn")).ToBeVisibleAsync();
        await Expect(jobs.Row("refunds.mark-overdue")).ToContainTextAsync("환불 지급 기한 경과 표시");
        await Expect(jobs.Row("ledger.consistency")).ToContainTextAsync("매일 02:00");
        await Expect(jobs.Row("reconciliation.daily")).ToContainTextAsync("매일 02:30");
        await Expect(jobs.Row("documents.purge-expired")).ToContainTextAsync("보존 기간이 지난 문서 파일 삭제");
        await Expect(jobs.Row("delivery.mailing-batch")).ToContainTextAsync("매일 00:30");
        await jobs.CheckAccessibilityAsync();

        // The nightly check has not run since the portal started: run it now.
        await Expect(jobs.LastRun("ledger.consistency")).ToHaveTextAsync("실행 기록 없음");
        await jobs.RunButton("ledger.consistency").ClickAsync();
        await jobs.ConfirmAsync("실행");
        await Expect(jobs.Outcome("ledger.consistency")).ToContainTextAsync("성공");
        await Expect(jobs.Outcome("ledger.consistency")).ToContainTextAsync("정상");
        await Expect(jobs.LastRun("ledger.consistency")).ToContainTextAsync("윤관리");
        await portal.ScreenshotAsync(jobs.Page, "09-jobs");
        await jobs.CheckAccessibilityAsync();
    }
}
