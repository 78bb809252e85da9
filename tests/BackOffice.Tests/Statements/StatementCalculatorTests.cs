namespace BackOffice.Tests.Statements;

/// <summary>The statement arithmetic (003 캐시비 제13조①, 하나로 제16조①): opening + movements = closing, per account and in total.</summary>
public class StatementCalculatorTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 1, 0, 0, 0, KoreanTime.Offset);

    public static TheoryData<string, long[], long[], long, long, long> Rows => new()
    {
        // clause, openings (accounts 1, 2), amounts on account 1, expected in, out, closing (total)
        { "운영 정책: 거래 없는 기간은 기초 = 기말", [5_000, 0], [], 0, 0, 5_000 },
        { "003 캐시비 제13조①: 충전과 결제", [0, 0], [10_000, -3_000, -2_500], 10_000, 5_500, 4_500 },
        { "003 하나로 제16조①2: 결제 취소는 입금", [1_000, 2_000], [-1_000, 1_000], 1_000, 1_000, 3_000 },
        { "운영 정책: 두 계정의 합계", [7_000, 3_000], [-7_000], 0, 7_000, 3_000 },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Opening_plus_movements_is_closing(string clause, long[] openings, long[] amounts, long moneyIn, long moneyOut, long closing)
    {
        var opening = new Dictionary<long, long> { [1] = openings[0], [2] = openings[1] };
        var movements = amounts.Select((a, i) => new StatementMovement(i + 1, 1, T0.AddHours(i), a > 0 ? EntryType.TopUp : EntryType.Payment, a, "", ""));

        var result = StatementCalculator.Build(opening, movements);

        Assert.True(result.Balances, clause);
        Assert.Equal(openings.Sum(), result.Opening);
        Assert.Equal(moneyIn, result.MoneyIn);
        Assert.Equal(moneyOut, result.MoneyOut);
        Assert.Equal(closing, result.Closing);
        Assert.Equal(amounts.Length, result.Lines.Count);
    }

    [Fact]
    public void Lines_run_in_time_order_and_each_shows_its_accounts_balance_after()
    {
        var opening = new Dictionary<long, long> { [1] = 1_000, [2] = 500 };
        // Given out of order: the later payment first, and a movement on the second account between.
        var movements = new[]
        {
            new StatementMovement(3, 1, T0.AddHours(2), EntryType.Payment, -400, "가게", ""),
            new StatementMovement(1, 1, T0, EntryType.TopUp, 2_000, "", "충전"),
            new StatementMovement(2, 2, T0.AddHours(1), EntryType.CardToEmoney, 100, "", "전환"),
        };

        var result = StatementCalculator.Build(opening, movements);

        Assert.Equal([3_000L, 600L, 2_600L], result.Lines.Select(l => l.BalanceAfter));
        Assert.Equal([1L, 2L, 1L], result.Lines.Select(l => l.AccountId));
        Assert.Equal(2_600, result.Accounts.Single(a => a.AccountId == 1).Closing);
        Assert.Equal(600, result.Accounts.Single(a => a.AccountId == 2).Closing);
        Assert.Equal(3_200, result.Closing);
    }

    public static TheoryData<string, DateOnly, DateOnly, string?> Periods => new()
    {
        { "운영 정책: 하루", new DateOnly(2026, 3, 10), new DateOnly(2026, 3, 10), null },
        { "운영 정책: 시작 > 종료", new DateOnly(2026, 3, 11), new DateOnly(2026, 3, 10), "조회 시작일이 종료일보다 늦습니다." },
        { "운영 정책: 미래", new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 11), "종료일은 오늘 이후일 수 없습니다." },
        { "003 하나로 제16조①: 5년", new DateOnly(2021, 3, 10), new DateOnly(2026, 3, 10), null },
        { "003 캐시비 제13조⑤: 5년 넘게", new DateOnly(2021, 3, 9), new DateOnly(2026, 3, 10), "거래내역은 최근 5년까지만 발급할 수 있습니다 (003 캐시비 제13조⑤, 하나로 제16조①)." },
    };

    [Theory]
    [MemberData(nameof(Periods))]
    public void Period_rules(string clause, DateOnly from, DateOnly to, string? problem) =>
        Assert.True(problem == StatementCalculator.PeriodProblem(from, to, new DateOnly(2026, 3, 10)), clause);
}
