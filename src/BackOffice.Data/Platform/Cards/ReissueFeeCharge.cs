namespace BackOffice.Data.Platform.Cards;

/// <summary>
/// Takes a reissue fee in the caller's transaction: from e-money first, then from the new card. A member who has
/// neither is told so, and the caller's whole command rolls back.
/// </summary>
public static class ReissueFeeCharge
{
    public static async Task ChargeAsync(AppDbContext db, long memberId, long newCardId, long fee, string idempotencyKey, string reference,
        string description, Actor actor, DateTimeOffset now, CancellationToken ct, EntryType type = EntryType.ReissueFee)
    {
        var emoney = await SystemAccounts.MemberAccountAsync(db, memberId, AccountKind.Emoney, ct);
        var card = await SystemAccounts.CardAccountAsync(db, newCardId, ct);
        var source = emoney.Balance >= fee ? emoney : card.Balance >= fee ? card : null;
        if (source is null)
            throw new BusinessRuleException($"수수료 {Won(fee)}을 낼 잔액이 없습니다 (e음머니 {Won(emoney.Balance)}, 새 카드 {Won(card.Balance)}). 수수료 면제를 요청하거나 충전 후 다시 시도하세요.");
        var income = await SystemAccounts.IdAsync(db, AccountKind.FeeIncome, ct);
        await LedgerPosting.PostAsync(db, new JournalRequest(type, idempotencyKey, now, actor, reference,
            $"{description}, {(source == emoney ? "e음머니" : "새 카드")}에서",
            [new PostingLine(source.Id, -fee), new PostingLine(income, fee)]), now, ct);
    }

    private static string Won(long amount) => KoreanWon.Format(amount);
}
