using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Features.Refunds;

/// <summary>
/// Loads what the refund rules need (card, its postings, the policy in force, the charge) from the ledger, asks
/// <see cref="RefundEligibility"/>, and says which postings the hold would write. Preview and filing share it; filing
/// runs it inside the write transaction, so a payment that got in first is seen.
/// </summary>
internal sealed record RefundAssessment(Member Member, Card? Card, ProgramPolicy Policy, RefundDecision Decision, IReadOnlyList<PostingLine> HoldSources)
{
    private static readonly RefundStatus[] Open = [RefundStatus.PendingApproval, RefundStatus.Approved, RefundStatus.InPayout];

    /// <param name="fromIntake">
    /// The damaged-card intake files the defect refund of a card it has stopped (status <see cref="CardStatus.Defective"/>);
    /// every other filing needs an active or expired card.
    /// </param>
    public static async Task<RefundAssessment> RunAsync(AppDbContext db, RefundTarget target, DateTimeOffset now, DateOnly today, CancellationToken ct,
        bool fromIntake = false)
    {
        var member = await db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.Id == target.MemberId, ct)
            ?? throw new BusinessRuleException("회원을 찾을 수 없습니다.");
        if (member.Status == MemberStatus.Withdrawn)
            throw new BusinessRuleException("탈퇴한 회원은 환불을 신청할 수 없습니다 (탈퇴 시 잔액 소멸, 001 §5).");
        if (!Enum.IsDefined(target.Kind)) throw new BusinessRuleException("환불 유형을 선택하세요.");
        return target.Kind == RefundKind.BeforeWithdrawal
            ? await WholeMemberAsync(db, member, now, today, ct)
            : await OneCardAsync(db, member, target, now, today, ct, fromIntake);
    }

    private static async Task<RefundAssessment> OneCardAsync(AppDbContext db, Member member, RefundTarget target, DateTimeOffset now, DateOnly today, CancellationToken ct,
        bool fromIntake)
    {
        var card = await db.Cards.AsNoTracking().Include(c => c.Program!).ThenInclude(p => p.Policies)
            .FirstOrDefaultAsync(c => c.Id == target.CardId && c.MemberId == member.Id, ct)
            ?? throw new BusinessRuleException("이 회원의 카드를 선택하세요.");
        var policy = PolicySelector.InForce(card.Program!.Policies, today);
        if (!fromIntake && card.Status is CardStatus.Lost or CardStatus.Stolen)
            throw new BusinessRuleException(LostCardRefusal(card, policy));
        // A member's suspension stops the cards but not the refund of their balance (003 하나로 제25조④2).
        if (fromIntake ? card.Status != CardStatus.Defective || target.Kind != RefundKind.DisasterOrDefect : card.Status is not (CardStatus.Active or CardStatus.Expired or CardStatus.Suspended))
            throw new BusinessRuleException($"{EntryTypeNames.Of(card.Status)} 상태의 카드는 환불을 신청할 수 없습니다. 불량 카드는 불량 접수에서 정산합니다.");
        // A recovered lost card is in use again, but where the terms pay nothing for a lost card and say nothing of one
        // found again (003 캐시비 제9조②), its balance is still not refunded; 하나로 제11조5 refunds it.
        if (!fromIntake && !policy.RecoveredLostCardRefundable && policy.LostCardHandling == LostCardBalanceHandling.None
            && await db.Set<CardRecovery>().AnyAsync(r => r.CardId == card.Id, ct))
            throw new BusinessRuleException($"분실·도난 신고 후 회수한 카드의 잔액은 환불하지 않습니다 ({RefundEligibility.Cite(policy, nameof(ProgramPolicy.LostCardHandling))}).");
        var open = await db.RefundRequests.AsNoTracking().Where(r => r.CardId == card.Id && Open.Contains(r.Status)).Select(r => new { r.RequestNo, r.Status }).FirstOrDefaultAsync(ct);
        if (open is not null) throw new BusinessRuleException($"이 카드에 진행 중인 환불 요청이 있습니다 ({open.RequestNo}, {RefundNames.Of(open.Status)}).");

        // Looked up, never created: the preview reads only. Tracked, so a hold saves against the version read here.
        var account = await db.Accounts.FirstOrDefaultAsync(a => a.CardId == card.Id && a.Kind == AccountKind.CardBalance, ct)
            ?? new Account { CardId = card.Id, MemberId = member.Id, Kind = AccountKind.CardBalance };
        var postings = await db.Postings.AsNoTracking().Where(p => p.AccountId == account.Id)
            .Select(p => new CardPosting(p.JournalEntryId, p.JournalEntry!.OccurredAt, p.JournalEntry.Type, p.Amount, p.BalanceAfter))
            .ToListAsync(ct);
        var (charge, chargeLines) = target.Kind == RefundKind.ChargeCancel ? await ChargeAsync(db, account.Id, target.ChargeEntryId, ct) : (null, []);
        var refundCase = new RefundCase(target.Kind, target.Channel, now, account.Balance, CardHistory.Movements(postings), card.ExpiresOn,
            card.Status == CardStatus.Active && card.ExpiresOn >= today, CardHistory.LastUsed(postings),
            CardHistory.SoldOrCharged(KoreanTime.StartOfDay(card.IssuedOn), postings), charge, card.FaceValue);
        var decision = RefundEligibility.Decide(refundCase, policy);

        List<PostingLine> sources = [];
        if (decision.Eligible)
        {
            if (target.Kind == RefundKind.ChargeCancel)
            {
                // The whole charge leaves the card (no partial cancel); a discount goes back to whoever funded it (002).
                sources.Add(new PostingLine(account.Id, -charge!.ChargedAmount));
                sources.AddRange(chargeLines);
            }
            else
            {
                sources.Add(new PostingLine(account.Id, -account.Balance));
                if (account.Balance > decision.Amount) // expired card: the part above 90 % is forfeited (000 환불)
                    sources.Add(new PostingLine(await SystemAccounts.IdAsync(db, AccountKind.Forfeited, ct), account.Balance - decision.Amount));
            }
        }
        return new RefundAssessment(member, card, policy, decision, sources);
    }

    /// <summary>
    /// Why a card reported lost or stolen is not refunded, as the program's terms say: by
    /// <see cref="ProgramPolicy.LostCardHandling"/>, <see cref="ProgramPolicy.RecoveredLostCardRefundable"/> and whether the
    /// card is registered, each with the clause the policy cites. A recovered card is first set back to active (회수 처리);
    /// then the normal refund applies.
    /// </summary>
    internal static string LostCardRefusal(Card card, ProgramPolicy policy)
    {
        var handling = RefundEligibility.Cite(policy, nameof(ProgramPolicy.LostCardHandling));
        return policy.LostCardHandling switch
        {
            LostCardBalanceHandling.MoveToEmoney when card.IsRegistered => $"잔액은 분실 신고 때 e음머니로 옮겨졌습니다 ({handling}). e음머니 잔액을 확인하세요.",
            LostCardBalanceHandling.MoveToEmoney => $"등록되지 않은 카드의 분실은 현금 분실과 같아 환불할 수 없습니다 ({handling}).",
            LostCardBalanceHandling.CarryToReissuedCard => $"분실·도난 신고 당시의 잔액은 재발급 카드로 옮겨집니다 ({handling}). 재발급 카드에서 환불을 신청하세요.",
            _ when policy.RecoveredLostCardRefundable =>
                $"분실·도난 신고 카드는 환불할 수 없습니다 ({handling}). 카드를 회수했다면 회수 처리 후 정상·불량 카드로 환불합니다 ({RefundEligibility.Cite(policy, nameof(ProgramPolicy.RecoveredLostCardRefundable))}).",
            _ => $"분실·도난 카드의 잔액과 카드 값은 환불할 수 없습니다 ({handling}).",
        };
    }

    /// <summary>The top-up to cancel: what reached the card, what the member paid, and who funded any discount.</summary>
    private static async Task<(ChargeToCancel?, List<PostingLine>)> ChargeAsync(AppDbContext db, long cardAccountId, long? entryId, CancellationToken ct)
    {
        if (entryId is null) return (null, []);
        var entry = await db.JournalEntries.AsNoTracking().Include(e => e.Postings).ThenInclude(p => p.Account)
            .FirstOrDefaultAsync(e => e.Id == entryId && e.Type == EntryType.TopUp && e.Postings.Any(p => p.AccountId == cardAccountId), ct)
            ?? throw new BusinessRuleException("이 카드의 충전 건을 선택하세요.");
        var taken = await db.RefundRequests.AsNoTracking()
            .Where(r => r.ChargeEntryId == entryId && r.Status != RefundStatus.Rejected && r.Status != RefundStatus.Ineligible)
            .Select(r => r.RequestNo).FirstOrDefaultAsync(ct);
        if (taken is not null) throw new BusinessRuleException($"이미 취소 요청된 충전입니다 ({taken}).");
        var charged = entry.Postings.Single(p => p.AccountId == cardAccountId).Amount;
        var paid = -entry.Postings.Where(p => p.Account!.Kind == AccountKind.FundingClearing).Sum(p => p.Amount);
        var discountLines = entry.Postings.Where(p => p.AccountId != cardAccountId && p.Account!.Kind != AccountKind.FundingClearing)
            .Select(p => new PostingLine(p.AccountId, -p.Amount)).ToList();
        return (new ChargeToCancel(entry.Id, entry.OccurredAt, charged, paid), discountLines);
    }

    /// <summary>
    /// Before withdrawal every card balance and the e-money are refunded (001 §5: they are forfeited at withdrawal); cashback
    /// is reward money for payments (000 캐시) and is not refunded. A suspended member's cards count too (003 하나로 제25조④2).
    /// <para>One request pays everything to the member's own bank account, so the terms that decide it are those of a
    /// program that refunds to a bank account: among the member's cards (main card first), the policy in force whose
    /// <see cref="RefundChannel.BankAccount"/> channel costs the member least (LOCAL 000 환불: no fee, 3 business days) —
    /// not simply the main card's, which for a 캐시비 card has no bank channel and for a 하나로 card charges 2 %. Only when
    /// no card's program pays to an account is the main card's policy used, and the rules then refuse the channel.</para>
    /// </summary>
    private static async Task<RefundAssessment> WholeMemberAsync(AppDbContext db, Member member, DateTimeOffset now, DateOnly today, CancellationToken ct)
    {
        var open = await db.RefundRequests.AsNoTracking().Where(r => r.MemberId == member.Id && Open.Contains(r.Status)).Select(r => r.RequestNo).FirstOrDefaultAsync(ct);
        if (open is not null) throw new BusinessRuleException($"진행 중인 환불 요청({open})이 끝난 뒤 탈퇴 전 환불을 신청하세요.");
        var cards = await db.Cards.AsNoTracking().Include(c => c.Program!).ThenInclude(p => p.Policies)
            .Where(c => c.MemberId == member.Id).OrderByDescending(c => c.IsMain).ThenBy(c => c.Id).ToListAsync(ct);
        if (cards.Count == 0) throw new BusinessRuleException("회원에게 카드가 없습니다.");
        // Tracked: the hold then saves against the versions read here, so money that moved meanwhile forces a retry.
        var accounts = await db.Accounts
            .Where(a => a.MemberId == member.Id && a.Balance > 0 && (a.Kind == AccountKind.CardBalance || (a.Kind == AccountKind.Emoney && a.CardId == null)))
            .OrderBy(a => a.Kind).ThenBy(a => a.Id).ToListAsync(ct);
        var stopped = cards.Where(c => c.Status is not (CardStatus.Active or CardStatus.Expired or CardStatus.Suspended)).Select(c => c.Id).ToHashSet();
        accounts = accounts.Where(a => a.CardId is null || !stopped.Contains(a.CardId.Value)).ToList();
        var (deciding, policy) = BankAccountTerms(cards, today);
        var total = accounts.Sum(a => a.Balance);
        var refundCase = new RefundCase(RefundKind.BeforeWithdrawal, RefundChannel.BankAccount, now, total, [], deciding.ExpiresOn, true, null,
            KoreanTime.StartOfDay(deciding.IssuedOn));
        var decision = RefundEligibility.Decide(refundCase, policy);
        var parts = accounts.Select(a => a.CardId is { } id ? $"카드 *{cards.First(c => c.Id == id).Last4} {KoreanWon.Format(a.Balance)}" : $"e음머니 {KoreanWon.Format(a.Balance)}");
        decision = decision with
        {
            Explanation = $"{(accounts.Count == 0 ? "환불할 잔액 없음" : string.Join(" + ", parts))} · {decision.Explanation} · 적용 약관: {deciding.Program!.Name} 계좌 환불 · 캐시는 결제 리워드(000 캐시)로 환불 대상 아님 (운영 정책)",
        };
        var sources = decision.Eligible ? accounts.Select(a => new PostingLine(a.Id, -a.Balance)).ToList() : [];
        return new RefundAssessment(member, null, policy, decision, sources);
    }

    /// <summary>The card whose program's bank-account refund applies to the whole-member refund (see <see cref="WholeMemberAsync"/>).</summary>
    internal static (Card Card, ProgramPolicy Policy) BankAccountTerms(IReadOnlyList<Card> cardsMainFirst, DateOnly today)
    {
        var candidates = cardsMainFirst.Select(c => (Card: c, Policy: PolicySelector.InForce(c.Program!.Policies, today))).ToList();
        var bank = candidates.Where(x => x.Policy.ChannelRule(RefundChannel.BankAccount) is not null)
            .OrderBy(x => x.Policy.ChannelRule(RefundChannel.BankAccount)!.FeeKind == RefundFeeKind.None ? 0 : 1)
            .ToList(); // stable: main card first among equals
        return bank.Count > 0 ? bank[0] : candidates[0];
    }
}
