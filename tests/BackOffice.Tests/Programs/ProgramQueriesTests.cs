using Microsoft.EntityFrameworkCore;

namespace BackOffice.Tests.Programs;

public class ProgramQueriesTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Every_program_shows_its_versions_with_Korean_labels_and_formatted_values(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        await using (var db = await h.DbAsync())
        {
            var local = await db.Programs.SingleAsync(p => p.Code == ProgramPresets.LocalCurrency);
            var next = ProgramPresets.LocalCurrencyPolicy();
            (next.ProgramId, next.Version, next.EffectiveFrom, next.Source, next.NamedCardBalanceLimit) = (local.Id, 2, new DateOnly(2027, 1, 1), "000 개정안", 3_000_000);
            db.ProgramPolicies.Add(next);
            await db.SaveChangesAsync();
        }

        var programs = await h.Get<ProgramQueries>().ListAsync();

        Assert.Equal(4, programs.Count);
        var localView = Assert.Single(programs, p => p.Code == ProgramPresets.LocalCurrency);
        Assert.Equal([(2, PolicyState.Scheduled), (1, PolicyState.InForce)], localView.Versions.Select(v => (v.Version, v.State)));
        Assert.Equal("3,000,000원", Value(localView.Versions[0], "기명 카드 잔액 한도"));
        Assert.Equal("2,000,000원", Value(localView.Versions[1], "기명 카드 잔액 한도"));
        Assert.Equal("충전일 포함", Value(localView.Versions[1], "기간 계산"));
        Assert.Equal("e음머니로 이전 (등록 카드)", Value(localView.Versions[1], "분실 신고 시 잔액"));
        Assert.Equal("3영업일", Value(localView.Versions[1], "환불 지급 기한"));

        var transit = Assert.Single(programs, p => p.Code == ProgramPresets.Hanaro).Versions.Single();
        Assert.Equal(("단위 금액마다 정률", "2%", "10,000원", "10영업일"),
            (Value(transit, "수수료 방식"), Value(transit, "수수료율"), Value(transit, "수수료 단위 금액"), Value(transit, "결함 카드 잔액 확인 기간")));
        var voucher = Assert.Single(programs, p => p.Code == ProgramPresets.Voucher).Versions.Single();
        Assert.Equal("충전 다음날부터", Value(voucher, "기간 계산"));
    }

    private static string Value(PolicyVersionView version, string label) =>
        version.Groups.SelectMany(g => g.Parameters).Single(p => p.Label == label).Value;
}
