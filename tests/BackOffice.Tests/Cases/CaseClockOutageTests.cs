using Microsoft.EntityFrameworkCore;

namespace BackOffice.Tests.Cases;

/// <summary>
/// The outage calendar (issue 13 item 2): Admins record outages (validated in Korean, audited); an outage that blocked
/// statements moves the due dates of open paper-statement cases whose window it touches (003 하나로 제15조③), with a
/// history line and the new derivation; other case types and closed cases keep theirs.
/// </summary>
public class CaseClockOutageTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    private static OutageInput Outage(int month, int day, bool blocks = true, int days = 0) => new(
        new DateTimeOffset(2026, month, day, 9, 0, 0, KoreanTime.Offset),
        new DateTimeOffset(2026, month, day + days, 18, 0, 0, KoreanTime.Offset),
        "거래내역 조회, 앱", "DB 장애", blocks);

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_outage_moves_open_statement_cases_and_nothing_else_and_its_removal_moves_them_back(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 12, clock: KstClock.At(2026, 11, 2, 10));
        // 003 하나로 제15조④: 접수 11-02 + 14일 = 11-16. 분쟁 (제23조②): 11-17, 장애일을 빼지 않음.
        var statement = await CaseClockTestCases.OpenAsync(h, CaseType.PaperStatement, ProgramPresets.Hanaro, "out-statement");
        var dispute = await CaseClockTestCases.OpenAsync(h, CaseType.Dispute, ProgramPresets.Hanaro, "out-dispute");
        var closedStatement = await CaseClockTestCases.OpenAsync(h, CaseType.PaperStatement, ProgramPresets.Hanaro, "out-closed");
        Assert.Equal((new DateOnly(2026, 11, 16), new DateOnly(2026, 11, 17)), (statement.DueOn!.Value, dispute.DueOn!.Value));
        await using (var db = await h.DbAsync())
        {
            var done = await db.Cases.SingleAsync(c => c.Number == closedStatement.Number);
            done.Status = CaseStatus.Closed;
            await db.SaveChangesAsync();
        }

        h.Actor.Current = TestActor.Admin;
        var service = h.Get<OutageService>();
        h.Clock.Advance(TimeSpan.FromDays(3));
        // Two days (11-05 ~ 11-06) inside the window: 11-16 → 11-18.
        var saved = await service.AddAsync(Outage(11, 5, days: 1));
        var moved = Assert.Single(saved.Recomputed);
        Assert.Equal((statement.Number, (DateOnly?)new DateOnly(2026, 11, 16), (DateOnly?)new DateOnly(2026, 11, 18)), (moved.Number, moved.OldDue, moved.NewDue));
        var stored = await CaseClockTestCases.CaseAsync(h, statement.Number);
        Assert.Equal(new DateOnly(2026, 11, 18), stored.DueOn);
        Assert.Contains("장애일 2일 제외(11-05, 11-06)", stored.DueDerivation);
        Assert.Contains("003 하나로 제15조④", stored.DueDerivation);
        var line = Assert.Single(await CaseClockTestCases.EventsAsync(h, statement.Number, "clock.recomputed"));
        Assert.Equal("윤관리", line.ActorName);
        Assert.StartsWith("장애 일정 등록으로 기한 재계산: 기한 2026-11-16 → 2026-11-18", line.Text);
        Assert.Equal(new DateOnly(2026, 11, 17), (await CaseClockTestCases.CaseAsync(h, dispute.Number)).DueOn);
        Assert.Equal(new DateOnly(2026, 11, 16), (await CaseClockTestCases.CaseAsync(h, closedStatement.Number)).DueOn);

        // Listed for everyone with the calendar; audited with the member's timeline for the case.
        h.Actor.Current = TestActor.Agent;
        var row = Assert.Single(await service.ListAsync(2026));
        Assert.Equal([new DateOnly(2026, 11, 5), new DateOnly(2026, 11, 6)], row.Days);
        Assert.Equal((true, "윤관리"), (row.BlocksStatements, row.RecordedByName));
        await using (var db = await h.DbAsync())
        {
            Assert.Equal(1, await db.AuditRecords.CountAsync(a => a.Action == "outage.add" && a.ActorId == "admin-id"));
            Assert.Equal(stored.MemberId, (await db.AuditRecords.SingleAsync(a => a.Action == "case.recomputed")).MemberId);
        }

        // Changing it so it no longer blocked statements moves the date back; deleting a blocking one likewise.
        h.Actor.Current = TestActor.Admin;
        var changed = await service.UpdateAsync(row.Id, row.Version, Outage(11, 5, blocks: false, days: 1));
        Assert.Equal((DateOnly?)new DateOnly(2026, 11, 16), Assert.Single(changed.Recomputed).NewDue);
        var stale = await Assert.ThrowsAsync<BusinessRuleException>(() => service.UpdateAsync(row.Id, row.Version, Outage(11, 5)));
        Assert.StartsWith("다른 관리자가 먼저 변경했습니다", stale.Message);
        var current = Assert.Single(await service.ListAsync(2026));
        Assert.Equal((DateOnly?)new DateOnly(2026, 11, 17), Assert.Single((await service.UpdateAsync(current.Id, current.Version, Outage(11, 10))).Recomputed).NewDue);
        Assert.Equal((DateOnly?)new DateOnly(2026, 11, 16), Assert.Single((await service.DeleteAsync(current.Id)).Recomputed).NewDue);
        Assert.Equal(new DateOnly(2026, 11, 16), (await CaseClockTestCases.CaseAsync(h, statement.Number)).DueOn);
        Assert.Equal(4, (await CaseClockTestCases.EventsAsync(h, statement.Number, "clock.recomputed")).Count);

        // An outage outside the window moves nothing.
        Assert.Empty((await service.AddAsync(Outage(11, 20))).Recomputed);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Outage_input_is_checked_in_Korean_and_only_Admins_change_the_calendar(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var service = h.Get<OutageService>();
        h.Actor.Current = TestActor.Supervisor;
        await Assert.ThrowsAsync<ForbiddenException>(() => service.AddAsync(Outage(11, 5)));
        Assert.Empty(await service.ListAsync(2026));

        h.Actor.Current = TestActor.Admin;
        var start = new DateTimeOffset(2026, 11, 5, 9, 0, 0, KoreanTime.Offset);
        foreach (var (input, message) in new (OutageInput, string)[]
        {
            (new(null, start, "앱", "", true), "장애 시작 시각을 입력하세요."),
            (new(start, null, "앱", "", true), "장애 종료 시각을 입력하세요."),
            (new(start, start, "앱", "", true), "장애 종료 시각은 시작 시각보다 늦어야 합니다."),
            (new(start, start.AddHours(-1), "앱", "", true), "장애 종료 시각은 시작 시각보다 늦어야 합니다."),
            (new(start, start.AddDays(31).AddMinutes(1), "앱", "", true), "장애 기간은 31일을 넘을 수 없습니다. 나누어 등록하세요."),
            (new(start, start.AddHours(1), "  ", "", true), "장애가 난 시스템을 입력하세요 (예: 거래내역 조회, 앱)."),
            (new(start, start.AddHours(1), new string('가', 201), "", true), "장애 시스템은 200자 이하로 입력하세요."),
            (new(start, start.AddHours(1), "앱", new string('가', 1001), true), "장애 내용은 1,000자 이하로 입력하세요."),
        })
        {
            Assert.Equal(message, (await Assert.ThrowsAsync<BusinessRuleException>(() => service.AddAsync(input))).Message);
        }
        Assert.Empty((await service.AddAsync(new OutageInput(start, start.AddDays(31), "앱", "", true))).Recomputed);

        var row = Assert.Single(await service.ListAsync(2026));
        Assert.Null(row.NoticeSentAt);
        await service.MarkNoticeSentAsync(row.Id);
        Assert.Equal(h.Clock.GetUtcNow(), Assert.Single(await service.ListAsync(2026)).NoticeSentAt);
        Assert.StartsWith("이미 공지 발송이 기록되었습니다", (await Assert.ThrowsAsync<BusinessRuleException>(() => service.MarkNoticeSentAsync(row.Id))).Message);
        await using var db = await h.DbAsync();
        Assert.Equal(1, await db.AuditRecords.CountAsync(a => a.Action == "outage.notice"));
    }

    [Theory]
    [InlineData("09:30", 9, 30)]
    [InlineData("9:05", 9, 5)]
    [InlineData("23:59", 23, 59)]
    public void Times_of_day_parse(string text, int hour, int minute) =>
        Assert.Equal(new TimeOnly(hour, minute), OutageRules.ParseTime(text));

    [Theory]
    [InlineData("24:00")]
    [InlineData("930")]
    [InlineData("")]
    [InlineData(null)]
    public void Bad_times_of_day_do_not_parse(string? text) => Assert.Null(OutageRules.ParseTime(text));
}
