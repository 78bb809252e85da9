using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackOffice.Web.Features.Cases;

/// <summary>
/// A fraud compensation claim (issue 13 item 5; 004 제13조④⑤): the agent ticks the uses the member says a third party
/// made and the ⑤ exclusions that apply, <see cref="FraudCompensation"/> computes the compensation with its readable
/// calculation, the assessment is stored, and the compensation is filed as a refund request in the same transaction.
/// </summary>
/// <remarks>
/// The refund workflow's filing takes money the member holds into the hold; a compensation is the operator's money. The
/// smallest honest path (documented for the lead): a new <see cref="RefundKind.FraudCompensation"/>; the hold entry moves
/// the compensation from <see cref="AccountKind.FundingClearing"/> (the operator's money) into the member's
/// <see cref="AccountKind.RefundHold"/>. From there it is an ordinary refund: Finance approves (four eyes: not the agent
/// who filed it; a Supervisor too above the threshold), a payout batch pays it to the member's own-name account; a
/// rejection's release reverses the hold posting by posting, so the money goes back to the operator account, not to
/// the member.
/// </remarks>
public sealed class FraudClaimService(
    IDbContextFactory<AppDbContext> factory, DbWriter writer, CurrentActor currentActor, TimeProvider clock, BusinessCalendarSource calendars,
    IOptions<RefundOptions> refundOptions)
{
    public const int MinExclusionReason = 5;

    public async Task<FraudClaimContext> ContextAsync(string caseNumber, CancellationToken ct = default)
    {
        (await currentActor.GetAsync()).Require(Permission.ViewCases);
        await using var db = await factory.CreateDbContextAsync(ct);
        var c = await db.Cases.AsNoTracking().FirstOrDefaultAsync(x => x.Number == caseNumber, ct) ?? throw CaseAdjustmentService.NotFound();
        var (card, report, policy) = await LoadAsync(db, c, ct);
        var windowFrom = report.FraudWindowFrom ?? DateOnly.FromDateTime(report.ReportedAt.ToKst().DateTime).AddDays(-policy.FraudCompensationDaysBeforeReport);
        var payments = await PaymentsAsync(db, card.Id, KoreanTime.StartOfDay(windowFrom.AddDays(-30)), ct);
        var assessment = await db.FraudClaimAssessments.AsNoTracking().Where(a => a.CaseId == c.Id).Select(a => new
        {
            a,
            Refund = db.RefundRequests.Where(r => r.Id == a.RefundRequestId).Select(r => new { r.RequestNo, r.Status }).FirstOrDefault(),
        }).FirstOrDefaultAsync(ct);
        return new FraudClaimContext(c.Number, card.Id, card.Masked, report.ReportNo, report.Id, report.ReportedAt, windowFrom,
            policy.FraudCompensationDaysBeforeReport, report.MemberFraudShareCap > 0 ? report.MemberFraudShareCap : policy.MemberFraudShareCapPerCard, payments,
            assessment is null ? null : new FraudClaimAssessmentView(assessment.a.Id, assessment.a.ClaimedAmount, assessment.a.EligibleAmount,
                assessment.a.MemberShare, assessment.a.Compensation, assessment.a.Calculation, assessment.Refund?.RequestNo,
                assessment.Refund is null ? null : RefundNames.Of(assessment.Refund.Status), assessment.a.AssessedAt, assessment.a.AssessedByName));
    }

    /// <summary>The calculation without storing anything (the panel's preview).</summary>
    public async Task<FraudCompensationResult> PreviewAsync(AssessFraudClaimCommand command, CancellationToken ct = default)
    {
        (await currentActor.GetAsync()).Require(Permission.HandleCases);
        await using var db = await factory.CreateDbContextAsync(ct);
        var c = await db.Cases.AsNoTracking().FirstOrDefaultAsync(x => x.Number == command.CaseNumber, ct) ?? throw CaseAdjustmentService.NotFound();
        return await AssessInAsync(db, c, command, ct);
    }

    public async Task<FraudClaimAssessed> AssessAsync(AssessFraudClaimCommand command, CancellationToken ct = default)
    {
        var actor = await currentActor.GetAsync();
        actor.Require(Permission.HandleCases);
        Idempotency.RequireClientKey(command.IdempotencyKey);
        var calendar = await calendars.LoadAsync(ct);
        return await writer.ExecuteAsync(async (db, token) =>
        {
            var c = await db.Cases.FirstOrDefaultAsync(x => x.Number == command.CaseNumber, token) ?? throw CaseAdjustmentService.NotFound();
            var existing = await db.FraudClaimAssessments.AsNoTracking().FirstOrDefaultAsync(a => a.CaseId == c.Id, token);
            if (existing is not null)
            {
                // One assessment per case: the same click again finds it; a second assessment needs a new case.
                var no = await db.RefundRequests.Where(r => r.Id == existing.RefundRequestId).Select(r => r.RequestNo).FirstOrDefaultAsync(token);
                return new FraudClaimAssessed(existing.Id, existing.Compensation, existing.Calculation, no);
            }
            if (c.Status is not (CaseStatus.Open or CaseStatus.Paused)) throw new BusinessRuleException($"{CaseNames.Of(c.Status)} 상태의 사건은 평가할 수 없습니다.");
            var result = await AssessInAsync(db, c, command, token);
            var (card, report, policy) = await LoadAsync(db, c, token);
            var now = clock.GetUtcNow();
            var today = clock.TodayKst();
            var assessment = new FraudClaimAssessment
            {
                CaseId = c.Id,
                LostCardReportId = report.Id,
                CardId = card.Id,
                ClaimedAmount = result.ClaimedAmount,
                EligibleAmount = result.EligibleAmount,
                MemberShare = result.MemberShare,
                Compensation = result.Compensation,
                Calculation = Truncate(result.Calculation + (command.Exclusions.Count > 0 ? $"\n제외 사유 근거: {command.ExclusionReason!.Trim()}" : ""), 2000),
                AssessedAt = now,
                AssessedById = actor.Id,
                AssessedByName = actor.Name,
            };
            db.FraudClaimAssessments.Add(assessment);
            foreach (var id in command.ClaimedEntryIds.Distinct())
                if (!await db.CaseLinks.AnyAsync(l => l.CaseId == c.Id && l.JournalEntryId == id, token))
                    db.CaseLinks.Add(new CaseLink { CaseId = c.Id, JournalEntryId = id });
            db.CaseEvents.Add(CaseAdjustmentService.Event(c, now, "fraud.assessed", actor,
                $"부정사용 보상 평가: 신청 {result.ClaimedAmount:N0}원, 보상 대상 {result.EligibleAmount:N0}원, 회원 부담 {result.MemberShare:N0}원, 보상액 {result.Compensation:N0}원"));
            db.Record(actor, now, "case.fraud.assess", "ServiceCase", c.Number, null,
                new { report.ReportNo, result.ClaimedAmount, result.EligibleAmount, result.MemberShare, result.Compensation, command.Exclusions },
                command.ExclusionReason, memberId: c.MemberId);
            await db.SaveChangesAsync(token);

            string? requestNo = null;
            if (result.Compensation > 0)
            {
                var request = await FileCompensationAsync(db, c, card, policy, assessment, actor, now, today, calendar, token);
                assessment.RefundRequestId = request.Id;
                requestNo = request.RequestNo;
                db.CaseEvents.Add(CaseAdjustmentService.Event(c, now, "fraud.refund", actor,
                    $"보상금 {result.Compensation:N0}원 환불 요청 {request.RequestNo} 접수 → 재무 승인 대기 ({request.ApprovalRule})"));
            }
            c.Version++;
            await db.SaveChangesAsync(token);
            return new FraudClaimAssessed(assessment.Id, result.Compensation, assessment.Calculation, requestNo);
        }, ct);
    }

    private async Task<RefundRequest> FileCompensationAsync(AppDbContext db, ServiceCase c, Card card, ProgramPolicy policy, FraudClaimAssessment assessment,
        Actor actor, DateTimeOffset now, DateOnly today, BusinessCalendar calendar, CancellationToken ct)
    {
        var member = await db.Members.FirstAsync(m => m.Id == c.MemberId, ct);
        if (!member.HasOwnNameBankAccount)
            throw new BusinessRuleException("본인 명의 환불 계좌가 없어 보상금을 지급할 수 없습니다. 회원이 앱에서 본인 명의 계좌를 등록한 뒤 평가하세요 (000 §2).");
        var due = policy.RefundChannels.Count > 0
            ? RefundDeadline.PayoutDue(policy, RefundKind.FraudCompensation, RefundChannel.BankAccount, today, calendar)
            : new Deadline(calendar.AddBusinessDays(today, 7), $"신청 {today:yyyy-MM-dd} + 7영업일 (운영 정책)");
        var threshold = refundOptions.Value.SupervisorApprovalAbove;
        var request = new RefundRequest
        {
            RequestNo = await BusinessNumbers.NextNumberAsync(db, "refund-request", "F", today, ct),
            MemberId = c.MemberId,
            CardId = card.Id,
            Kind = RefundKind.FraudCompensation,
            Channel = RefundChannel.BankAccount,
            Status = RefundStatus.PendingApproval,
            Eligible = true,
            Amount = assessment.Compensation,
            Fee = 0,
            Payout = assessment.Compensation,
            PolicyId = policy.Id,
            PolicyVersion = policy.Version,
            Explanation = Truncate($"부정사용 보상 ({c.Number}, 004 제13조④⑤)\n{assessment.Calculation}", 1000),
            Note = $"사건 {c.Number} 부정사용 보상금 (회사 부담)",
            RequestedAt = now,
            RequestedById = actor.Id,
            RequestedByName = actor.Name,
            BankName = member.BankName,
            BankAccountCipher = member.BankAccountCipher,
            BankAccountLast4 = member.BankAccountLast4,
            BankAccountHolder = member.BankAccountHolder,
            DueBy = due.DueBy,
            DueRule = due.Rule,
            RequiresSupervisor = RefundApproval.NeedsSupervisor(assessment.Compensation, threshold),
            ApprovalRule = RefundApproval.Rule(assessment.Compensation, threshold),
            IdempotencyKey = Idempotency.PostingKey("case", c.Number, "fraud-compensation"),
        };
        db.RefundRequests.Add(request);
        await db.SaveChangesAsync(ct);
        var hold = await SystemAccounts.MemberAccountAsync(db, c.MemberId, AccountKind.RefundHold, ct);
        var posted = await LedgerPosting.PostAsync(db, new JournalRequest(EntryType.RefundHold, Idempotency.PostingKey("refund", request.RequestNo, "hold"), now, actor,
            request.RequestNo, $"부정사용 보상금 보류 (회사 부담, {c.Number})",
            [new PostingLine(await SystemAccounts.IdAsync(db, AccountKind.FundingClearing, ct), -assessment.Compensation), new PostingLine(hold.Id, assessment.Compensation)]), now, ct);
        await db.SaveChangesAsync(ct);
        request.HoldEntryId = posted.Entry.Id;
        db.Record(actor, now, "refund.request", "RefundRequest", request.RequestNo,
            after: new { request.Kind, request.Channel, request.Status, request.Amount, request.Fee, request.Payout, card = card.Last4, request.PolicyVersion, request.DueBy },
            reason: $"부정사용 보상 {c.Number}", memberId: c.MemberId);
        return request;
    }

    private static async Task<FraudCompensationResult> AssessInAsync(AppDbContext db, ServiceCase c, AssessFraudClaimCommand command, CancellationToken ct)
    {
        if (c.Type != CaseType.FraudClaim) throw new BusinessRuleException("부정사용 보상 평가는 부정사용 보상 사건에서만 할 수 있습니다.");
        var exclusions = command.Exclusions.Distinct().ToList();
        if (exclusions.Any(e => !Enum.IsDefined(e))) throw new BusinessRuleException("제외 사유를 목록에서 고르세요.");
        if (exclusions.Count > 0 && (command.ExclusionReason?.Trim().Length ?? 0) < MinExclusionReason)
            throw new BusinessRuleException($"004 제13조⑤ 제외 사유를 고르면 판단 근거를 {MinExclusionReason}자 이상 입력하세요.");
        if ((command.ExclusionReason?.Trim().Length ?? 0) > 500) throw new BusinessRuleException("판단 근거는 500자 이하로 입력하세요.");
        var ids = command.ClaimedEntryIds.Distinct().ToList();
        if (ids.Count == 0) throw new BusinessRuleException("회원이 부정사용이라고 한 결제를 하나 이상 고르세요.");
        var (card, report, policy) = await LoadAsync(db, c, ct);
        var uses = (await PaymentsAsync(db, card.Id, null, ct)).Where(u => ids.Contains(u.EntryId)).ToList();
        if (uses.Count != ids.Count) throw new BusinessRuleException("신고된 카드의 결제만 부정사용으로 고를 수 있습니다.");
        return FraudCompensation.Assess(report.ReportedAt, report.FraudWindowFrom, policy.FraudCompensationDaysBeforeReport,
            report.MemberFraudShareCap > 0 ? report.MemberFraudShareCap : policy.MemberFraudShareCapPerCard, null, uses, exclusions);
    }

    /// <summary>The claim's card (the first card linked to the case), its latest loss report and the policy of that report.</summary>
    private static async Task<(Card Card, LostCardReport Report, ProgramPolicy Policy)> LoadAsync(AppDbContext db, ServiceCase c, CancellationToken ct)
    {
        var cardId = await db.CaseLinks.Where(l => l.CaseId == c.Id && l.CardId != null).OrderBy(l => l.Id).Select(l => l.CardId).FirstOrDefaultAsync(ct)
            ?? throw new BusinessRuleException("사건에 연결된 카드가 없습니다. 분실·도난 신고한 카드를 연결해 사건을 접수하세요.");
        var card = await db.Cards.AsNoTracking().FirstAsync(x => x.Id == cardId, ct);
        var report = await db.LostCardReports.AsNoTracking().Include(r => r.Policy).Where(r => r.CardId == cardId)
            .OrderByDescending(r => r.ReportedAt).FirstOrDefaultAsync(ct)
            ?? throw new BusinessRuleException($"카드 {card.Masked}의 분실·도난 신고가 없습니다. 신고가 먼저입니다 (004 제13조①④).");
        var policy = report.Policy!;
        if (policy.FraudCompensationDaysBeforeReport <= 0 || report.FraudWindowFrom is null)
            throw new BusinessRuleException($"이 카드는 부정사용 보상 대상이 아닙니다 (신고 당시 정책 v{policy.Version}: {report.Explanation}).");
        return (card, report, policy);
    }

    /// <summary>The card's payments (what the member may call fraudulent), newest last, amounts positive.</summary>
    private static async Task<IReadOnlyList<FraudUse>> PaymentsAsync(AppDbContext db, long cardId, DateTimeOffset? since, CancellationToken ct)
    {
        var query = db.Postings.AsNoTracking()
            .Where(p => p.Account!.CardId == cardId && p.Account.Kind == AccountKind.CardBalance && p.JournalEntry!.Type == EntryType.Payment);
        if (since is { } from) query = query.Where(p => p.JournalEntry!.OccurredAt >= from);
        var rows = await query.Select(p => new { p.JournalEntryId, p.JournalEntry!.OccurredAt, p.Amount })
            .ToListAsync(ct);
        return rows.OrderBy(r => r.OccurredAt).ThenBy(r => r.JournalEntryId).Take(500).Select(r => new FraudUse(r.JournalEntryId, r.OccurredAt, -r.Amount)).ToList();
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
