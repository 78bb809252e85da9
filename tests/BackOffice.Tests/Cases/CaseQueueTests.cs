using Microsoft.EntityFrameworkCore;
using static BackOffice.Tests.Cases.CaseQueueScenario;
using static BackOffice.Tests.Refunds.RefundScenario;

namespace BackOffice.Tests.Cases;

/// <summary>
/// The work queue (issue 13 item 3) through the real <see cref="CaseQueueQueries"/> and <see cref="CaseAssignmentService"/>:
/// the views at the KST day boundaries and across a weekend, the filters, server-side paging, and who may take, assign
/// and hand over a case.
/// </summary>
public class CaseQueueTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    private static async Task<CaseQueueResult> QueueAsync(Harness h, CaseQueueFilter filter, int skip = 0, int take = 50) =>
        await h.Get<CaseQueueQueries>().QueueAsync(filter, skip, take);

    private static async Task<string[]> NumbersAsync(Harness h, CaseQueueView view) =>
        [.. (await QueueAsync(h, new CaseQueueFilter(view))).Rows.Select(r => r.Number)];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_views_change_at_midnight_KST_and_due_soon_counts_business_days_across_the_weekend(string provider)
    {
        await using var h = await Harness.StartAsync(provider); // Friday 2026-11-20 10:00 KST
        var card = await NewCardAsync(h);
        // 접수 2026-11-20 + 15일 = 12-05 (토) → 다음 영업일 12-07 (월) (003 제23조② 준용, 민법 제157조·제161조)
        var dispute = await OpenAsync(h, card, CaseType.Dispute, h.Clock.GetUtcNow());
        Assert.Equal(new DateOnly(2026, 12, 7), dispute.DueOn);
        var paused = await OpenAsync(h, card, CaseType.Complaint, h.Clock.GetUtcNow());
        await EditAsync(h, paused.Number, c => c.Status = CaseStatus.Paused);
        var closed = await OpenAsync(h, card, CaseType.Dispute, h.Clock.GetUtcNow());
        await EditAsync(h, closed.Number, c => (c.Status, c.ClosedAt) = (CaseStatus.Closed, h.Clock.GetUtcNow()));
        h.Actor.Current = TestActor.Agent;

        // Wednesday 12-02 23:59:59: 2 business days ahead is Friday 12-04; Monday's case is not yet "soon".
        h.Clock.SetUtcNow(Kst(2026, 12, 2, 23, 59, 59));
        Assert.Empty(await NumbersAsync(h, CaseQueueView.DueSoon));
        var page = await QueueAsync(h, new CaseQueueFilter(CaseQueueView.AllOpen));
        Assert.Equal([dispute.Number, paused.Number], page.Rows.Select(r => r.Number)); // the closed case is not open
        Assert.Equal(new CaseQueueCounts(0, 0, 0, 2), page.Counts);
        Assert.Equal((new DateOnly(2026, 12, 2), new DateOnly(2026, 12, 4)), (page.Today, page.SoonUntil));
        Assert.Equal("D-5", page.Rows[0].DueText);

        // Thursday 12-03 00:00:00: Friday and Monday are the next two business days: due soon.
        h.Clock.SetUtcNow(Kst(2026, 12, 3, 0, 0, 0));
        Assert.Equal([dispute.Number], await NumbersAsync(h, CaseQueueView.DueSoon));
        // Sunday 12-06 23:59:59: still "soon", not yet "today".
        h.Clock.SetUtcNow(Kst(2026, 12, 6, 23, 59, 59));
        Assert.Equal([dispute.Number], await NumbersAsync(h, CaseQueueView.DueSoon));
        Assert.Empty(await NumbersAsync(h, CaseQueueView.DueToday));

        // Monday 12-07 00:00:00 and 23:59:59: due today.
        h.Clock.SetUtcNow(Kst(2026, 12, 7, 0, 0, 0));
        Assert.Equal([dispute.Number], await NumbersAsync(h, CaseQueueView.DueToday));
        Assert.Empty(await NumbersAsync(h, CaseQueueView.DueSoon));
        h.Clock.SetUtcNow(Kst(2026, 12, 7, 23, 59, 59));
        page = await QueueAsync(h, new CaseQueueFilter(CaseQueueView.DueToday));
        Assert.Equal(("오늘", 0), (page.Rows.Single().DueText, page.Rows.Single().DaysLeft));
        Assert.Empty(await NumbersAsync(h, CaseQueueView.Overdue));

        // Tuesday 12-08 00:00:00: overdue by one day. The paused case (clock standing still) is never in a due-date view.
        h.Clock.SetUtcNow(Kst(2026, 12, 8, 0, 0, 0));
        page = await QueueAsync(h, new CaseQueueFilter(CaseQueueView.Overdue));
        var row = Assert.Single(page.Rows);
        Assert.Equal((dispute.Number, -1, "1일 경과", false), (row.Number, row.DaysLeft, row.DueText, row.DelayNoticeAt is not null));
        Assert.Equal(new CaseQueueCounts(0, 0, 1, 2), page.Counts);
        Assert.Empty(await NumbersAsync(h, CaseQueueView.DueToday));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Filters_by_type_program_assignee_and_number_and_pages_on_the_server(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var local = await NewCardAsync(h);
        var hanaro = await NewCardAsync(h, ProgramPresets.Hanaro);
        var now = h.Clock.GetUtcNow();
        var opened = new List<CaseOpened>
        {
            await OpenAsync(h, local, CaseType.Dispute, now.AddDays(-3)),
            await OpenAsync(h, local, CaseType.Complaint, now.AddDays(-2)),
            await OpenAsync(h, hanaro, CaseType.Dispute, now.AddDays(-1)),
            await OpenAsync(h, hanaro, CaseType.ErrorCorrection, now.AddHours(-5), TestActor.Supervisor),
            await OpenAsync(h, local, CaseType.ErrorCorrection, now.AddHours(-4), TestActor.Supervisor),
        };
        await EditAsync(h, opened[1].Number, c => (c.AssigneeId, c.AssigneeName) = (null, null));
        h.Actor.Current = TestActor.Agent;

        var all = await QueueAsync(h, new CaseQueueFilter());
        Assert.Equal(5, all.Total);
        // Ordered by due date, then received time.
        Assert.Equal(all.Rows.OrderBy(r => r.DueOn).ThenBy(r => r.ReceivedAt).Select(r => r.Number), all.Rows.Select(r => r.Number));
        Assert.All(all.Rows, r => Assert.DoesNotContain("정환불", r.MemberName, StringComparison.Ordinal)); // masked

        Assert.Equal([opened[0].Number, opened[2].Number], (await QueueAsync(h, new CaseQueueFilter(Type: CaseType.Dispute))).Rows.Select(r => r.Number).Order());
        long hanaroId;
        await using (var db = await h.DbAsync()) hanaroId = await db.Programs.Where(p => p.Code == ProgramPresets.Hanaro).Select(p => p.Id).SingleAsync();
        var byProgram = await QueueAsync(h, new CaseQueueFilter(ProgramId: hanaroId));
        Assert.Equal([opened[2].Number, opened[3].Number], byProgram.Rows.Select(r => r.Number).Order());
        Assert.All(byProgram.Rows, r => Assert.NotNull(r.ProgramName));

        Assert.Equal([opened[0].Number, opened[2].Number], (await QueueAsync(h, new CaseQueueFilter(Assignee: CaseAssigneeScope.Me))).Rows.Select(r => r.Number).Order());
        Assert.Equal([opened[1].Number], (await QueueAsync(h, new CaseQueueFilter(Assignee: CaseAssigneeScope.Unassigned))).Rows.Select(r => r.Number));
        var supervisors = await QueueAsync(h, new CaseQueueFilter(Assignee: CaseAssigneeScope.Person, AssigneeId: TestActor.Supervisor.Id));
        Assert.Equal([opened[3].Number, opened[4].Number], supervisors.Rows.Select(r => r.Number).Order());
        Assert.Equal(new CaseQueueCounts(0, 0, 0, 2), supervisors.Counts); // the counts follow the filters
        var combined = await QueueAsync(h, new CaseQueueFilter(Type: CaseType.ErrorCorrection, ProgramId: hanaroId, Assignee: CaseAssigneeScope.Person, AssigneeId: TestActor.Supervisor.Id));
        Assert.Equal([opened[3].Number], combined.Rows.Select(r => r.Number));

        // A number search looks through every case, closed ones too, whatever the view; lower case and spaces are fine.
        await EditAsync(h, opened[4].Number, c => (c.Status, c.ClosedAt) = (CaseStatus.Closed, h.Clock.GetUtcNow()));
        var found = await QueueAsync(h, new CaseQueueFilter(CaseQueueView.Overdue, Number: " " + opened[4].Number.ToLowerInvariant() + " "));
        Assert.Equal(opened[4].Number, Assert.Single(found.Rows).Number);
        Assert.Equal(5, (await QueueAsync(h, new CaseQueueFilter(Number: opened[0].Number[..9]))).Total); // K20261120: every case today
        Assert.Empty((await QueueAsync(h, new CaseQueueFilter(Number: "K00000000-999999"))).Rows);

        // Paging: pages of 2 make up the whole ordered list, with the total on every page.
        var open = (await QueueAsync(h, new CaseQueueFilter())).Rows.Select(r => r.Number).ToList();
        Assert.Equal(4, open.Count);
        var pages = new List<string>();
        for (var skip = 0; skip < 6; skip += 2)
        {
            var p = await QueueAsync(h, new CaseQueueFilter(), skip, 2);
            Assert.Equal(4, p.Total);
            pages.AddRange(p.Rows.Select(r => r.Number));
        }
        Assert.Equal(open, pages);
        Assert.Equal(4, (await QueueAsync(h, new CaseQueueFilter(), 0, 1000)).Rows.Count); // the page size is capped, not refused
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Agents_take_unassigned_cases_and_only_a_Supervisor_assigns_or_hands_over_with_a_reason(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        await StaffAsync(h, TestActor.Agent, StaffRoles.Agent);
        await StaffAsync(h, TestActor.Agent2, StaffRoles.Agent);
        await StaffAsync(h, TestActor.Supervisor, StaffRoles.Supervisor);
        await StaffAsync(h, TestActor.Finance, StaffRoles.Finance);
        await StaffAsync(h, TestActor.Make("gone-id", "퇴사자", StaffRoles.Agent), StaffRoles.Agent, disabled: true);
        var card = await NewCardAsync(h);
        var opened = await OpenAsync(h, card, CaseType.Dispute, h.Clock.GetUtcNow());
        await EditAsync(h, opened.Number, c => (c.AssigneeId, c.AssigneeName) = (null, null));
        var service = h.Get<CaseAssignmentService>();

        Assert.Equal(["김상담", "박팀장", "이상담"], (await h.Get<CaseQueueQueries>().AssigneesAsync()).Select(a => a.Name));

        h.Actor.Current = TestActor.Finance; // views cases, does not handle them
        await Assert.ThrowsAsync<ForbiddenException>(() => service.TakeAsync(opened.Number));
        h.Actor.Current = TestActor.Agent2;
        await service.TakeAsync(opened.Number);
        await service.TakeAsync(opened.Number); // taking one's own case again changes nothing
        h.Actor.Current = TestActor.Agent;
        Assert.Equal("이미 이상담 님이 담당하고 있습니다. 담당 변경은 상담 관리자에게 요청하세요.",
            (await Assert.ThrowsAsync<BusinessRuleException>(() => service.TakeAsync(opened.Number))).Message);
        await Assert.ThrowsAsync<ForbiddenException>(() => service.AssignAsync(opened.Number, TestActor.Agent.Id, "제가 맡겠습니다"));

        h.Actor.Current = TestActor.Supervisor;
        Assert.Equal("배정 사유를 5자 이상 입력하세요.",
            (await Assert.ThrowsAsync<BusinessRuleException>(() => service.AssignAsync(opened.Number, TestActor.Agent.Id, " 휴가 "))).Message);
        foreach (var wrong in new[] { TestActor.Finance.Id, "gone-id", "no-such-user" })
            Assert.Equal("사건을 처리할 수 있는 직원(상담원·상담 관리자)에게만 배정할 수 있습니다.",
                (await Assert.ThrowsAsync<BusinessRuleException>(() => service.AssignAsync(opened.Number, wrong, "업무 분담 조정"))).Message);
        Assert.Equal("이미 이상담 님이 담당하고 있습니다.",
            (await Assert.ThrowsAsync<BusinessRuleException>(() => service.AssignAsync(opened.Number, TestActor.Agent2.Id, "업무 분담 조정"))).Message);
        await service.AssignAsync(opened.Number, TestActor.Agent.Id, "휴가로 인한 인계");
        Assert.Equal("사건을 찾을 수 없습니다.",
            (await Assert.ThrowsAsync<BusinessRuleException>(() => service.AssignAsync("K00000000-000000", TestActor.Agent.Id, "업무 분담 조정"))).Message);

        await using (var db = await h.DbAsync())
        {
            var c = await db.Cases.SingleAsync(x => x.Number == opened.Number);
            Assert.Equal((TestActor.Agent.Id, "김상담"), (c.AssigneeId, c.AssigneeName));
            var history = await db.CaseEvents.Where(e => e.CaseId == c.Id && e.Kind != "opened" && e.Kind != "notice.receipt").OrderBy(e => e.Id).ToListAsync();
            Assert.Equal(["assigned", "handed-over"], history.Select(e => e.Kind));
            Assert.Equal("담당 지정: 이상담 (직접 맡음)", history[0].Text);
            Assert.Equal("담당 인계: 이상담 → 김상담 (사유: 휴가로 인한 인계)", history[1].Text);
            Assert.Equal(TestActor.Supervisor.Id, history[1].ActorId);
            var audit = await db.AuditRecords.Where(a => a.EntityId == opened.Number && (a.Action == "case.assign" || a.Action == "case.handover"))
                .OrderBy(a => a.Id).ToListAsync();
            Assert.Equal(["case.assign", "case.handover"], audit.Select(a => a.Action));
            Assert.All(audit, a => Assert.Equal(card.MemberId, a.MemberId));
            Assert.Equal("휴가로 인한 인계", audit[1].Reason);
        }

        await EditAsync(h, opened.Number, c => (c.Status, c.ClosedAt) = (CaseStatus.Closed, h.Clock.GetUtcNow()));
        Assert.Equal("종결된 사건은 배정할 수 없습니다.",
            (await Assert.ThrowsAsync<BusinessRuleException>(() => service.AssignAsync(opened.Number, TestActor.Agent2.Id, "업무 분담 조정"))).Message);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Two_Supervisors_assigning_at_once_make_one_assignment_and_one_hand_over(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        await StaffAsync(h, TestActor.Agent, StaffRoles.Agent);
        await StaffAsync(h, TestActor.Agent2, StaffRoles.Agent);
        var card = await NewCardAsync(h);
        var opened = await OpenAsync(h, card, CaseType.Complaint, h.Clock.GetUtcNow());
        await EditAsync(h, opened.Number, c => (c.AssigneeId, c.AssigneeName) = (null, null));

        await using var a = h.SessionAs(TestActor.Supervisor);
        await using var b = h.SessionAs(TestActor.Make("supervisor2-id", "오팀장", StaffRoles.Supervisor));
        await Task.WhenAll(
            a.Get<CaseAssignmentService>().AssignAsync(opened.Number, TestActor.Agent.Id, "업무 분담 조정"),
            b.Get<CaseAssignmentService>().AssignAsync(opened.Number, TestActor.Agent2.Id, "업무 분담 조정"));

        await using var db = await h.DbAsync();
        var c = await db.Cases.SingleAsync(x => x.Number == opened.Number);
        var kinds = await db.CaseEvents.Where(e => e.CaseId == c.Id && e.Kind != "opened" && e.Kind != "notice.receipt").OrderBy(e => e.Id).Select(e => e.Kind).ToListAsync();
        Assert.Equal(["assigned", "handed-over"], kinds); // the second saw the first's assignee, never two "assigned"
    }
}
