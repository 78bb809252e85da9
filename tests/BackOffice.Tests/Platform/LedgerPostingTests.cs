namespace BackOffice.Tests.Platform;

public class LedgerPostingTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 10, 0, 0, TimeSpan.FromHours(9));

    private static (Dictionary<long, Account> Accounts, Account Card, Account Funding) Book(long cardBalance = 0, DateTimeOffset? stoppedAt = null)
    {
        var card = new Account { Id = 1, Kind = AccountKind.CardBalance, Balance = cardBalance, Card = new Card { Last4 = "1234", StoppedAt = stoppedAt } };
        var funding = new Account { Id = 2, Kind = AccountKind.FundingClearing, Balance = -cardBalance };
        return (new Dictionary<long, Account> { [1] = card, [2] = funding }, card, funding);
    }

    private static JournalRequest Request(long amount, DateTimeOffset? at = null, string key = "k1") =>
        new(EntryType.TopUp, key, at ?? Now, Actor.System, "ref", "충전", [new PostingLine(1, amount), new PostingLine(2, -amount)]);

    [Fact]
    public void A_top_up_moves_money_and_records_the_balance_after_each_posting()
    {
        var (accounts, card, funding) = Book(10_000);
        var entry = LedgerPosting.Apply(Request(5_000), accounts, Now);

        Assert.Equal(15_000, card.Balance);
        Assert.Equal(-15_000, funding.Balance);
        Assert.Equal(0, entry.Postings.Sum(p => p.Amount));
        Assert.Equal([15_000L, -15_000L], entry.Postings.Select(p => p.BalanceAfter));
    }

    [Fact]
    public void Member_money_never_goes_negative()
    {
        var (accounts, card, _) = Book(3_000);
        var error = Assert.Throws<LedgerRejectedException>(() => LedgerPosting.Apply(Request(-5_000), accounts, Now));
        Assert.Equal("잔액이 부족합니다 (잔액 3,000원, 요청 5,000원).", error.Message);
        Assert.Equal(3_000, card.Balance); // nothing changed
    }

    [Fact]
    public void A_stopped_card_refuses_anything_stamped_at_or_after_the_stop()
    {
        var (accounts, card, _) = Book(10_000, stoppedAt: Now);
        Assert.Throws<LedgerRejectedException>(() => LedgerPosting.Apply(Request(1_000, Now), accounts, Now));
        Assert.Throws<LedgerRejectedException>(() => LedgerPosting.Apply(Request(1_000, Now.AddSeconds(1), "k2"), accounts, Now));

        // A payment stamped a second before the report still counts (it happened while the card was valid).
        LedgerPosting.Apply(Request(-1_000, Now.AddSeconds(-1), "k3"), accounts, Now);
        Assert.Equal(9_000, card.Balance);
    }

    [Fact]
    public void The_sweep_that_stops_a_card_may_move_its_balance()
    {
        var (accounts, card, _) = Book(10_000, stoppedAt: Now);
        var sweep = Request(-10_000, Now) with { Type = EntryType.LostCardSweep, AllowStoppedCard = true };
        LedgerPosting.Apply(sweep, accounts, Now);
        Assert.Equal(0, card.Balance);
    }

    public static TheoryData<string, PostingLine[], string> Invalid => new()
    {
        { "k", [new PostingLine(1, 100), new PostingLine(2, -90)], "분개의 합계가 0이 아닙니다 (10원)." },
        { "k", [new PostingLine(1, 0), new PostingLine(2, 0)], "0원 기입은 허용되지 않습니다." },
        { "k", [new PostingLine(1, 100)], "분개에는 두 개 이상의 기입이 필요합니다." },
        { "", [new PostingLine(1, 100), new PostingLine(2, -100)], "멱등성 키가 없습니다." },
        { "k", [new PostingLine(1, 20_000_000_000), new PostingLine(2, -20_000_000_000)], "금액이 한도(10,000,000,000원)를 넘습니다." },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Malformed_entries_are_refused_with_a_reason(string key, PostingLine[] lines, string message)
    {
        var (accounts, card, _) = Book(1_000);
        var request = new JournalRequest(EntryType.Adjustment, key, Now, Actor.System, "", "", lines);
        var error = Assert.Throws<LedgerRejectedException>(() => LedgerPosting.Apply(request, accounts, Now));
        Assert.Equal(message, error.Message);
        Assert.Equal(1_000, card.Balance);
    }
}
