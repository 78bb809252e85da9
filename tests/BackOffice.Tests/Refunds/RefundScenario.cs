using Microsoft.EntityFrameworkCore;

namespace BackOffice.Tests.Refunds;

/// <summary>A member and card with an exact history, written through the real ledger, so each test states its numbers.</summary>
public sealed record TestCard(long MemberId, long CardId, long AccountId);

public static class RefundScenario
{
    private static readonly Actor CardNetwork = new("card-network", "카드망", new HashSet<string>());
    private static int _seq;

    public static async Task<TestCard> NewCardAsync(Harness h, string program = ProgramPresets.LocalCurrency, string holder = "정환불",
        DateOnly? expiresOn = null, DateOnly? issuedOn = null)
    {
        var seq = Interlocked.Increment(ref _seq) + Random.Shared.Next(0, 1000) * 1000;
        await using var db = await h.DbAsync();
        var programId = await db.Programs.Where(p => p.Code == program).Select(p => p.Id).SingleAsync();
        var number = CardNumber.WithCheckDigit($"949{seq:D12}");
        var issued = issuedOn ?? new DateOnly(2025, 6, 1);
        var member = new Member
        {
            MemberNo = $"T{seq:D8}",
            Name = "정환불",
            Phone = "01099990000",
            Email = "refund@example.com",
            Address = "인천광역시 서구",
            BirthDate = new DateOnly(1990, 1, 1),
            BankName = "국민은행",
            BankAccountHolder = holder,
            JoinedAt = h.Clock.GetUtcNow().AddDays(-400),
            Cards = [new Card { ProgramId = programId, IsRegistered = true, IsMain = true, Design = "기본", IssuedOn = issued, ExpiresOn = expiresOn ?? issued.AddYears(5) }],
        };
        var numbers = h.Get<NumberKeyRing>();
        numbers.SetBankAccount(member, "12345678901234");
        numbers.SetNumber(member.Cards[0], number);
        db.Members.Add(member);
        await db.SaveChangesAsync();
        var account = new Account { MemberId = member.Id, CardId = member.Cards[0].Id, Kind = AccountKind.CardBalance };
        db.Accounts.Add(account);
        await db.SaveChangesAsync();
        return new TestCard(member.Id, member.Cards[0].Id, account.Id);
    }

    public static DateTimeOffset DaysAgo(Harness h, double days) => h.Clock.GetUtcNow().AddDays(-days);

    /// <summary>A top-up; with a discount the operator's cashback budget pays the difference (member paid less than charged).</summary>
    public static Task<long> TopUpAsync(Harness h, TestCard card, long amount, DateTimeOffset at, long discount = 0) =>
        PostAsync(h, EntryType.TopUp, at, async db => discount == 0
            ? [new(card.AccountId, amount), new(await SystemAccounts.IdAsync(db, AccountKind.FundingClearing), -amount)]
            : [new(card.AccountId, amount), new(await SystemAccounts.IdAsync(db, AccountKind.FundingClearing), -(amount - discount)),
                new(await SystemAccounts.IdAsync(db, AccountKind.CashbackFunding), -discount)]);

    public static Task<long> PayAsync(Harness h, TestCard card, long amount, DateTimeOffset at) =>
        PostAsync(h, EntryType.Payment, at, async db => [new(card.AccountId, -amount), new(await SystemAccounts.IdAsync(db, AccountKind.MerchantSettlement), amount)]);

    public static Task<long> CancelPaymentAsync(Harness h, TestCard card, long amount, DateTimeOffset at) =>
        PostAsync(h, EntryType.PaymentCancel, at, async db => [new(card.AccountId, amount), new(await SystemAccounts.IdAsync(db, AccountKind.MerchantSettlement), -amount)]);

    public static Task<long> MoveAsync(Harness h, TestCard card, long toCard, DateTimeOffset at) =>
        PostAsync(h, toCard > 0 ? EntryType.EmoneyToCard : EntryType.CardToEmoney, at, async db =>
        {
            var emoney = await SystemAccounts.MemberAccountAsync(db, card.MemberId, AccountKind.Emoney);
            return [new(card.AccountId, toCard), new(emoney.Id, -toCard)];
        });

    public static Task<long> EmoneyTopUpAsync(Harness h, TestCard card, long amount, DateTimeOffset at) =>
        PostAsync(h, EntryType.EmoneyTopUp, at, async db =>
        {
            var emoney = await SystemAccounts.MemberAccountAsync(db, card.MemberId, AccountKind.Emoney);
            return [new(emoney.Id, amount), new(await SystemAccounts.IdAsync(db, AccountKind.FundingClearing), -amount)];
        });

    private static Task<long> PostAsync(Harness h, EntryType type, DateTimeOffset at, Func<AppDbContext, Task<List<PostingLine>>> lines) =>
        h.Writer.ExecuteAsync(async (db, ct) =>
        {
            var request = new JournalRequest(type, $"test:{Guid.NewGuid():N}", at, CardNetwork, "test", type.ToString(), await lines(db));
            var result = await LedgerPosting.PostAsync(db, request, h.Clock.GetUtcNow(), ct);
            await db.SaveChangesAsync(ct);
            return result.Entry.Id;
        });

    public static async Task<long> BalanceAsync(Harness h, long memberId, AccountKind kind)
    {
        await using var db = await h.DbAsync();
        return await db.Accounts.Where(a => a.MemberId == memberId && a.Kind == kind).SumAsync(a => a.Balance);
    }

    public static async Task<RefundRequest> RequestAsync(Harness h, string requestNo)
    {
        await using var db = await h.DbAsync();
        return await db.RefundRequests.AsNoTracking().SingleAsync(r => r.RequestNo == requestNo);
    }

    public static Task<RefundFiled> FileAsync(Harness h, TestCard card, RefundKind kind, long? chargeEntryId = null, string? key = null) =>
        h.Get<RefundService>().FileAsync(new FileRefundCommand(new RefundTarget(card.MemberId, kind == RefundKind.BeforeWithdrawal ? null : card.CardId, kind, chargeEntryId),
            "테스트 신청", key ?? Guid.NewGuid().ToString("N")));

    public static async Task AssertLedgerConsistentAsync(Harness h)
    {
        await using var db = await h.DbAsync();
        var report = await LedgerConsistencyCheck.RunAsync(db);
        Assert.True(report.IsConsistent, $"mismatches {report.Mismatches.Count}, unbalanced {report.UnbalancedEntries.Count}, negative {report.NegativeMemberBalances}");
    }
}
