namespace BackOffice.Data.Credits;

/// <summary>
/// A top-up's state change with its money, the same for every source (the member app, the gateway's settlement file,
/// the deposit file, staff, the auto-cancel job): <see cref="TopUpLog.Move"/>, then at 승인완료 or 결제완료 the credits
/// (<see cref="TopUpMoney.CreditAsync"/>), and at 매입실패 or a cancelled approval the credits taken back
/// (<see cref="TopUpMoney.ReverseAsync"/>). In the caller's transaction.
/// </summary>
public static class TopUpSteps
{
    public static async Task<TopUpEvent> ApplyAsync(AppDbContext db, CreditTopUp topUp, TopUpStatus to, Actor actor, DateTimeOffset at,
        string text, string source, string reason = "", CancellationToken ct = default)
    {
        var step = TopUpLog.Move(db, topUp, to, actor, at, text, source);
        switch (to)
        {
            case TopUpStatus.Approved or TopUpStatus.Paid:
                if (to == TopUpStatus.Paid) topUp.PaidAt = at;
                if (topUp.CreditEntryId is null) await TopUpMoney.CreditAsync(db, topUp, actor, at, ct);
                break;
            case TopUpStatus.PurchaseReturned:
                topUp.ReturnReason = reason;
                break;
            case TopUpStatus.PurchaseFailed or TopUpStatus.ApprovalCancelled or TopUpStatus.DepositCancelled:
                topUp.ReturnReason = reason;
                if (topUp.CreditEntryId is not null && topUp.ReversalEntryId is null)
                {
                    var reversed = await TopUpMoney.ReverseAsync(db, topUp, actor, at, reason, ct);
                    var taken = reversed?.Takes.Sum(t => t.Amount) ?? 0;
                    if (taken < topUp.Amount)
                    {
                        TopUpLog.Note(db, topUp, actor, at,
                            $"충전 크레딧 {topUp.Amount:N0} C 중 {taken:N0} C 회수, 이미 사용된 {topUp.Amount - taken:N0} C는 회수하지 못했습니다 (고객 지원 확인 필요, 001 §2.3.1).",
                            source);
                    }
                }
                break;
        }
        return step;
    }
}
