namespace BackOffice.Tests.Members;

/// <summary>
/// Issue 16: a name many members share is counted only up to <see cref="MemberQueries.CountCap"/> ("1,000건 이상" on the
/// screen) while its pages stay in member-number order; smaller results keep their exact count.
/// </summary>
public class MemberSearchCapTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    private static async Task AddMembersAsync(Harness h, string name, string prefix, int count)
    {
        await using var db = await h.DbAsync();
        for (var i = 0; i < count; i++)
        {
            db.Members.Add(new Member
            {
                MemberNo = $"{prefix}{i:D7}",
                Name = name,
                Phone = "01055550000",
                Email = "cap@example.com",
                Address = "인천광역시 서구",
                BirthDate = new DateOnly(1990, 1, 1),
                BankName = "국민은행",
                JoinedAt = h.Clock.GetUtcNow().AddDays(-i),
            });
        }
        await db.SaveChangesAsync();
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_shared_name_is_counted_to_the_cap_and_paged_in_member_number_order(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        await AddMembersAsync(h, "공유명", "S", MemberQueries.CountCap + 5);
        await AddMembersAsync(h, "천명", "T", MemberQueries.CountCap);
        await AddMembersAsync(h, "세명", "U", 3);
        var queries = h.Get<MemberQueries>();

        // Row: name, order, skip → total, capped, first member number, rows on the page.
        (string Name, string? OrderBy, int Skip, int Total, bool Capped, string First, int Rows)[] cases =
        [
            ("공유명", null, 0, MemberQueries.CountCap + 1, true, "S0000000", 20),            // the first page (compiled query)
            ("공유명", null, 1_000, MemberQueries.CountCap + 1, true, "S0001000", 5),         // paging past the cap still finds every member
            ("공유명", "MemberNo desc", 0, MemberQueries.CountCap + 1, true, "S0001004", 20), // another order (the LINQ path) caps as well
            ("천명", null, 0, MemberQueries.CountCap, false, "T0000000", 20),                 // exactly the cap: counted exactly
            ("세명", null, 0, 3, false, "U0000000", 3),
            ("없는이름", null, 0, 0, false, "", 0),
        ];
        foreach (var c in cases)
        {
            var page = await queries.SearchAsync(new MemberSearchCriteria(MemberSearchKind.Name, c.Name), c.Skip, 20, c.OrderBy);
            Assert.Equal((c.Name, c.Skip, c.Total, c.Capped, c.Rows), (c.Name, c.Skip, page.Total, page.IsCapped, page.Rows.Count));
            Assert.Equal(c.First, page.Rows.FirstOrDefault()?.MemberNo ?? "");
            var ordered = c.OrderBy is null ? page.Rows.OrderBy(r => r.MemberNo, StringComparer.Ordinal) : page.Rows.OrderByDescending(r => r.MemberNo, StringComparer.Ordinal);
            Assert.Equal(ordered.Select(r => r.MemberNo), page.Rows.Select(r => r.MemberNo));
        }

        // The same phone for all 2,008: the audited search counts to the cap too, and the audit says so.
        var byPhone = await queries.SearchAsync(new MemberSearchCriteria(MemberSearchKind.Phone, "01055550000"), 0, 20);
        Assert.Equal((MemberQueries.CountCap + 1, true), (byPhone.Total, byPhone.IsCapped));
    }

    [Theory]
    [InlineData(0, false, "1/1 페이지 (총 0명)")]
    [InlineData(3, false, "1/1 페이지 (총 3명)")]
    [InlineData(1_000, false, "1/50 페이지 (총 1,000명)")]
    [InlineData(1_001, true, "1 페이지 (1,000건 이상)")]
    public void The_search_summary_says_1000_or_more_instead_of_a_count(int total, bool capped, string expected)
    {
        Assert.Equal(capped, new MemberSearchPage([], total).IsCapped);
        Assert.Equal(expected, MemberSearchSummary.Text(0, 20, total));
    }
}
