using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Features.Refunds;

/// <summary>
/// The checker side: Finance approves or rejects, a Supervisor adds an approval above the threshold. Every rule is
/// checked on the server on the request as it is inside the transaction (<see cref="RefundApproval"/>); a racing
/// second approval fails its concurrency token, runs again and meets "이미 처리된 요청".
/// </summary>
public sealed class RefundApprovalService(DbWriter writer, CurrentActor currentActor, TimeProvider clock, StepUp stepUp)
{
    public const int MinReason = 5;

    public async Task<RefundStatus> ApproveAsync(long refundId, ApprovalStep step, CancellationToken ct = default)
    {
        if (!Enum.IsDefined(step)) throw new BusinessRuleException("승인 단계를 선택하세요.");
        var actor = await currentActor.GetAsync();
        actor.Require(step == ApprovalStep.Finance ? Permission.ApproveRefund : Permission.ApproveLargeRefund);
        await stepUp.RequireAsync(actor, "환불 승인");
        return await writer.ExecuteAsync(async (db, token) =>
        {
            var r = await LoadAsync(db, refundId, token);
            var now = clock.GetUtcNow();
            var before = new { r.Status, stage = RefundNames.Stage(r) };
            // The four-eyes rules first (they refuse as ForbiddenException), then the declared transition.
            if (RefundApproval.Refusal(r, actor, step) is { } refusal) throw new ForbiddenException(refusal);
            // Issue 10: not a refund filed by an account the approver created or changed in the last 30 days.
            if (await StaffSeparation.ManagedRecentlyAsync(db, actor.Id, r.RequestedById, now, token))
                throw new ForbiddenException(StaffSeparation.RecentRefusal(r.RequestedByName));
            await RefundTransitions.Table.ApplyAsync(db, RefundTransitions.ForApproval(r, step), r, actor, now, () =>
            {
                RefundApproval.Apply(r, actor, step, now);
                return Task.FromResult<string?>(r.ApprovalRule);
            }, () => before, () => new { r.Status, stage = RefundNames.Stage(r), r.Payout });
            if (r.Status == RefundStatus.Approved)
                await NoticeOutbox.EnqueueAsync(db, r.MemberId, NoticeTemplateKeys.RefundApproved, r.RequestNo, new Dictionary<string, string>
                { ["requestNo"] = r.RequestNo, ["payout"] = Fmt.Won(r.Payout), ["dueBy"] = Fmt.Date(r.DueBy) }, now, token);
            return r.Status;
        }, ct);
    }

    public async Task RejectAsync(long refundId, string reason, CancellationToken ct = default)
    {
        var actor = await currentActor.GetAsync();
        actor.Require(Permission.RejectRefund);
        reason = reason?.Trim() ?? "";
        if (reason.Length < MinReason) throw new BusinessRuleException($"반려 사유를 {MinReason}자 이상 입력하세요.");
        if (reason.Length > 500) throw new BusinessRuleException("반려 사유는 500자 이하로 입력하세요.");
        await writer.ExecuteAsync(async (db, token) =>
        {
            var r = await LoadAsync(db, refundId, token);
            if (RefundApproval.RejectRefusal(r, actor) is { } refusal) throw new ForbiddenException(refusal);
            var now = clock.GetUtcNow();
            await RefundTransitions.Table.ApplyAsync(db, RefundTransitions.Reject, r, actor, now, async () =>
            {
                await RefundLedger.ReleaseAsync(db, r, actor, now, token);
                (r.RejectedById, r.RejectedByName, r.RejectedAt, r.RejectionReason) = (actor.Id, actor.Name, now, reason);
                return reason;
            }, after: () => new { r.Status, released = r.Amount });
            await NoticeOutbox.EnqueueAsync(db, r.MemberId, NoticeTemplateKeys.RefundRejected, r.RequestNo, new Dictionary<string, string>
            { ["requestNo"] = r.RequestNo, ["reason"] = reason }, now, token);
        }, ct);
    }

    /// <summary>Approves each request on its own (one transaction each) and reports every item's result.</summary>
    public async Task<IReadOnlyList<BulkItemResult>> ApproveManyAsync(IReadOnlyList<(long Id, string RequestNo)> items, ApprovalStep step, CancellationToken ct = default)
    {
        if (!Enum.IsDefined(step)) throw new BusinessRuleException("승인 단계를 선택하세요.");
        await stepUp.RequireAsync(await currentActor.GetAsync(), "환불 일괄 승인");
        var results = new List<BulkItemResult>();
        foreach (var (id, no) in items.DistinctBy(i => i.Id))
        {
            try
            {
                var status = await ApproveAsync(id, step, ct);
                results.Add(new BulkItemResult(no, true, status == RefundStatus.Approved ? "승인 완료 → 지급 대기" : "승인 기록 → 상담 관리자 승인 대기"));
            }
            catch (CommandRefusedException ex)
            {
                results.Add(new BulkItemResult(no, false, ex.Message));
            }
        }
        return results;
    }

    private static async Task<RefundRequest> LoadAsync(AppDbContext db, long id, CancellationToken ct) =>
        await db.RefundRequests.FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw new BusinessRuleException("환불 요청을 찾을 수 없습니다.");
}
