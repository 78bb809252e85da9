using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Features.Refunds;

/// <summary>The Finance queue (filters, due dates, totals, aging), a request's page and a member's refund history. Account numbers leave masked.</summary>
public sealed class RefundQueries(IDbContextFactory<AppDbContext> factory, CurrentActor currentActor, TimeProvider clock)
{

    public async Task<RefundQueueResult> QueueAsync(RefundQueueFilter filter, int skip, int take, CancellationToken ct = default)
    {
        (await currentActor.GetAsync()).Require(Permission.ViewRefundQueue);
        take = Math.Clamp(take, 1, 100);
        await using var db = await factory.CreateDbContextAsync(ct);
        var query = Filter(db.RefundRequests.AsNoTracking(), db, filter);
        var today = clock.TodayKst();

        // Totals and aging in one aggregate query: the closed and all views can hold years of requests.
        var open = filter.View is RefundQueueView.AwaitingApproval or RefundQueueView.AwaitingPayout or RefundQueueView.InPayout;
        var startOfYesterday = KoreanTime.StartOfDay(today.AddDays(-1)); // age 0–1: requested yesterday or today
        var startOfThreeDaysAgo = KoreanTime.StartOfDay(today.AddDays(-3)); // age 2–3
        var sums = await query.GroupBy(_ => 1).Select(g => new
        {
            Count = g.Count(),
            Payout = g.Sum(r => r.Payout),
            Overdue = g.Count(r => r.OverdueSince != null),
            Fresh = g.Count(r => r.RequestedAt >= startOfYesterday),
            Middle = g.Count(r => r.RequestedAt >= startOfThreeDaysAgo && r.RequestedAt < startOfYesterday),
        }).FirstOrDefaultAsync(ct);
        var count = sums?.Count ?? 0;
        var totals = sums is null
            ? new RefundQueueTotals(0, 0, 0, 0, 0, 0)
            : new RefundQueueTotals(count, sums.Payout, open ? sums.Overdue : 0, sums.Fresh, sums.Middle, count - sums.Fresh - sums.Middle);

        var page = await Project(query.OrderBy(r => r.DueBy).ThenBy(r => r.RequestedAt).ThenBy(r => r.Id).Skip(skip).Take(take), db).ToListAsync(ct);
        return new RefundQueueResult(page.Select(p => ToRow(p, today)).ToList(), count, totals);
    }

    public async Task<IReadOnlyList<RefundRow>> ForMemberAsync(long memberId, CancellationToken ct = default)
    {
        (await currentActor.GetAsync()).Require(Permission.ViewMembers);
        await using var db = await factory.CreateDbContextAsync(ct);
        var today = clock.TodayKst();
        var rows = await Project(db.RefundRequests.AsNoTracking().Where(r => r.MemberId == memberId).OrderByDescending(r => r.RequestedAt).Take(50), db).ToListAsync(ct);
        return rows.Select(p => ToRow(p, today)).ToList();
    }

    public async Task<RefundDetail?> DetailAsync(string requestNo, CancellationToken ct = default)
    {
        (await currentActor.GetAsync()).Require(Permission.ViewMembers);
        await using var db = await factory.CreateDbContextAsync(ct);
        var found = await Project(db.RefundRequests.AsNoTracking().Where(x => x.RequestNo == requestNo), db).FirstOrDefaultAsync(ct);
        if (found is null) return null;
        var r = found.R;
        var row = ToRow(found, clock.TodayKst());
        // What the request holds now follows from its state (the property tests prove hold = open requests).
        var held = row.Status is RefundStatus.PendingApproval or RefundStatus.Approved or RefundStatus.InPayout ? r.Amount : 0;
        return new RefundDetail(row, r.Explanation, r.PolicyVersion, found.ProgramName, r.DueRule, r.ApprovalRule,
            r.BankName, PersonalDataMask.AccountLast4(r.BankAccountLast4), r.Note, r.RejectionReason, r.FailureReason, r.FollowUpNote, Steps(r), held)
        { IntakeCaseNo = r.IntakeCaseNo };
    }

    private static IReadOnlyList<RefundStep> Steps(RefundRequest r)
    {
        var steps = new List<RefundStep> { new(r.RequestedAt, r.Eligible ? "신청 · 금액 보류" : "신청 · 환불 불가 판정", r.RequestedByName, r.Note) };
        if (r.FinanceApprovedAt is { } f) steps.Add(new RefundStep(f, "재무 승인", r.FinanceApprovedByName!, null));
        if (r.SupervisorApprovedAt is { } s) steps.Add(new RefundStep(s, "상담 관리자 승인", r.SupervisorApprovedByName!, null));
        if (r.RejectedAt is { } j) steps.Add(new RefundStep(j, "반려 · 보류 해제", r.RejectedByName!, r.RejectionReason));
        if (r.PaidAt is { } p) steps.Add(new RefundStep(p, "지급 완료", r.SettledByName ?? "", null));
        if (r.FailedAt is { } x) steps.Add(new RefundStep(x, "지급 실패 · e음머니 반환", r.SettledByName ?? "", r.FailureReason));
        if (r.FollowUpClosedAt is { } c) steps.Add(new RefundStep(c, "후속 조치 완료", r.FollowUpClosedByName ?? "", null));
        return steps.OrderBy(s => s.At).ToList();
    }

    private static IQueryable<RefundRequest> Filter(IQueryable<RefundRequest> query, AppDbContext db, RefundQueueFilter f)
    {
        query = f.View switch
        {
            RefundQueueView.AwaitingApproval => query.Where(r => r.Status == RefundStatus.PendingApproval),
            RefundQueueView.AwaitingPayout => query.Where(r => r.Status == RefundStatus.Approved),
            RefundQueueView.InPayout => query.Where(r => r.Status == RefundStatus.InPayout),
            RefundQueueView.FollowUp => query.Where(r => r.FollowUpOpen),
            RefundQueueView.Closed => query.Where(r => r.Status == RefundStatus.Paid || r.Status == RefundStatus.Rejected
                || r.Status == RefundStatus.Ineligible || (r.Status == RefundStatus.PayoutFailed && !r.FollowUpOpen)),
            _ => query,
        };
        if (f.Kind is { } kind) query = query.Where(r => r.Kind == kind);
        if (f.From is { } from)
        {
            var start = KoreanTime.StartOfDay(from);
            query = query.Where(r => r.RequestedAt >= start);
        }
        if (f.To is { } to)
        {
            var end = KoreanTime.StartOfDay(to.AddDays(1));
            query = query.Where(r => r.RequestedAt < end);
        }
        if (!string.IsNullOrWhiteSpace(f.MemberNo))
        {
            var no = f.MemberNo.Trim().ToUpperInvariant();
            query = query.Where(r => db.Members.Any(m => m.Id == r.MemberId && m.MemberNo == no));
        }
        return query;
    }

    private sealed record Projected(RefundRequest R, string MemberNo, string? CardNumber, /* the last 4 digits */ string? BatchNo, string ProgramName);

    private static IQueryable<Projected> Project(IQueryable<RefundRequest> query, AppDbContext db) =>
        query.Select(r => new Projected(r, db.Members.Where(m => m.Id == r.MemberId).Select(m => m.MemberNo).First(), r.Card!.Last4, r.Batch!.BatchNo, r.Policy!.Program!.Name));

    private static RefundRow ToRow(Projected p, DateOnly today)
    {
        var r = p.R;
        var open = r.Status is RefundStatus.PendingApproval or RefundStatus.Approved or RefundStatus.InPayout;
        return new RefundRow(r.Id, r.RequestNo, r.MemberId, p.MemberNo, p.CardNumber is null ? null : CardNumber.Mask(p.CardNumber), r.Kind, r.Status,
            RefundNames.Stage(r), r.Amount, r.Fee, r.Payout, r.RequestedAt, r.RequestedByName, r.DueBy,
            RefundDeadline.AgeInDays(DateOnly.FromDateTime(r.RequestedAt.ToKst().DateTime), today), open && r.OverdueSince != null,
            r.RequiresSupervisor, p.BatchNo, r.FollowUpOpen, r.FinanceApprovedById is not null, r.SupervisorApprovedById is not null)
        { Channel = r.Channel };
    }
}
