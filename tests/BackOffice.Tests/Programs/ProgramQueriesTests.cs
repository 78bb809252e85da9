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

        Assert.Equal([ProgramPresets.CardCompanyPrepaid, ProgramPresets.Cashbee, ProgramPresets.Credits, ProgramPresets.Hanaro, ProgramPresets.LocalCurrency, ProgramPresets.Voucher],
            programs.Select(p => p.Code).Order());
        var localView = Assert.Single(programs, p => p.Code == ProgramPresets.LocalCurrency);
        Assert.Equal([(2, PolicyState.Scheduled), (1, PolicyState.InForce)], localView.Versions.Select(v => (v.Version, v.State)));
        Assert.Equal("3,000,000원", Value(localView.Versions[0], "기명 카드 잔액 한도"));
        Assert.Equal("2,000,000원", Value(localView.Versions[1], "기명 카드 잔액 한도"));
        Assert.Equal("충전일 포함", Value(localView.Versions[1], "기간 계산").Split(" · ")[0]);
        Assert.Equal("e음머니로 이전 (등록 카드)", Value(localView.Versions[1], "분실 신고 시 잔액"));
        // The balance refund's deadline is the bank-account channel's (000 환불: 영업일 기준 3일 이내, 수수료 없이).
        Assert.Equal("수수료 없음 · 3영업일 이내 지급", Value(localView.Versions[1], "계좌"));
        Assert.Equal("000 환불 (연결된 계좌, 수수료 없이, 영업일 기준 3일 이내)", Parameter(localView.Versions[1], "계좌").Citation);
        Assert.True(Parameter(localView.Versions[1], "분실 재발급 수수료").OperatorSetting);

        // 하나로: 2% per started 10,000 won at a bank or a store, paid at once (제11조2); defective cards within 15 days (제11조3).
        var hanaro = Assert.Single(programs, p => p.Code == ProgramPresets.Hanaro).Versions.Single();
        Assert.Equal(("수수료 10,000원 단위 2% (미만 절상) · 즉시 지급", "15일"), (Value(hanaro, "계좌"), Value(hanaro, "결함 카드 잔액 확인 기간")));
        Assert.Equal("003 하나로 제11조3 (최초 사용 후 1년 이내 고장카드 교체)", Parameter(hanaro, "고장 카드 교체 기간 (최초 사용 후)").Citation);
        // 캐시비: 500 won at a store up to 20,000 won; defective cards within 10 business days; the card price within 2 years (제9조①4).
        var cashbee = Assert.Single(programs, p => p.Code == ProgramPresets.Cashbee).Versions.Single();
        Assert.Equal(("수수료 500원 · 20,000원까지 · 즉시 지급", "10영업일", "24개월"),
            (Value(cashbee, "매장(가맹점)"), Value(cashbee, "결함 카드 잔액 확인 기간"), Value(cashbee, "고장 카드 카드 값 지급 기간 (구입 후)")));
        Assert.StartsWith("003 캐시비 제9조①4", Parameter(cashbee, "고장 카드 카드 값 지급 기간 (구입 후)").Citation);
        Assert.True(Parameter(cashbee, "고장 카드 교체 기간 (최초 사용 후)").OperatorSetting);
        var voucher = Assert.Single(programs, p => p.Code == ProgramPresets.Voucher).Versions.Single();
        Assert.Equal("충전 다음날부터", Value(voucher, "기간 계산").Split(" · ")[0]);
        Assert.Equal("환불 불가", Value(voucher, "유효기간 경과 카드 환불 비율"));
    }

    private static PolicyParameter Parameter(PolicyVersionView version, string label) =>
        version.Groups.SelectMany(g => g.Parameters).Single(p => p.Label == label);

    private static string Value(PolicyVersionView version, string label) =>
        version.Groups.SelectMany(g => g.Parameters).Single(p => p.Label == label).Value;
}
