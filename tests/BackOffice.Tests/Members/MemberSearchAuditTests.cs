using Microsoft.EntityFrameworkCore;

namespace BackOffice.Tests.Members;

/// <summary>Issue 10 item 8: lookups by phone or card number are audited with the masked value, never the full one.</summary>
public class MemberSearchAuditTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Phone_and_card_searches_are_audited_masked_with_who_kind_and_result_count(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 5);
        var queries = h.Get<MemberQueries>();
        var card = CardNumber.WithCheckDigit("941022000000001");

        await queries.SearchAsync(new MemberSearchCriteria(MemberSearchKind.Phone, "01012345678"), 0, 20);
        await queries.SearchAsync(new MemberSearchCriteria(MemberSearchKind.CardNumber, card), 0, 20);
        await queries.SearchAsync(new MemberSearchCriteria(MemberSearchKind.Phone, "01099998888"), 0, 20);
        await queries.SearchAsync(new MemberSearchCriteria(MemberSearchKind.MemberNo, "M00000001"), 0, 20); // not personal data: not audited

        await using var db = await h.DbAsync();
        var audits = await db.AuditRecords.Where(a => a.Action == "member.search").OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(3, audits.Count);
        Assert.All(audits, a => Assert.Equal(("agent-id", "김상담"), (a.ActorId, a.ActorName)));
        Assert.Equal(
            [
                """{"kind":"Phone","value":"010-****-5678","results":1,"skip":0}""",
                """{"kind":"CardNumber","value":"**** **** **** 0015","results":1,"skip":0}""".Replace("0015", card[^4..]),
                """{"kind":"Phone","value":"010-****-8888","results":0,"skip":0}""",
            ],
            audits.Select(a => a.After));
        Assert.All(audits, a => Assert.DoesNotContain("01012345678", a.After));
        Assert.All(audits, a => Assert.DoesNotContain(card, a.After));
    }

    [Fact]
    public void Only_phone_and_card_searches_stay_out_of_the_address()
    {
        Assert.True(MemberSearchMemory.KeepOutOfAddress(MemberSearchKind.Phone));
        Assert.True(MemberSearchMemory.KeepOutOfAddress(MemberSearchKind.CardNumber));
        Assert.True(MemberSearchMemory.KeepOutOfAddress(MemberSearchKind.CardLast4AndName));
        Assert.False(MemberSearchMemory.KeepOutOfAddress(MemberSearchKind.MemberNo));
    }
}
