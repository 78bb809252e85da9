using Microsoft.EntityFrameworkCore;

namespace BackOffice.Tests.Platform;

/// <summary>
/// Issue 10 §1: only the refund workflow's payout may touch the payout account. Every <see cref="EntryType"/> value is
/// tried against the payout account, in the pure ledger and through the database; only the allowed ones pass.
/// </summary>
public class PayoutAccountGuardTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 10, 0, 0, TimeSpan.FromHours(9));
    private const string Refusal = "지급 계정에는 환불 지급만 기입할 수 있습니다. 지급은 환불 요청(보류·재무 승인·배치·이체 파일)을 거쳐야 합니다.";

    public static TheoryData<EntryType> EveryEntryType() => [.. Enum.GetValues<EntryType>()];

    public static TheoryData<string> Providers => TestDatabase.Providers();

    [Fact]
    public void Only_the_refund_payout_is_allowed()
    {
        Assert.Equal([EntryType.RefundPayout], LedgerPosting.PayoutEntryTypes.Order());
    }

    [Theory]
    [MemberData(nameof(EveryEntryType))]
    public void Every_entry_type_but_the_refund_payout_is_refused_on_the_payout_account_either_way(EntryType type)
    {
        foreach (var sign in new[] { 1L, -1L })
        {
            var payout = new Account { Id = 1, Kind = AccountKind.RefundPayout, SystemCode = SystemAccounts.CodeOf(AccountKind.RefundPayout) };
            var income = new Account { Id = 2, Kind = AccountKind.FeeIncome, SystemCode = SystemAccounts.CodeOf(AccountKind.FeeIncome) };
            var accounts = new Dictionary<long, Account> { [1] = payout, [2] = income };
            var request = new JournalRequest(type, $"guard:{type}:{sign}", Now, Actor.System, "ref", type.ToString(),
                [new PostingLine(1, sign * 1_000), new PostingLine(2, -sign * 1_000)]);
            if (LedgerPosting.PayoutEntryTypes.Contains(type))
            {
                LedgerPosting.Apply(request, accounts, Now);
                Assert.Equal(sign * 1_000, payout.Balance);
            }
            else
            {
                Assert.Equal(Refusal, Assert.Throws<LedgerRejectedException>(() => LedgerPosting.Apply(request, accounts, Now)).Message);
                Assert.Equal(0, payout.Balance);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Through_the_database_every_entry_type_is_tried_and_only_the_refund_payout_reaches_the_payout_account(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var written = new List<EntryType>();
        foreach (var type in Enum.GetValues<EntryType>())
        {
            var outcome = await Race.TryAsync(() => h.Writer.ExecuteAsync(async (db, ct) =>
            {
                var payout = await SystemAccounts.IdAsync(db, AccountKind.RefundPayout, ct);
                var funding = await SystemAccounts.IdAsync(db, AccountKind.FundingClearing, ct);
                await LedgerPosting.PostAsync(db, new JournalRequest(type, $"guard:{type}", Now, TestActor.Finance, "guard", type.ToString(),
                    [new PostingLine(payout, 500), new PostingLine(funding, -500)]), Now, ct);
                await db.SaveChangesAsync(ct);
                return true;
            }));
            if (outcome is null) written.Add(type);
            else Assert.Equal(Refusal, outcome);
        }
        Assert.Equal([EntryType.RefundPayout], written);
        await using var check = await h.DbAsync();
        var code = SystemAccounts.CodeOf(AccountKind.RefundPayout);
        Assert.Equal(500, await check.Accounts.Where(a => a.SystemCode == code).Select(a => a.Balance).SingleAsync());
        Assert.Equal([EntryType.RefundPayout], await check.JournalEntries.Where(e => e.Reference == "guard").Select(e => e.Type).ToListAsync());
    }
}
