namespace BackOffice.Tests.Reissue;

/// <summary>
/// Reissue by each program's own terms (issue 11 points 7 and 8): a damaged card goes through intake (실물 수거 후
/// 재발급), an expired card's balance is carried only where the terms say so (004 제4조③), and the new card's validity
/// is new years (operator's setting) or the old card's remaining validity (004 제4조②), except an expired BC card (제4조③).
/// </summary>
public class ReissuePresetTests
{
    private static readonly DateOnly Today = new(2026, 11, 20);

    private static ProgramPolicy Preset(string code) => code switch
    {
        ProgramPresets.LocalCurrency => ProgramPresets.LocalCurrencyPolicy(),
        ProgramPresets.Hanaro => ProgramPresets.HanaroPolicy(),
        ProgramPresets.Cashbee => ProgramPresets.CashbeePolicy(),
        ProgramPresets.CardCompanyPrepaid => ProgramPresets.CardCompanyPolicy(),
        _ => ProgramPresets.VoucherPolicy(),
    };

    public static TheoryData<string, string, ReissueReason, long, string, bool, string?> Refusals => new()
    {
        // program, clause, reason, balance, old expiry, sent to intake, refusal contains (null: allowed)
        { ProgramPresets.LocalCurrency, "000 재발급: 훼손카드는 실물카드 수거 후 재발급", ReissueReason.Damaged, 10_000, "2029-01-31", true,
            "파손 카드는 실물 카드 수거 후 재발급합니다 (000 재발급 (훼손카드는 실물카드 수거 후 재발급))" },
        { ProgramPresets.Hanaro, "003 하나로 제11조3: 불량 카드를 회수", ReissueReason.Damaged, 10_000, "2029-01-31", true, "(003 하나로 제11조3 (불량 카드를 회수))" },
        { ProgramPresets.Cashbee, "003 캐시비 제9조①4: 실물 접수", ReissueReason.Damaged, 10_000, "2029-01-31", true, "(003 캐시비 제9조①4 (캐시비카드 실물 접수))" },
        { ProgramPresets.LocalCurrency, "고장 is not 파손: reissued directly", ReissueReason.Broken, 10_000, "2029-01-31", false, null },
        { ProgramPresets.LocalCurrency, "000 실물카드·환불: an expired card is refunded at 90 %, not carried", ReissueReason.Expired, 10_000, "2026-10-31", false,
            "잔액 10,000원을 새 카드로 옮기지 않습니다 (유효기간 연장 불가, 000 실물카드 (유효기간 연장 불가, 만료 시 사용 불가) · 000 환불 (90%)). 유효기간이 지나면 '만료 카드 환불'로 잔액의 90%를 환불받을 수 있습니다" },
        { ProgramPresets.LocalCurrency, "000: nothing to carry, a new card is fine", ReissueReason.Expired, 0, "2026-10-31", false, null },
        { ProgramPresets.LocalCurrency, "000: a month before expiry, use or refund the balance first", ReissueReason.Expired, 5_000, "2026-12-10", false,
            "만료일(2026-12-10) 전에는 잔액을 사용하거나 잔액 환불을 신청하세요." },
        { ProgramPresets.Hanaro, "하나로: no clause carries an expired balance (운영 정책), 90 % refund is the operator's", ReissueReason.Expired, 10_000, "2026-10-31", false,
            "(유효기간 연장 불가, 운영 정책)" },
        { ProgramPresets.Voucher, "002: an expired voucher is not refundable", ReissueReason.Expired, 10_000, "2026-10-31", false,
            "유효기간이 지난 카드의 잔액은 환불되지 않습니다 (002 환불 불가능한 경우 (유효기간 만료: 불가능))" },
        { ProgramPresets.CardCompanyPrepaid, "004 제4조③: replaced with the balance", ReissueReason.Expired, 10_000, "2026-10-31", false, null },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void A_reissue_the_terms_forbid_is_refused_with_its_clause(
        string program, string clause, ReissueReason reason, long balance, string expires, bool toIntake, string? message)
    {
        var refusal = ReissueRules.PolicyProblem(Preset(program), reason, balance, DateOnly.Parse(expires), Today);
        if (message is null)
        {
            Assert.True(refusal is null, $"{clause}: refused with {refusal?.Message}");
            return;
        }
        Assert.NotNull(refusal);
        Assert.Contains(message, refusal.Message);
        Assert.Equal(toIntake, refusal.OpenIntakeInstead);
        if (toIntake) Assert.Contains("'불량·파손 접수'", refusal.Message);
    }

    public static TheoryData<string, string, string, bool, string, string> Validities => new()
    {
        // program, clause, old expiry, expiry replacement, new expiry, rule contains
        { ProgramPresets.LocalCurrency, "운영 정책: 5 new years", "2029-01-31", false, "2031-11-20", "새 유효기간: 발급일 2026-11-20 + 5년 = 2031-11-20 (운영 정책)" },
        { ProgramPresets.Hanaro, "운영 정책: 5 new years", "2029-01-31", false, "2031-11-20", "(운영 정책)" },
        { ProgramPresets.CardCompanyPrepaid, "004 제4조②: the old card's remaining validity", "2028-03-31", false, "2028-03-31",
            "기존 카드의 잔여 유효기한 2028-03-31까지 (004 제4조② (잔여 유효기한까지 재발급))" },
        { ProgramPresets.CardCompanyPrepaid, "004 제4조③: an expired card gets a new validity", "2026-10-31", true, "2031-11-20",
            "유효기한 경과 카드의 교체 발급: 새로운 유효기한 발급일 2026-11-20 + 5년 = 2031-11-20 (운영 정책) · 004 제4조③" },
        { ProgramPresets.CardCompanyPrepaid, "004 제4조③⑤: replaced a month before expiry", "2026-12-10", true, "2031-11-20", "004 제4조③" },
        { ProgramPresets.CardCompanyPrepaid, "004 제4조③: already past expiry, even for another reason", "2026-10-31", false, "2031-11-20", "004 제4조③" },
    };

    [Theory]
    [MemberData(nameof(Validities))]
    public void The_new_cards_validity_follows_the_terms(string program, string clause, string oldExpiry, bool expiryReplacement, string expected, string rule)
    {
        var validity = CardReplacement.Validity(Preset(program), DateOnly.Parse(oldExpiry), expiryReplacement, Today);
        Assert.True(DateOnly.Parse(expected) == validity.ExpiresOn, $"{clause}: {validity.ExpiresOn:yyyy-MM-dd}");
        Assert.Contains(rule, validity.Rule);
    }
}
