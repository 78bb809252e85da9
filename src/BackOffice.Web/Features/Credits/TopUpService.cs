using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Features.Credits;

public sealed record TopUpRow(string Number, TopUpMethod Method, long Amount, TopUpStatus Status, DateTimeOffset RequestedAt, DateOnly? DepositDeadline);

public sealed record TopUpList(IReadOnlyList<TopUpRow> Rows, int Total);

public sealed record TopUpHistoryLine(DateTimeOffset At, TopUpStatus From, TopUpStatus To, string ActorName, string Source, string Text)
{
    public bool IsMove => From != To;
}

public sealed record EvidenceLine(EvidenceDocumentKind Kind, DateTimeOffset RequestedAt, string RequestedByName, string Rule, string Note);

/// <summary>An evidence document kind as the dialog offers it: allowed with its rule, or the refusal.</summary>
public sealed record EvidenceChoice(EvidenceDocumentKind Kind, string Name, bool Allowed, string Text);

public sealed record TopUpDetail(
    long Id, string Number, long MemberId, string MemberNo, TopUpMethod Method, long Amount, TopUpStatus Status, DateTimeOffset RequestedAt,
    string GatewayTransactionId, string Institution, string ApprovalNumber, string VirtualAccountNumber, DateOnly? DepositDeadline,
    DateTimeOffset? CancelsAt, string DeadlineRule, DateTimeOffset? CancelReminderAt, DateTimeOffset? PaidAt, string ReturnReason,
    long? LotId, long? ReversalEntryId, IReadOnlyList<TopUpHistoryLine> History, IReadOnlyList<EvidenceLine> Evidence,
    IReadOnlyList<EvidenceChoice> EvidenceChoices)
{
    public bool CanMoveDeadline => Method == TopUpMethod.VirtualAccount && Status == TopUpStatus.AwaitingDeposit;

    public bool CanCancelForFraud => TopUpLog.CanMove(Status, TopUpStatus.ApprovalCancelled);
}

/// <summary>
/// Credit top-ups (issue 15 item 2, seed 001 §2.2): the member app's entry points (a card payment asked of the gateway,
/// a one-time virtual account with its deadline), and customer support's commands: move a virtual account's deadline on
/// the member's request (001 §2.2.2), record an evidence document request under §2.3.2, cancel an approval for fraud
/// (001 §5). Every state change goes through <see cref="TopUpSteps"/>, with its audit record and notice, in one transaction.
/// </summary>
public sealed class TopUpService(IDbContextFactory<AppDbContext> factory, DbWriter writer, CurrentActor currentActor, TimeProvider clock,
    BusinessCalendarSource calendars, StepUp stepUp)
{
    public const string NumberSeries = "credit-topup";
    public const string NumberPrefix = "T";
    public const string FraudPurpose = "부정 결제 승인 취소";

    /// <summary>The member app, the actor of the member's own requests.</summary>
    public static readonly Actor MemberApp = new("member-app", "회원 앱", new HashSet<string>());

    /// <summary>The member app asks the gateway for a card approval (001 §2.2.1 승인요청).</summary>
    public Task<string> RequestCardAsync(long memberId, long amount, string cardCompany, string key, CancellationToken ct = default) =>
        CreateAsync(memberId, amount, TopUpMethod.Card, string.IsNullOrWhiteSpace(cardCompany) ? "BC카드" : cardCompany.Trim(), key, ct);

    /// <summary>The member app opens a one-time virtual account (001 §2.2.2 입금대기) with its deposit deadline.</summary>
    public Task<string> OpenVirtualAccountAsync(long memberId, long amount, string bank, string key, CancellationToken ct = default) =>
        CreateAsync(memberId, amount, TopUpMethod.VirtualAccount, string.IsNullOrWhiteSpace(bank) ? "신한은행" : bank.Trim(), key, ct);

    /// <summary>The gateway's approval of a card top-up as the member app receives it: 승인완료, the credits given as a lot.</summary>
    public Task ApproveCardAsync(string number, string approvalNumber, CancellationToken ct = default) =>
        writer.ExecuteAsync(async (db, token) =>
        {
            var topUp = await FindAsync(db, number, token);
            if (topUp.Status == TopUpStatus.Approved) return;
            if (topUp.Method != TopUpMethod.Card) throw new BusinessRuleException($"충전 {topUp.Number}은(는) 카드 결제가 아닙니다.");
            var now = clock.GetUtcNow();
            topUp.ApprovalNumber = approvalNumber.Trim();
            await TopUpSteps.ApplyAsync(db, topUp, TopUpStatus.Approved, MemberApp, now, $"카드 승인 {topUp.Institution} 승인번호 {topUp.ApprovalNumber}", "member-app", ct: token);
            db.Record(MemberApp, now, "credit-topup.approved", "CreditTopUp", topUp.Number, after: new { topUp.Status, topUp.Amount, topUp.LotId }, memberId: topUp.MemberId);
        }, ct);

    private async Task<string> CreateAsync(long memberId, long amount, TopUpMethod method, string institution, string key, CancellationToken ct)
    {
        var clientKey = Idempotency.RequireClientKey(key);
        var calendar = await calendars.LoadAsync(ct);
        return await writer.ExecuteAsync(async (db, token) =>
        {
            if (await Idempotency.FindAsync(db.CreditTopUps, clientKey, token) is { } repeated) return repeated.Number;
            var member = await db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.Id == memberId, token)
                ?? throw new BusinessRuleException("회원을 찾을 수 없습니다.");
            if (member.Status != MemberStatus.Active)
                throw new BusinessRuleException($"회원 {member.MemberNo}은(는) {(member.Status == MemberStatus.Withdrawn ? "탈퇴" : "자격 정지")} 상태여서 크레딧을 충전할 수 없습니다.");
            var program = await db.Programs.AsNoTracking().Include(p => p.Policies).FirstOrDefaultAsync(p => p.Code == ProgramPresets.Credits, token)
                ?? throw new BusinessRuleException("크레딧 프로그램(CREDIT)이 없습니다.");
            var now = clock.GetUtcNow();
            var today = now.ToKstDate();
            var policy = PolicySelector.InForce(program.Policies, today);
            CreditRules.ValidateTopUp(policy, member.IsCorporate, amount);
            var number = await BusinessNumbers.NextNumberAsync(db, NumberSeries, NumberPrefix, today, token);
            var topUp = new CreditTopUp
            {
                Number = number,
                MemberId = member.Id,
                ProgramId = program.Id,
                PolicyVersion = policy.Version,
                Method = method,
                Amount = amount,
                Status = method == TopUpMethod.Card ? TopUpStatus.ApprovalRequested : TopUpStatus.AwaitingDeposit,
                RequestedAt = now,
                GatewayTransactionId = "PG" + number.Replace("-", "", StringComparison.Ordinal)[1..],
                Institution = institution,
                IdempotencyKey = clientKey,
            };
            if (method == TopUpMethod.VirtualAccount)
            {
                var window = VirtualAccountDeadline.Compute(now, policy.VirtualAccountDepositBusinessDays, calendar,
                    policy.CitationOf(nameof(ProgramPolicy.VirtualAccountDepositBusinessDays)));
                topUp.VirtualAccountNumber = VirtualAccountNumberOf(number);
                topUp.DepositDeadline = window.LastDay;
                topUp.CancelsAt = window.CancelsAt;
                topUp.DeadlineRule = window.Rule;
            }
            db.CreditTopUps.Add(topUp);
            await db.SaveChangesAsync(token);
            var text = method == TopUpMethod.Card
                ? $"카드 결제 승인 요청 {institution} {amount:N0}원"
                : $"가상계좌 발급 {institution} {topUp.VirtualAccountNumber}, 입금 기한 {topUp.DepositDeadline:yyyy-MM-dd}";
            db.TopUpEvents.Add(new TopUpEvent
            {
                TopUpId = topUp.Id,
                At = now,
                From = topUp.Status,
                To = topUp.Status,
                ActorId = MemberApp.Id,
                ActorName = MemberApp.Name,
                Text = text,
                Source = "member-app",
            });
            db.Record(MemberApp, now, "credit-topup.request", "CreditTopUp", number,
                after: new { topUp.Method, topUp.Amount, topUp.Status, topUp.DepositDeadline, topUp.DeadlineRule }, memberId: member.Id);
            return number;
        }, ct);
    }

    /// <summary>A one-time account number per top-up (the operator's collection account at the bank, never the member's).</summary>
    public static string VirtualAccountNumberOf(string number)
    {
        var digits = new string([.. number.Where(char.IsAsciiDigit)]);
        return $"562-{digits[2..8]}-{digits[8..]}";
    }

    /// <summary>
    /// Moves a waiting virtual account's deadline on the member's request (001 §2.2.2 고객센터 변경): the rule of
    /// <see cref="VirtualAccountDeadline.MoveProblem"/>, a history note, the audit with before and after, the notice with the
    /// new deadline; the reminder before the cancel goes again for the new last day. The same key again changes nothing.
    /// </summary>
    public async Task<DateOnly> MoveDeadlineAsync(string number, DateOnly newLastDay, string reason, string key, CancellationToken ct = default)
    {
        var actor = await currentActor.GetAsync();
        actor.Require(Permission.HandleTopUps);
        var clientKey = Idempotency.RequireClientKey(key);
        return await writer.ExecuteAsync(async (db, token) =>
        {
            var topUp = await FindAsync(db, number, token);
            var marker = $"\"requestKey\":\"{clientKey}\"";
            if (await db.AuditRecords.AnyAsync(r => r.Action == "credit-topup.deadline" && r.EntityId == topUp.Number && r.After != null && r.After.Contains(marker), token))
                return topUp.DepositDeadline!.Value;
            var now = clock.GetUtcNow();
            var today = now.ToKstDate();
            if (VirtualAccountDeadline.MoveProblem(topUp, newLastDay, today, reason) is { } problem) throw new BusinessRuleException(problem);
            var before = new { topUp.DepositDeadline, topUp.CancelsAt, topUp.DeadlineRule, topUp.CancelReminderAt };
            var window = VirtualAccountDeadline.Moved(topUp, newLastDay, today, reason);
            topUp.DepositDeadline = window.LastDay;
            topUp.CancelsAt = window.CancelsAt;
            topUp.DeadlineRule = window.Rule;
            topUp.CancelReminderAt = null;
            TopUpLog.Note(db, topUp, actor, now, $"입금 기한 변경 {before.DepositDeadline:yyyy-MM-dd} → {newLastDay:yyyy-MM-dd} (고객 요청: {reason.Trim()})");
            await NoticeOutbox.EnqueueAsync(db, topUp.MemberId, TopUpNoticeKeys.DeadlineMoved, $"{topUp.Number}:deadline:{newLastDay:yyyyMMdd}", Values(topUp), now, token);
            db.Record(actor, now, "credit-topup.deadline", "CreditTopUp", topUp.Number,
                before: new { before.DepositDeadline, before.CancelsAt, before.DeadlineRule },
                after: new { requestKey = clientKey, topUp.DepositDeadline, topUp.CancelsAt, topUp.DeadlineRule },
                reason: reason.Trim(), memberId: topUp.MemberId);
            return newLastDay;
        }, ct);
    }

    /// <summary>
    /// Cancels a top-up's approval for fraud (001 §5 "부정 사용 … 승인을 차단하거나 취소"): Supervisor with a fresh step-up and a
    /// reason; the credits left of its lot are taken back (<see cref="TopUpSteps"/>), the member told, the audit written.
    /// </summary>
    public async Task CancelForFraudAsync(string number, string reason, string key, CancellationToken ct = default)
    {
        var actor = await currentActor.GetAsync();
        actor.Require(Permission.CancelTopUpForFraud);
        await stepUp.RequireAsync(actor, FraudPurpose);
        Idempotency.RequireClientKey(key);
        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length < 2) throw new BusinessRuleException("승인 취소 사유를 입력하세요.");
        if (reason.Trim().Length > 300) throw new BusinessRuleException("사유는 300자 이내로 입력하세요.");
        await writer.ExecuteAsync(async (db, token) =>
        {
            var topUp = await FindAsync(db, number, token);
            if (topUp.Status == TopUpStatus.ApprovalCancelled && topUp.ReturnReason == reason.Trim()) return; // the same click again
            if (!TopUpLog.CanMove(topUp.Status, TopUpStatus.ApprovalCancelled))
                throw new BusinessRuleException($"충전 {topUp.Number}은(는) {TopUpLog.Name(topUp.Status)} 상태여서 승인을 취소할 수 없습니다.");
            var now = clock.GetUtcNow();
            var before = new { topUp.Status, topUp.LotId };
            await TopUpSteps.ApplyAsync(db, topUp, TopUpStatus.ApprovalCancelled, actor, now, $"부정 결제 승인 취소 (001 §5): {reason.Trim()}", "staff", reason.Trim(), token);
            await NoticeOutbox.EnqueueAsync(db, topUp.MemberId, TopUpNoticeKeys.FraudCancelled, topUp.Number,
                new Dictionary<string, string>(Values(topUp)) { ["reason"] = reason.Trim() }, now, token);
            db.Record(actor, now, "credit-topup.fraud-cancel", "CreditTopUp", topUp.Number, before: before,
                after: new { topUp.Status, topUp.ReversalEntryId }, reason: reason.Trim(), memberId: topUp.MemberId);
        }, ct);
    }

    /// <summary>Records a member's evidence document request (001 §2.3.1) where §2.3.2 allows it; refused in Korean with the rule otherwise.</summary>
    public async Task<string> RecordEvidenceAsync(string number, EvidenceDocumentKind kind, string? note, string key, CancellationToken ct = default)
    {
        var actor = await currentActor.GetAsync();
        actor.Require(Permission.HandleTopUps);
        var clientKey = Idempotency.RequireClientKey(key);
        if (!Enum.IsDefined(kind)) throw new BusinessRuleException("증빙서류 종류를 고르세요.");
        var cleanNote = (note ?? "").Trim();
        if (cleanNote.Length > 500) throw new BusinessRuleException("메모는 500자 이내로 입력하세요.");
        return await writer.ExecuteAsync(async (db, token) =>
        {
            if (await Idempotency.FindAsync(db.EvidenceDocumentRequests, clientKey, token) is { } repeated) return repeated.Rule;
            var topUp = await FindAsync(db, number, token);
            var recorded = await db.EvidenceDocumentRequests.Where(r => r.TopUpId == topUp.Id).Select(r => r.Kind).ToListAsync(token);
            var decision = EvidenceRules.Check(topUp.Method, topUp.Status, recorded, kind);
            if (!decision.Allowed) throw new BusinessRuleException(decision.Text);
            var now = clock.GetUtcNow();
            db.EvidenceDocumentRequests.Add(new EvidenceDocumentRequest
            {
                TopUpId = topUp.Id,
                Kind = kind,
                RequestedAt = now,
                RequestedById = actor.Id,
                RequestedByName = actor.Name,
                Rule = decision.Text,
                Note = cleanNote,
                IdempotencyKey = clientKey,
            });
            TopUpLog.Note(db, topUp, actor, now, $"증빙서류 요청 기록: {TopUpLog.Name(kind)} ({decision.Text})" + (cleanNote.Length > 0 ? $" {cleanNote}" : ""));
            db.Record(actor, now, "credit-topup.evidence", "CreditTopUp", topUp.Number, after: new { kind, decision.Text, note = cleanNote },
                reason: decision.Text, memberId: topUp.MemberId);
            return decision.Text;
        }, ct);
    }

    /// <summary>The member's top-ups, newest first (the member page's "크레딧 충전" tab).</summary>
    public async Task<TopUpList> ListForMemberAsync(long memberId, int page, int pageSize, CancellationToken ct = default)
    {
        (await currentActor.GetAsync()).Require(Permission.ViewMembers);
        if (pageSize is < 1 or > 200) pageSize = 20;
        page = Math.Max(0, page);
        await using var db = await factory.CreateDbContextAsync(ct);
        var query = db.CreditTopUps.AsNoTracking().Where(t => t.MemberId == memberId);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(t => t.Id).Skip(page * pageSize).Take(pageSize)
            .Select(t => new TopUpRow(t.Number, t.Method, t.Amount, t.Status, t.RequestedAt, t.DepositDeadline)).ToListAsync(ct);
        return new TopUpList(rows, total);
    }

    /// <summary>One top-up with its whole history and evidence documents, and what the evidence dialog may offer.</summary>
    public async Task<TopUpDetail?> GetAsync(string number, CancellationToken ct = default)
    {
        (await currentActor.GetAsync()).Require(Permission.ViewMembers);
        await using var db = await factory.CreateDbContextAsync(ct);
        var t = await db.CreditTopUps.AsNoTracking().FirstOrDefaultAsync(x => x.Number == number, ct);
        if (t is null) return null;
        var memberNo = await db.Members.Where(m => m.Id == t.MemberId).Select(m => m.MemberNo).FirstAsync(ct);
        var history = (await db.TopUpEvents.AsNoTracking().Where(e => e.TopUpId == t.Id).OrderBy(e => e.Id).ToListAsync(ct))
            .Select(e => new TopUpHistoryLine(e.At, e.From, e.To, e.ActorName, e.Source, e.Text)).ToList();
        var evidence = (await db.EvidenceDocumentRequests.AsNoTracking().Where(r => r.TopUpId == t.Id).OrderBy(r => r.Id).ToListAsync(ct))
            .Select(r => new EvidenceLine(r.Kind, r.RequestedAt, r.RequestedByName, r.Rule, r.Note)).ToList();
        var kinds = evidence.Select(e => e.Kind).ToList();
        var choices = Enum.GetValues<EvidenceDocumentKind>().Select(k =>
        {
            var d = EvidenceRules.Check(t.Method, t.Status, kinds, k);
            return new EvidenceChoice(k, TopUpLog.Name(k), d.Allowed, d.Text);
        }).ToList();
        return new TopUpDetail(t.Id, t.Number, t.MemberId, memberNo, t.Method, t.Amount, t.Status, t.RequestedAt, t.GatewayTransactionId, t.Institution,
            t.ApprovalNumber, t.VirtualAccountNumber, t.DepositDeadline, t.CancelsAt, t.DeadlineRule, t.CancelReminderAt, t.PaidAt, t.ReturnReason,
            t.LotId, t.ReversalEntryId, history, evidence, choices);
    }

    private static async Task<CreditTopUp> FindAsync(AppDbContext db, string number, CancellationToken ct) =>
        await db.CreditTopUps.FirstOrDefaultAsync(t => t.Number == (number ?? "").Trim(), ct)
        ?? throw new BusinessRuleException($"충전 {number}을(를) 찾을 수 없습니다.");

    /// <summary>The placeholders every top-up notice shares.</summary>
    public static IReadOnlyDictionary<string, string> Values(CreditTopUp topUp) => new Dictionary<string, string>
    {
        ["topUpNumber"] = topUp.Number,
        ["amount"] = topUp.Amount.ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
        ["bank"] = topUp.Institution,
        ["account"] = topUp.VirtualAccountNumber,
        ["deadline"] = topUp.DepositDeadline is { } d ? Fmt.Date(d) : "",
        ["cancelsAt"] = topUp.CancelsAt is { } c ? Fmt.DateTime(c) : "",
    };
}
