namespace BackOffice.Tests.Documents;

/// <summary>The retention of an issued document's file, by the programs of the member's cards (seed 003).</summary>
public class DocumentRetentionTests
{
    public static TheoryData<string[], int, string, string> Rows => new()
    {
        // programs of the member's cards, years, rule, clause
        { [ProgramPresets.Hanaro], 5, "발급일로부터 5년 (003 하나로 제16조①)", "003 하나로 제16조①: 거래기록 5년" },
        { [ProgramPresets.Cashbee], 5, "발급일로부터 5년 (003 캐시비 제13조③1·③3·⑤)", "003 캐시비 제13조③1 5년, ③3 소득공제 카드 5년, ⑤ 5년 이내" },
        { [ProgramPresets.Hanaro, ProgramPresets.Cashbee, ProgramPresets.Hanaro], 5, "발급일로부터 5년 (003 하나로 제16조①, 003 캐시비 제13조③1·③3·⑤)", "both: the longest, every clause" },
        { [ProgramPresets.LocalCurrency], 5, "발급일로부터 5년 (운영 정책)", "운영 정책: no seed clause for the program" },
        { [], 5, "발급일로부터 5년 (운영 정책)", "운영 정책: a document about no member" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Retention_follows_the_programs_of_the_members_cards(string[] programs, int years, string rule, string clause)
    {
        var period = DocumentRetention.For(programs);
        Assert.True(period.Years == years, clause);
        Assert.Equal(rule, period.Rule);
        Assert.Equal(new DateOnly(2031, 12, 1), DocumentRetention.RetainUntil(new DateOnly(2026, 12, 1), period));
    }

    [Fact]
    public void A_leap_day_issue_keeps_the_file_until_the_28th_of_February()
    {
        Assert.Equal(new DateOnly(2033, 2, 28), DocumentRetention.RetainUntil(new DateOnly(2028, 2, 29), DocumentRetention.For([])));
    }
}
