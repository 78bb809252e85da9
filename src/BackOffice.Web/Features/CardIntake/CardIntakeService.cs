using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Features.CardIntake;

/// <summary>
/// Damaged and broken card intake (카드 접수): requested (card stopped) → card received → inspected or rejected →
/// balance verified → settled (refund, load onto another card, or replacement) → closed. Each step checks the
/// status it starts from, writes its audit record and any ledger entry in one transaction, and stores deadlines
/// with the rule that produced them.
/// </summary>
public sealed partial class CardIntakeService(
    IDbContextFactory<AppDbContext> factory, DbWriter writer, CurrentActor currentActor, TimeProvider clock, BusinessCalendarSource calendars,
    RefundService refunds, NumberKeyRing numbers)
{
    private const string Entity = "CardIntakeCase";
    private const int MaxNotes = 1000;
    private const int MaxRejectionReason = 500;

    public async Task<string> OpenAsync(OpenIntakeCommand command, CancellationToken ct = default)
    {
        var actor = await RequireAsync();
        var key = Idempotency.RequireClientKey(command.IdempotencyKey);
        // Bad input is refused in Korean before anything is read or written (issue 11 point 13); a missing note is no note.
        if (!Enum.IsDefined(command.ReportedKind)) throw new BusinessRuleException("증상(파손·고장·모름)을 선택하세요.");
        var notes = command.Notes?.Trim() ?? "";
        if (notes.Length > MaxNotes) throw new BusinessRuleException("메모는 1,000자 이하로 입력하세요.");
        var calendar = await calendars.LoadAsync(ct);
        return await writer.ExecuteAsync(async (db, token) =>
        {
            var repeated = await Idempotency.FindAsync(db.CardIntakeCases, key, token);
            if (repeated is not null) return repeated.CaseNo;
            var card = await db.Cards.Include(c => c.Program!).ThenInclude(p => p.Policies).FirstOrDefaultAsync(c => c.Id == command.CardId, token)
                ?? throw new BusinessRuleException("카드를 찾을 수 없습니다.");
            if (card.Status != CardStatus.Active || card.MemberId is null)
                throw new BusinessRuleException($"사용 중인 카드만 불량 접수할 수 있습니다 (현재 상태: {EntryTypeNames.Of(card.Status)}).");
            var open = await db.CardIntakeCases.AsNoTracking().FirstOrDefaultAsync(c => c.CardId == card.Id && c.Status != IntakeStatus.Closed, token);
            if (open is not null) throw new BusinessRuleException($"이미 진행 중인 접수가 있습니다 ({open.CaseNo}).");

            var now = clock.GetUtcNow();
            var today = clock.TodayKst();
            var policy = PolicySelector.InForce(card.Program!.Policies, today);
            var deadline = CardIntakeRules.BalanceDeadline(policy, today, calendar);
            card.Status = CardStatus.Defective; // the card stops at intake (000 재발급: 카드 정지 → 사진 → 우편 수령 → 검수)
            card.StoppedAt = now;
            card.Version++;
            var intake = new CardIntakeCase
            {
                CaseNo = await BusinessNumbers.NextNumberAsync(db, "card-intake-case", "C", today, token),
                CardId = card.Id,
                MemberId = card.MemberId.Value,
                Status = IntakeStatus.Requested,
                ReportedKind = command.ReportedKind,
                PolicyId = policy.Id,
                RequestedAt = now,
                RequestedById = actor.Id,
                RequestedByName = actor.Name,
                InspectionNotes = notes,
                BalanceDueBy = deadline.DueBy,
                BalanceDueRule = deadline.Rule,
                IdempotencyKey = key,
            };
            db.CardIntakeCases.Add(intake);
            db.Record(actor, now, "card.intake.open", Entity, intake.CaseNo, before: new { Status = CardStatus.Active },
                after: new { card.Status, intake.BalanceDueBy, reported = command.ReportedKind },
                // The audit reason holds 500 characters; a longer note (up to 1,000) is kept whole on the case.
                reason: notes.Length <= 500 ? notes : notes[..499] + "…", memberId: intake.MemberId);
            return intake.CaseNo;
        }, ct);
    }

    public Task ReceiveAsync(long caseId, CancellationToken ct = default) =>
        StepAsync(caseId, IntakeTransitions.Receive, (db, c, card, actor, now, token) =>
        {
            c.CardReceivedAt = now;
            return Task.FromResult<string?>(null);
        }, ct);

    public Task InspectAsync(InspectCommand command, CancellationToken ct = default)
    {
        if (command.Kind is { } given && !Enum.IsDefined(given)) throw new BusinessRuleException("검수 결과(파손·고장)를 선택하세요.");
        var notes = command.Notes?.Trim() ?? "";
        if (notes.Length > MaxNotes) throw new BusinessRuleException("검수 메모는 1,000자 이하로 입력하세요.");
        if ((command.RejectionReason?.Trim().Length ?? 0) > MaxRejectionReason) throw new BusinessRuleException("반려 사유는 500자 이하로 입력하세요.");
        return StepAsync(command.CaseId, command.Kind is null or DefectKind.Unknown ? IntakeTransitions.Reject : IntakeTransitions.Inspect,
            (db, c, card, actor, now, token) =>
            {
                c.InspectedAt = now;
                c.InspectionNotes = string.Join(" / ", new[] { c.InspectionNotes, notes }.Where(n => n.Length > 0));
                if (c.InspectionNotes.Length > MaxNotes)
                    throw new BusinessRuleException($"접수 메모와 검수 메모를 합쳐 1,000자 이하로 입력하세요 (현재 {c.InspectionNotes.Length:N0}자).");
                if (command.Kind is not { } kind || kind == DefectKind.Unknown)
                {
                    if ((command.RejectionReason?.Trim().Length ?? 0) < 5) throw new BusinessRuleException("반려 사유를 5자 이상 입력하세요 (예: 단순 긁힘, 정상 작동 확인).");
                    // Simple scratches do not qualify (000 재발급): the member keeps using the card.
                    c.RejectionReason = command.RejectionReason!.Trim();
                    card.Status = CardStatus.Active;
                    card.StoppedAt = null;
                    return Task.FromResult<string?>(c.RejectionReason);
                }
                var policy = PolicySelector.InForce(card.Program!.Policies, clock.TodayKst());
                var warranty = CardIntakeRules.Warranty(policy, kind, card.IssuedOn, card.FirstUsedOn, clock.TodayKst());
                c.InspectedKind = kind;
                c.WithinWarranty = warranty.FreeReplacement;
                c.WarrantyExplanation = warranty.Explanation;
                return Task.FromResult<string?>(warranty.Explanation);
            }, ct);
    }

    public Task VerifyBalanceAsync(long caseId, long verifiedBalance, CancellationToken ct = default) =>
        StepAsync(caseId, IntakeTransitions.VerifyBalance, async (db, c, card, actor, now, token) =>
        {
            if (verifiedBalance is < 0 or > LedgerPosting.MaxPostingAmount) throw new BusinessRuleException("확인 잔액은 0원 이상의 올바른 금액이어야 합니다.");
            var ledger = await db.Accounts.Where(a => a.CardId == card.Id && a.Kind == AccountKind.CardBalance).Select(a => a.Balance).FirstOrDefaultAsync(token);
            if (ledger != verifiedBalance)
                throw new BusinessRuleException($"확인한 잔액 {Fmt.Won(verifiedBalance)}이 장부 잔액 {Fmt.Won(ledger)}과 다릅니다. 칩 판독 결과와 거래 내역을 다시 확인하세요.");
            c.VerifiedBalance = verifiedBalance;
            c.BalanceVerifiedAt = now;
            return $"잔액 {Fmt.Won(verifiedBalance)} 확인 (기한 {c.BalanceDueBy:yyyy-MM-dd})";
        }, ct);

    public async Task SettleAsync(SettleCommand command, CancellationToken ct = default)
    {
        var clientKey = Idempotency.RequireClientKey(command.IdempotencyKey);
        // An undefined settlement used to fall into the replacement branch and issue a card.
        if (!Enum.IsDefined(command.Settlement)) throw new BusinessRuleException("정산 방법(계좌 환불·다른 카드 충전·카드 교체)을 선택하세요.");
        var calendar = await calendars.LoadAsync(ct);
        await StepAsync(command.CaseId, IntakeTransitions.Settle, async (db, c, card, actor, now, token) =>
        {
            var today = clock.TodayKst();
            var policy = PolicySelector.InForce(card.Program!.Policies, today);
            var warranty = CardIntakeRules.Warranty(policy, c.InspectedKind, card.IssuedOn, card.FirstUsedOn, today);
            var account = await SystemAccounts.CardAccountAsync(db, card.Id, token);
            var key = Idempotency.PostingPrefix("intake", c.CaseNo);
            string summary;
            switch (command.Settlement)
            {
                case IntakeSettlement.RefundToAccount:
                    {
                        var refundNote = "";
                        var member = await db.Members.AsNoTracking().SingleAsync(m => m.Id == c.MemberId, token);
                        if (!member.HasOwnNameBankAccount) throw new BusinessRuleException("본인 명의 환불 계좌가 없습니다. 계좌를 등록하거나 다른 정산 방법을 선택하세요.");
                        // Issue 10: the case no longer pays out itself. It files a defect refund (hold now; Finance approval,
                        // payout batch, transfer file and "paid" later, by other people) and records it; the case shows its status.
                        if (account.Balance > 0)
                        {
                            var refund = await refunds.FileForIntakeAsync(db, c, actor, calendar, token);
                            c.RefundRequestId = refund.Id;
                            refundNote = $" → 환불 요청 {refund.RequestNo} (지급 {Fmt.Won(refund.Payout)}, 수수료 {Fmt.Won(refund.Fee)}, {refund.ApprovalRule})";
                        }
                        card.Status = CardStatus.Closed;
                        summary = $"본인 계좌 환불 {Fmt.Won(c.VerifiedBalance ?? 0)}{refundNote}";
                        break;
                    }
                case IntakeSettlement.LoadToNewCard:
                    {
                        var target = await db.Cards.FirstOrDefaultAsync(x => x.Id == command.TargetCardId && x.MemberId == c.MemberId && x.Status == CardStatus.Active, token)
                            ?? throw new BusinessRuleException("잔액을 옮길 이 회원의 사용 중인 다른 카드를 선택하세요.");
                        var targetAccount = await SystemAccounts.CardAccountAsync(db, target.Id, token);
                        var limit = PolicySelector.InForce(card.Program.Policies, today).BalanceLimit(target.IsNamed);
                        if (targetAccount.Balance + account.Balance > limit)
                            throw new BusinessRuleException($"카드 *{target.Last4}의 보유 한도 {Fmt.Won(limit)}를 넘습니다. 계좌 환불이나 카드 교체를 선택하세요.");
                        if (account.Balance > 0)
                            await LedgerPosting.PostAsync(db, new JournalRequest(EntryType.BalanceTransfer, Idempotency.PostingKey("intake", c.CaseNo, "load"), now, actor, c.CaseNo,
                                $"불량 카드 잔액 이전 (*{card.Last4} → *{target.Last4})",
                                [new PostingLine(account.Id, -account.Balance), new PostingLine(targetAccount.Id, account.Balance)], AllowStoppedCard: true), now, token);
                        card.Status = CardStatus.Closed;
                        summary = $"카드 *{target.Last4}에 {Fmt.Won(c.VerifiedBalance ?? 0)} 충전";
                        break;
                    }
                default:
                    {
                        var designs = await db.CardDesigns.Where(d => d.ProgramId == card.ProgramId).ToListAsync(token);
                        var design = designs.FirstOrDefault(d => d.Id == command.DesignId) ?? designs.FirstOrDefault(d => d.Name == card.Design)
                            ?? throw new BusinessRuleException("새 카드 디자인을 선택하세요.");
                        if (CardReplacement.OutOfStock(design, designs) is { } stock) throw new BusinessRuleException(stock);
                        var deadline = CardIntakeRules.ReplacementDeadline(policy, today, calendar);
                        var address = await db.Members.Where(m => m.Id == c.MemberId).Select(m => m.Address).FirstAsync(token);
                        var replaced = await CardReplacement.IssueAsync(db, numbers, new ReplacementOrder(card, design, CarryBalance: true,
                            c.InspectedKind == DefectKind.Broken ? ShipmentMethod.Registered : ShipmentMethod.Ordinary, deadline.DueBy, deadline.Rule,
                            address, key, actor, now, today, null, CardReplacement.Validity(policy, card.ExpiresOn, expiryReplacement: false, today)), token);
                        card.Status = CardStatus.Replaced;
                        c.ReplacementCardId = replaced.NewCard.Id;
                        c.ReplacementDueBy = deadline.DueBy;
                        c.ReplacementDueRule = deadline.Rule;
                        await db.SaveChangesAsync(token);
                        if (warranty.Fee > 0)
                            await ReissueFeeCharge.ChargeAsync(db, c.MemberId, replaced.NewCard.Id, warranty.Fee, Idempotency.PostingKey("intake", c.CaseNo, "fee"), c.CaseNo, "불량 카드 교체 수수료", actor, now, token);
                        summary = $"카드 교체 *{replaced.NewCard.Last4} (잔액 {Fmt.Won(replaced.CarriedBalance)} 이전, 수수료 {Fmt.Won(warranty.Fee)}, 발송 기한 {deadline.DueBy:yyyy-MM-dd})";
                        break;
                    }
            }
            if (warranty.CardPriceRefund > 0)
            {
                var emoney = await SystemAccounts.MemberAccountAsync(db, c.MemberId, AccountKind.Emoney, token);
                var income = await SystemAccounts.IdAsync(db, AccountKind.FeeIncome, token);
                await LedgerPosting.PostAsync(db, new JournalRequest(EntryType.Adjustment, Idempotency.PostingKey("intake", c.CaseNo, "card-price"), now, actor, c.CaseNo,
                    "고장 카드 가격 환급 (003 캐시비 제9조①4)", [new PostingLine(income, -warranty.CardPriceRefund), new PostingLine(emoney.Id, warranty.CardPriceRefund)]), now, token);
                summary += $", 카드 가격 {Fmt.Won(warranty.CardPriceRefund)} e음머니 환급";
            }
            c.Settlement = command.Settlement;
            c.SettledAt = now;
            c.SettlementKey = clientKey;
            return summary;
        }, ct, repeatKey: clientKey);
    }

    public Task CloseAsync(long caseId, CancellationToken ct = default) =>
        StepAsync(caseId, IntakeTransitions.Close, async (db, c, card, actor, now, token) =>
        {
            // A case settled to the bank account closes once its refund has ended (paid, failed with the money back in
            // e-money, or rejected with the hold released), so the queue keeps showing a payout that is still under way.
            if (c.RefundRequestId is { } refundId
                && await db.RefundRequests.AsNoTracking().Where(r => r.Id == refundId).Select(r => new { r.RequestNo, r.Status }).SingleAsync(token) is var refund
                && refund.Status is RefundStatus.PendingApproval or RefundStatus.Approved or RefundStatus.InPayout)
                throw new BusinessRuleException($"환불 요청 {refund.RequestNo}이 아직 진행 중입니다 ({RefundNames.Of(refund.Status)}). 지급 완료·실패 또는 반려 후 종결하세요.");
            c.ClosedAt = now;
            return null;
        }, ct);

    private delegate Task<string?> Step(AppDbContext db, CardIntakeCase intake, Card card, Actor actor, DateTimeOffset now, CancellationToken ct);

    /// <summary>
    /// Applies one of <see cref="IntakeTransitions"/> to the case. With <paramref name="repeatKey"/> (a client key the
    /// step stores), a repeat of a step that already went through with that key returns quietly as the first one did.
    /// </summary>
    private async Task StepAsync(long caseId, Transition<CardIntakeCase, IntakeStatus> transition, Step step, CancellationToken ct, string? repeatKey = null)
    {
        var actor = await RequireAsync();
        await writer.ExecuteAsync(async (db, token) =>
        {
            var intake = await db.CardIntakeCases.FirstOrDefaultAsync(c => c.Id == caseId, token) ?? throw new BusinessRuleException("접수 건을 찾을 수 없습니다.");
            if (repeatKey is not null && intake.SettlementKey == repeatKey) return;
            IntakeTransitions.Table.Check(transition, intake, actor);
            var card = await db.Cards.Include(c => c.Program!).ThenInclude(p => p.Policies).SingleAsync(c => c.Id == intake.CardId, token);
            var before = new { intake.Status, card = card.Status };
            var now = clock.GetUtcNow();
            await IntakeTransitions.Table.ApplyAsync(db, transition, intake, actor, now, () => step(db, intake, card, actor, now, token),
                () => before, () => new { intake.Status, card = card.Status });
            card.Version++;
        }, ct);
    }

    private async Task<Actor> RequireAsync()
    {
        var actor = await currentActor.GetAsync();
        actor.Require(Permission.HandleCardIntake);
        return actor;
    }
}
