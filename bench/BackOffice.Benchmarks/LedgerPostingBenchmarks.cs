using BenchmarkDotNet.Attributes;

namespace BackOffice.Benchmarks;

/// <summary>The in-memory part of every ledger write: validation, invariants, balances after.</summary>
[MemoryDiagnoser]
public class LedgerPostingBenchmarks
{
    private readonly Dictionary<long, Account> _accounts = new()
    {
        [1] = new Account { Id = 1, Kind = AccountKind.CardBalance, Balance = 1_000_000_000 },
        [2] = new Account { Id = 2, Kind = AccountKind.MerchantSettlement },
        [3] = new Account { Id = 3, Kind = AccountKind.Cashback },
        [4] = new Account { Id = 4, Kind = AccountKind.CashbackFunding },
    };
    private readonly DateTimeOffset _now = DateTimeOffset.UtcNow;
    private int _n;

    [Benchmark]
    public JournalEntry PaymentWithCashback()
    {
        var key = "bench-" + _n++;
        _accounts[1].Balance = 1_000_000; // keep the card funded however many iterations run
        return LedgerPosting.Apply(new JournalRequest(EntryType.Payment, key, _now, Actor.System, key, "결제",
            [new PostingLine(1, -10_000), new PostingLine(2, 10_000), new PostingLine(3, 1_000), new PostingLine(4, -1_000)]), _accounts, _now);
    }
}
