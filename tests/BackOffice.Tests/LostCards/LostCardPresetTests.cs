namespace BackOffice.Tests.LostCards;

/// <summary>
/// Issue 11 point 12, lost-card side: an unprotected lost card's balance is not refunded and not swept; it stays recorded
/// on the stopped card (no journal entry), and the report says why with the program's own clause.
/// </summary>
public class LostCardPresetTests
{
    private static readonly DateOnly Day = new(2026, 11, 20);

    public static TheoryData<string, string, bool, string> Rows => new()
    {
        // program, clause, registered, explanation starts with
        { ProgramPresets.LocalCurrency, "000 분실: 미등록 카드 = 현금 분실", false, "미등록 카드: 현금 분실과 같아 환불 불가 (000 분실)." },
        { ProgramPresets.Hanaro, "003 하나로 제11조4", true, "분실·도난 카드: 현금 분실과 같아 환불 불가 (003 하나로 제11조4 (분실·도난 신고 카드 잔액 환불 불가, 제19조))." },
        { ProgramPresets.Cashbee, "003 캐시비 제9조②", true, "분실·도난 카드: 현금 분실과 같아 환불 불가 (003 캐시비 제9조② (분실·도난 시 잔액과 카드 값 지급 불가))." },
        { ProgramPresets.CardCompanyPrepaid, "004 제13조②: an unregistered bearer card is not compensated", false, "무기명·미등록 카드: 분실·도난 보상 대상 아님 (004 제13조②)." },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void An_unprotected_lost_card_keeps_its_balance_on_the_stopped_card_and_says_why(string program, string clause, bool registered, string start)
    {
        var policy = program switch
        {
            ProgramPresets.LocalCurrency => ProgramPresets.LocalCurrencyPolicy(),
            ProgramPresets.Hanaro => ProgramPresets.HanaroPolicy(),
            ProgramPresets.Cashbee => ProgramPresets.CashbeePolicy(),
            _ => ProgramPresets.CardCompanyPolicy(),
        };
        var outcome = LostCardRules.Decide(policy, isNamed: false, isRegistered: registered, 30_000, Day);
        Assert.True((LostCardBalanceHandling.None, 0L, 0L) == (outcome.Handling, outcome.SweepToEmoney, outcome.CarryToReissue), clause);
        Assert.StartsWith(start, outcome.Explanation);
        Assert.Contains("30,000원", outcome.Explanation);
        Assert.Contains("정지된 카드에 그대로 기록됩니다", outcome.Explanation);
    }

    [Fact]
    public void A_hanaro_card_found_again_is_handled_as_a_normal_or_defective_card() =>
        Assert.Contains("003 하나로 제11조5", LostCardRules.Decide(ProgramPresets.HanaroPolicy(), false, true, 1_000, Day).Explanation);
}
