using Microsoft.EntityFrameworkCore;

namespace BackOffice.Tests.Members;

public class MemberQueriesTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Every_search_finds_the_known_member_and_shows_only_masked_data(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 30);
        var queries = h.Get<MemberQueries>();
        var cardNumber = CardNumber.WithCheckDigit("941022000000001");

        foreach (var criteria in new[]
        {
            new MemberSearchCriteria(MemberSearchKind.Phone, "01012345678"),
            new MemberSearchCriteria(MemberSearchKind.CardNumber, cardNumber),
            new MemberSearchCriteria(MemberSearchKind.CardLast4AndName, cardNumber[^4..], "홍길동"),
            new MemberSearchCriteria(MemberSearchKind.MemberNo, "M00000001"),
            new MemberSearchCriteria(MemberSearchKind.Name, "홍길동"),
        })
        {
            var page = await queries.SearchAsync(criteria, 0, 20);
            var row = Assert.Single(page.Rows, r => r.MemberNo == "M00000001");
            Assert.Equal("홍*동", row.MaskedName);
            Assert.Equal("010-****-5678", row.MaskedPhone);
        }

        var nobody = await queries.SearchAsync(new MemberSearchCriteria(MemberSearchKind.CardLast4AndName, cardNumber[^4..], "김없음"), 0, 20);
        Assert.Empty(nobody.Rows);
        var prefixOnly = await queries.SearchAsync(new MemberSearchCriteria(MemberSearchKind.Name, "홍길"), 0, 20);
        Assert.Empty(prefixOnly.Rows); // names match whole
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Keyset_pages_walk_the_whole_history_without_gaps_or_repeats(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 5);
        var queries = h.Get<MemberQueries>();
        await using var db = await h.DbAsync();
        var memberId = await db.Members.Where(m => m.MemberNo == "M00000001").Select(m => m.Id).SingleAsync();
        var expected = await db.Postings.CountAsync(p => p.Account!.MemberId == memberId);

        var seen = new List<TransactionRow>();
        TransactionCursor? cursor = null;
        do
        {
            var page = await queries.GetTransactionsAsync(memberId, new TransactionFilter(), cursor, 7);
            seen.AddRange(page.Rows);
            cursor = page.Next;
        } while (cursor is not null);

        Assert.Equal(expected, seen.Count);
        Assert.Equal(seen.Count, seen.Select(r => r.PostingId).Distinct().Count());
        Assert.Equal(seen.OrderByDescending(r => r.OccurredAt).ThenByDescending(r => r.PostingId).Select(r => r.PostingId), seen.Select(r => r.PostingId));

        var payments = await queries.GetTransactionsAsync(memberId, new TransactionFilter(Type: EntryType.Payment), null, 100);
        Assert.All(payments.Rows, r => Assert.Equal(EntryType.Payment, r.Type));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_member_page_adds_up_balances_from_the_accounts(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 5);
        await using var db = await h.DbAsync();
        var member = await db.Members.SingleAsync(m => m.MemberNo == "M00000001");
        var accounts = await db.Accounts.Where(a => a.MemberId == member.Id).ToListAsync();

        var detail = await h.Get<MemberQueries>().GetAsync(member.Id);

        Assert.NotNull(detail);
        Assert.Equal(accounts.Sum(a => a.Balance), detail.Balances.Total);
        Assert.Equal(2, detail.Cards.Count);
        Assert.All(detail.Cards, c => Assert.StartsWith("**** **** **** ", c.MaskedNumber));
        Assert.Equal("홍*동", detail.MaskedName);
        Assert.DoesNotContain(member.Phone, detail.MaskedPhone);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Nobody_signed_in_sees_nothing(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        h.Actor.Current = null;
        await Assert.ThrowsAsync<ForbiddenException>(() =>
            h.Get<MemberQueries>().SearchAsync(new MemberSearchCriteria(MemberSearchKind.Name, "홍길동"), 0, 10));
    }
}
