using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackOffice.Web.Features.Refunds;

/// <summary>
/// Filing a refund (maker side): the rules decide with the policy in force, the decision is stored with its policy
/// version and calculation, and an eligible amount is held at once in the same transaction (it can no longer be
/// spent or moved). An ineligible request is stored too, with nothing held, so the member's history shows the answer.
/// The request records the channel the member used (계좌, 매장, 환불봉투, 직접 방문), and the rules decide by it:
/// 매장·봉투·방문 differ only in fee, cap and payout deadline. The portal pays every channel the same way, to the
/// member's own-name account through hold → approval → payout batch → transfer file → paid.
/// </summary>
public sealed class RefundService(
    IDbContextFactory<AppDbContext> factory, DbWriter writer, CurrentActor currentActor, TimeProvider clock,
    BusinessCalendarSource calendars, IOptions<RefundOptions> options)
{
    public const int MaxNote = 500;

    public Task<RefundPreview> PreviewAsync(RefundTarget target, CancellationToken ct = default) => PreviewAsync(target, false, ct);

    /// <param name="programDefaultChannel">
    /// The dialog's first preview of a card: compute for the first channel the card's program lists instead of
    /// <see cref="RefundTarget.Channel"/> (the dialog does not know the program's channels before it asks).
    /// </param>
    public async Task<RefundPreview> PreviewAsync(RefundTarget target, bool programDefaultChannel, CancellationToken ct = default)
    {
        (await currentActor.GetAsync()).Require(Permission.FileRefund);
        RequireDefinedChannel(target);
        var calendar = await calendars.LoadAsync(ct);
        var now = clock.GetUtcNow();
        var today = clock.TodayKst();
        await using var db = await factory.CreateDbContextAsync(ct);
        var a = await RefundAssessment.RunAsync(db, target, now, today, ct);
        var byChannel = target.Kind != RefundKind.BeforeWithdrawal;
        if (byChannel && programDefaultChannel && a.Policy.RefundChannels.Count > 0 && a.Policy.ChannelRule(target.Channel) is null)
        {
            target = target with { Channel = a.Policy.RefundChannels[0].Channel };
            a = await RefundAssessment.RunAsync(db, target, now, today, ct);
        }

        var due = RefundDeadline.PayoutDue(a.Policy, target.Kind, target.Channel, today, calendar);
        var threshold = options.Value.SupervisorApprovalAbove;
        var blocker = AccountProblem(a.Member);
        List<RefundChannelOption> channels = [];
        if (byChannel && a.Policy.ChannelRule(target.Channel) is null)
            blocker ??= ChannelRefusal(a, target.Channel);
        else if (byChannel && target.Kind != RefundKind.ChargeCancel)
        {
            // Each channel the program offers, decided by the same rules (fee, cap, a balance below a flat fee), so the
            // dialog can say which channel to choose when the selected one is refused.
            foreach (var rule in a.Policy.RefundChannels)
            {
                var decision = rule.Channel == target.Channel
                    ? a.Decision
                    : (await RefundAssessment.RunAsync(db, target with { Channel = rule.Channel }, now, today, ct)).Decision;
                var channelDue = RefundDeadline.PayoutDue(a.Policy, target.Kind, rule.Channel, today, calendar);
                channels.Add(new RefundChannelOption(rule.Channel, RefundChannelNames.Of(rule.Channel), RefundChannelText.Fee(rule), rule.Cap,
                    RefundChannelText.Cap(rule), RefundChannelText.Deadline(rule), rule.Citation, rule.Channel == target.Channel,
                    decision.Eligible, decision.Fee, decision.Payout, channelDue.DueBy, decision.Eligible ? null : decision.Explanation));
            }
            var instead = channels.Where(c => c.Eligible && !c.Selected).ToList();
            if (!a.Decision.Eligible && instead.Count > 0)
                blocker ??= $"{RefundChannelNames.Of(target.Channel)}에서는 환불할 수 없습니다. 다른 환불 경로를 선택하세요: {RefundChannelText.Alternatives(instead)}.";
        }
        return new RefundPreview(a.Decision.Eligible, a.Decision.Amount, a.Decision.Fee, a.Decision.Payout, a.Decision.PolicyVersion,
            a.Card?.Program?.Name ?? "", a.Decision.Explanation, RefundApproval.Rule(a.Decision.Payout, threshold), due.DueBy, due.Rule,
            BankAccountOf(a.Member), blocker)
        { Channel = target.Channel, Channels = channels };
    }

    /// <summary>Recent top-ups of a card, newest first, for choosing the charge to cancel.</summary>
    public async Task<IReadOnlyList<ChargeOption>> ChargesAsync(long cardId, CancellationToken ct = default)
    {
        (await currentActor.GetAsync()).Require(Permission.FileRefund);
        await using var db = await factory.CreateDbContextAsync(ct);
        var since = clock.GetUtcNow().AddDays(-31);
        var rows = await db.Postings.AsNoTracking()
            .Where(p => p.Account!.CardId == cardId && p.Account.Kind == AccountKind.CardBalance && p.JournalEntry!.Type == EntryType.TopUp && p.JournalEntry.OccurredAt >= since)
            .OrderByDescending(p => p.JournalEntry!.OccurredAt).Take(20)
            .Select(p => new
            {
                p.JournalEntryId,
                p.JournalEntry!.OccurredAt,
                p.Amount,
                Paid = -p.JournalEntry.Postings.Where(x => x.Account!.Kind == AccountKind.FundingClearing).Sum(x => x.Amount),
            })
            .ToListAsync(ct);
        return rows.Select(r => new ChargeOption(r.JournalEntryId, r.OccurredAt, r.Amount, r.Paid)).ToList();
    }

    public async Task<RefundFiled> FileAsync(FileRefundCommand command, CancellationToken ct = default)
    {
        var actor = await currentActor.GetAsync();
        actor.Require(Permission.FileRefund);
        command = command with { IdempotencyKey = Idempotency.RequireClientKey(command.IdempotencyKey) };
        var note = command.Note?.Trim();
        if (note?.Length > MaxNote) throw new BusinessRuleException($"메모는 {MaxNote}자 이하로 입력하세요.");
        var calendar = await calendars.LoadAsync(ct);

        string requestNo;
        try
        {
            requestNo = await FileOnceAsync(command, actor, note, calendar, ct);
        }
        catch (BusinessRuleException)
        {
            // A double submit whose twin committed between our key check and the card check ("진행 중인 환불 요청")
            // is the same request, not a refusal.
            await using var db = await factory.CreateDbContextAsync(ct);
            var twin = await Idempotency.FindAsync(db.RefundRequests, command.IdempotencyKey, ct);
            if (twin is null) throw;
            requestNo = twin.RequestNo;
        }

        await using var read = await factory.CreateDbContextAsync(ct);
        var r = await read.RefundRequests.AsNoTracking().SingleAsync(x => x.RequestNo == requestNo, ct);
        return new RefundFiled(r.RequestNo, r.Status, r.Amount, r.Fee, r.Payout, r.Explanation, r.DueBy, r.ApprovalRule) { Channel = r.Channel };
    }

    private Task<string> FileOnceAsync(FileRefundCommand command, Actor actor, string? note, BusinessCalendar calendar, CancellationToken ct) =>
        writer.ExecuteAsync(async (db, token) => (await FileInAsync(db, command, actor, note, calendar, null, token)).RequestNo, ct);

    /// <summary>
    /// Files the defect refund of a damaged card inside the intake's own settle transaction (issue 10: every payout
    /// goes through the refund workflow). The same filing as the refund dialog's: the rules decide (defect kind: the
    /// whole verified balance, the program's fee), the money moves into the refund hold, and the request waits for
    /// Finance approval, a payout batch and the transfer file like any other. The case's idempotency key
    /// <c>intake:{CaseNo}:refund</c> makes a repeat find the same request.
    /// </summary>
    /// <remarks>
    /// The channel is the account where the program offers it, else the operator's own counter (캐시비 직접 방문: no cap,
    /// no fee): the intake is the operator receiving the card itself.
    /// </remarks>
    internal async Task<RefundRequest> FileForIntakeAsync(AppDbContext db, CardIntakeCase intake, Actor actor, BusinessCalendar calendar, CancellationToken ct)
    {
        var policies = await db.Cards.AsNoTracking().Where(c => c.Id == intake.CardId).SelectMany(c => c.Program!.Policies).ToListAsync(ct);
        var policy = PolicySelector.InForce(policies, clock.TodayKst());
        var channel = policy.ChannelRule(RefundChannel.BankAccount)?.Channel ?? policy.ChannelRule(RefundChannel.DirectVisit)?.Channel
            ?? policy.RefundChannels.Select(r => r.Channel).FirstOrDefault();
        return await FileInAsync(db, new FileRefundCommand(new RefundTarget(intake.MemberId, intake.CardId, RefundKind.DisasterOrDefect, null, channel),
            $"불량 카드 접수 {intake.CaseNo} 정산 (본인 계좌 환불)", Idempotency.PostingKey("intake", intake.CaseNo, "refund")), actor,
            $"불량 카드 접수 {intake.CaseNo} 정산 (본인 계좌 환불)", calendar, intake.CaseNo, ct);
    }

    private async Task<RefundRequest> FileInAsync(AppDbContext db, FileRefundCommand command, Actor actor, string? note, BusinessCalendar calendar,
        string? intakeCaseNo, CancellationToken token)
    {
        var threshold = options.Value.SupervisorApprovalAbove;
        var fromIntake = intakeCaseNo is not null;
        var repeated = await Idempotency.FindAsync(db.RefundRequests, command.IdempotencyKey, token);
        if (repeated is not null) return repeated;

        RequireDefinedChannel(command.Target);
        var now = clock.GetUtcNow();
        var today = clock.TodayKst();
        var a = await RefundAssessment.RunAsync(db, command.Target, now, today, token, fromIntake);
        if (AccountProblem(a.Member) is { } problem) throw new BusinessRuleException(problem);
        if (command.Target.Kind != RefundKind.BeforeWithdrawal && a.Policy.ChannelRule(command.Target.Channel) is null)
            throw new BusinessRuleException(ChannelRefusal(a, command.Target.Channel));
        if (fromIntake && !a.Decision.Eligible) throw new BusinessRuleException(a.Decision.Explanation);
        var due = RefundDeadline.PayoutDue(a.Policy, command.Target.Kind, command.Target.Channel, today, calendar);
        var d = a.Decision;
        var request = new RefundRequest
        {
            RequestNo = await BusinessNumbers.NextNumberAsync(db, "refund-request", "F", today, token),
            MemberId = a.Member.Id,
            CardId = a.Card?.Id,
            Kind = command.Target.Kind,
            Channel = command.Target.Channel,
            ChargeEntryId = command.Target.Kind == RefundKind.ChargeCancel ? command.Target.ChargeEntryId : null,
            Status = d.Eligible ? RefundStatus.PendingApproval : RefundStatus.Ineligible,
            Eligible = d.Eligible,
            Amount = d.Amount,
            Fee = d.Fee,
            Payout = d.Payout,
            PolicyId = a.Policy.Id,
            PolicyVersion = d.PolicyVersion,
            Explanation = d.Explanation,
            Note = string.IsNullOrEmpty(note) ? null : note,
            RequestedAt = now,
            RequestedById = actor.Id,
            RequestedByName = actor.Name,
            BankName = a.Member.BankName,
            // The snapshot copies the ciphertext as it is: nothing is decrypted to file a request.
            BankAccountCipher = a.Member.BankAccountCipher,
            BankAccountLast4 = a.Member.BankAccountLast4,
            BankAccountHolder = a.Member.BankAccountHolder,
            DueBy = due.DueBy,
            DueRule = due.Rule,
            RequiresSupervisor = d.Eligible && RefundApproval.NeedsSupervisor(d.Payout, threshold),
            ApprovalRule = d.Eligible ? RefundApproval.Rule(d.Payout, threshold) : "",
            IntakeCaseNo = intakeCaseNo,
            IdempotencyKey = command.IdempotencyKey,
        };
        db.RefundRequests.Add(request);
        await db.SaveChangesAsync(token);

        if (d.Eligible)
        {
            var hold = await SystemAccounts.MemberAccountAsync(db, a.Member.Id, AccountKind.RefundHold, token);
            var posted = await LedgerPosting.PostAsync(db, new JournalRequest(EntryType.RefundHold, Idempotency.PostingKey("refund", request.RequestNo, "hold"), now, actor,
                request.RequestNo, $"환불 보류 ({RefundNames.Of(request.Kind)})", [.. a.HoldSources, new PostingLine(hold.Id, d.Amount)], AllowStoppedCard: fromIntake || await HoldsFromSuspendedCardAsync(db, a, token)), now, token);
            await db.SaveChangesAsync(token);
            request.HoldEntryId = posted.Entry.Id;
        }
        db.Record(actor, now, d.Eligible ? "refund.request" : "refund.request.ineligible", "RefundRequest", request.RequestNo,
            after: new { request.Kind, request.Channel, request.Status, request.Amount, request.Fee, request.Payout, card = a.Card?.Last4, request.PolicyVersion, request.DueBy },
            reason: d.Explanation, memberId: request.MemberId);
        if (!d.Eligible)
            await NoticeOutbox.EnqueueAsync(db, request.MemberId, NoticeTemplateKeys.RefundIneligible, request.RequestNo, new Dictionary<string, string>
            { ["requestNo"] = request.RequestNo, ["explanation"] = d.Explanation }, now, token);
        return request;
    }

    /// <summary>
    /// An undefined channel, or anything but the account for the whole-member refund (its policy is the main card's and
    /// its payout goes to the account), is refused before anything is read or written.
    /// </summary>
    private static void RequireDefinedChannel(RefundTarget target)
    {
        if (!Enum.IsDefined(target.Channel)) throw new BusinessRuleException("환불 경로를 선택하세요 (계좌, 매장, 환불봉투, 직접 방문 중 프로그램이 허용하는 것).");
        if (target.Kind == RefundKind.BeforeWithdrawal && target.Channel != RefundChannel.BankAccount)
            throw new BusinessRuleException("탈퇴 전 환불은 본인 명의 계좌로만 접수합니다.");
    }

    private static string ChannelRefusal(RefundAssessment a, RefundChannel channel)
    {
        var offered = string.Join(", ", a.Policy.RefundChannels.Select(r => RefundChannelNames.Of(r.Channel)));
        var program = a.Card?.Program?.Name ?? "이 프로그램";
        return $"{program}은(는) {RefundChannelNames.Of(channel)} 환불을 하지 않습니다. 회원의 프로그램이 허용하는 환불 경로를 선택하세요 (가능: {offered}).";
    }

    /// <summary>
    /// A suspended member's cards are stopped (StoppedAt set) but their balances may still be refunded (003 하나로
    /// 제25조④2); the assessment has already refused every other stopped card, so the hold may take from these.
    /// </summary>
    private static async Task<bool> HoldsFromSuspendedCardAsync(AppDbContext db, RefundAssessment a, CancellationToken ct) =>
        a.Card is { } card
            ? card.Status == CardStatus.Suspended
            : await db.Cards.AnyAsync(c => c.MemberId == a.Member.Id && c.Status == CardStatus.Suspended, ct);

    private static string? AccountProblem(Member member) => member.HasOwnNameBankAccount
        ? null
        : "본인 명의 환불 계좌가 없습니다. 회원이 앱에서 본인 명의 계좌를 등록한 뒤 신청하세요 (000 §2).";

    private static string BankAccountOf(Member member) =>
        member.BankAccountLast4.Length == 0 ? "등록된 계좌 없음" : $"{member.BankName} {PersonalDataMask.AccountLast4(member.BankAccountLast4)}";
}
