namespace BackOffice.Tests.Deduction;

/// <summary>The income-deduction rules, row by row with the clause each row checks.</summary>
public class IncomeDeductionRuleTests
{
    private static readonly DateTimeOffset Registered = new(2026, 3, 1, 10, 0, 0, KoreanTime.Offset);

    private static DeductionMember Member(bool foreigner = false, bool registered = true, bool number = true) =>
        new(1, "M00000001", "홍길동", foreigner, registered ? Registered : null, number ? "dev1:cipher" : null);

    private static DeductionUse Pay(double secondsAfterRegistration, long amount, bool transit = false) =>
        new(DeductionUseKind.Payment, Registered.AddSeconds(secondsAfterRegistration), amount, transit);

    private static DeductionUse Cancel(double secondsAfterRegistration, long amount, double? paymentSecondsAfterRegistration, bool transit = false) =>
        new(DeductionUseKind.Cancel, Registered.AddSeconds(secondsAfterRegistration), amount, transit,
            paymentSecondsAfterRegistration is { } p ? Registered.AddSeconds(p) : null);

    /// <summary>Clause, case, the payment's offset from the registration instant (s), expected deductible, expected excluded (before registration).</summary>
    public static TheoryData<string, string, double, long, long> CutOff => new()
    {
        { "000 소득공제 (소급 적용 불가), 004 제11조1", "1초 전 결제는 제외", -1, 0, 10_000 },
        { "000 소득공제", "0.001초 전 결제도 제외", -0.001, 0, 10_000 },
        { "000 소득공제", "등록과 같은 순간의 결제는 포함", 0, 10_000, 0 },
        { "000 소득공제", "1초 후 결제는 포함", 1, 10_000, 0 },
        { "000 소득공제", "한 달 전 결제는 제외", -30 * 86_400, 0, 10_000 },
    };

    [Theory]
    [MemberData(nameof(CutOff))]
    public void Only_use_from_the_registration_instant_counts(string clause, string @case, double offset, long deductible, long before)
    {
        var result = IncomeDeduction.Evaluate(Member(), [Pay(offset, 10_000)]);
        Assert.True((result.Row?.Deductible ?? 0) == deductible, $"{clause}: {@case}");
        Assert.Equal(before > 0, result.Exclusions.Any(x => x.Reason == ExclusionReason.BeforeRegistration && x.Amount == before));
        Assert.Equal(deductible > 0, result.Row is not null); // no use after the registration: nothing to file, only the exclusion
    }

    /// <summary>Clause, case, uses, expected (payments, cancels, deductible, before registration).</summary>
    public static TheoryData<string, string, DeductionUse[], long, long, long, long> Netting => new()
    {
        { "004 제11조 (취소 차감)", "등록 후 결제의 부분 취소는 차감", [Pay(10, 20_000), Cancel(100, 5_000, 10)], 20_000, 5_000, 15_000, 0 },
        { "004 제11조 (취소 차감)", "전액 취소", [Pay(10, 20_000), Cancel(100, 20_000, 10)], 20_000, 20_000, 0, 0 },
        { "000 소득공제", "등록 전 결제의 등록 후 취소는 제외액만 줄임", [Pay(-10, 8_000), Pay(10, 5_000), Cancel(100, 8_000, -10)], 5_000, 0, 5_000, 0 },
        { "000 소득공제", "등록 전 결제의 일부 취소", [Pay(-10, 8_000), Cancel(100, 3_000, -10), Pay(200, 1_000)], 1_000, 0, 1_000, 5_000 },
        { "운영 정책", "결제를 모르는 등록 후 취소는 차감 (보수적)", [Pay(10, 9_000), Cancel(100, 4_000, null)], 9_000, 4_000, 5_000, 0 },
        { "운영 정책", "결제를 모르는 등록 전 취소는 제외액만 줄임", [Pay(-100, 9_000), Cancel(-10, 4_000, null), Pay(10, 2_000)], 2_000, 0, 2_000, 5_000 },
        { "운영 정책", "취소가 결제보다 많아도 0 아래로 내려가지 않음", [Pay(10, 1_000), Cancel(100, 4_000, null)], 1_000, 4_000, 0, 0 },
    };

    [Theory]
    [MemberData(nameof(Netting))]
    public void Cancellations_of_counted_payments_are_netted(string clause, string @case, DeductionUse[] uses, long payments, long cancels, long deductible, long before)
    {
        var row = IncomeDeduction.Evaluate(Member(), uses).Row;
        Assert.True(row is not null, $"{clause}: {@case}");
        Assert.Equal((payments, cancels, deductible, before), (row!.Payments, row.Cancels, row.Deductible, row.BeforeRegistration));
    }

    /// <summary>Clause, case, member flags, the member-level reason.</summary>
    public static TheoryData<string, string, bool, bool, bool, ExclusionReason> MemberExclusions => new()
    {
        { "000 소득공제 (외국인 신청 불가)", "등록이 기록된 외국인도 제외", true, true, true, ExclusionReason.Foreigner },
        { "000 소득공제", "미등록 외국인은 외국인으로 제외", true, false, false, ExclusionReason.Foreigner },
        { "000 소득공제, 004 제11조", "미등록 회원", false, false, false, ExclusionReason.NotRegistered },
        { "운영 정책", "등록했으나 주민등록번호 없음", false, true, false, ExclusionReason.NoResidentNumber },
    };

    [Theory]
    [MemberData(nameof(MemberExclusions))]
    public void Excluded_members_are_listed_with_their_whole_use(string clause, string @case, bool foreigner, bool registered, bool number, ExclusionReason reason)
    {
        var result = IncomeDeduction.Evaluate(Member(foreigner, registered, number), [Pay(-10, 3_000), Pay(10, 4_000), Cancel(20, 1_000, 10)]);
        Assert.True(result.Row is null, $"{clause}: {@case}");
        var only = Assert.Single(result.Exclusions);
        Assert.Equal(reason, only.Reason);
        Assert.Equal(6_000, only.Amount);
        Assert.Equal(clause.Split(' ')[0], only.Clause.Split(' ')[0]);
    }

    [Fact]
    public void Transit_use_is_shown_apart_and_never_deductible()
    {
        // 000 교통기능: 교통카드 사용금액은 앱에서 소득공제가 되지 않음 (교통카드사에 별도 등록·신청)
        var result = IncomeDeduction.Evaluate(Member(), [Pay(10, 5_000), Pay(20, 2_500, transit: true), Pay(30, 1_000, transit: true), Cancel(40, 500, 30, transit: true)]);
        Assert.Equal(5_000, result.Row!.Deductible);
        Assert.Equal(3_000, result.Row.Transit);
        Assert.Contains(result.Exclusions, x => x.Reason == ExclusionReason.Transit && x.Amount == 3_000 && x.Clause == "000 교통기능");
    }

    [Fact]
    public void Balance_refunds_are_listed_and_do_not_count()
    {
        // 004 제11조2: 환불금액은 소득공제 적용 제외
        var result = IncomeDeduction.Evaluate(Member(), [Pay(10, 5_000), new(DeductionUseKind.Refund, Registered.AddDays(3), 7_000, false),
            new(DeductionUseKind.Refund, Registered.AddDays(4), -2_000, false)]);
        Assert.Equal(5_000, result.Row!.Deductible);
        Assert.Equal(5_000, result.Row.Refunded);
        Assert.Contains(result.Exclusions, x => x.Reason == ExclusionReason.Refund && x.Amount == 5_000 && x.Clause == "004 제11조2");
    }

    [Fact]
    public void The_year_is_the_korean_calendar_year()
    {
        var (from, to) = IncomeDeduction.YearRange(2026);
        Assert.Equal(new DateTimeOffset(2025, 12, 31, 15, 0, 0, TimeSpan.Zero), from);
        Assert.Equal(new DateTimeOffset(2026, 12, 31, 15, 0, 0, TimeSpan.Zero), to);
    }

    /// <summary>Input, the normalized digits or the start of the Korean refusal.</summary>
    public static TheoryData<string, string> Numbers => new()
    {
        { "900101-1234567", "9001011234567" },
        { " 0503154123456 ", "0503154123456" },
        { "900101-5234567", "외국인등록번호입니다" },
        { "900101-7234567", "외국인등록번호입니다" },
        { "901301-1234567", "주민등록번호 앞 6자리" },
        { "900230-2234567", "주민등록번호 앞 6자리" },
        { "900101-123456", "주민등록번호는 13자리" },
        { "90010A-1234567", "주민등록번호는 13자리" },
        { "", "주민등록번호는 13자리" },
    };

    [Theory]
    [MemberData(nameof(Numbers))]
    public void Resident_numbers_are_checked_before_they_are_stored(string input, string expected)
    {
        if (expected.All(char.IsAsciiDigit))
            Assert.Equal(expected, ResidentNumber.Normalize(input));
        else
            Assert.StartsWith(expected, Assert.Throws<BusinessRuleException>(() => ResidentNumber.Normalize(input)).Message);
    }

    [Fact]
    public void Resident_numbers_are_masked_after_the_sex_digit()
    {
        Assert.Equal("900101-1******", ResidentNumber.Mask("9001011234567"));
        Assert.Equal("900101-1234567", ResidentNumber.Format("9001011234567"));
        var fake = ResidentNumber.Fake(new DateOnly(2001, 2, 3), female: true, 12);
        Assert.Equal("0102034900012", fake);
        Assert.Equal(fake, ResidentNumber.Normalize(fake));
    }
}
