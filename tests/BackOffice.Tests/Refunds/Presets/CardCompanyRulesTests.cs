using static BackOffice.Tests.Refunds.Presets.RuleRows;

namespace BackOffice.Tests.Refunds.Presets;

/// <summary>BC_PREPAID (seed 004 BC 선불카드 약관): 60 % (80 % up to 10,000 won) of the amount charged, expired cards in full, prescription by month.</summary>
public class CardCompanyRulesTests
{
    private static readonly ProgramPolicy Policy = ProgramPresets.CardCompanyPolicy();

    public static TheoryData<string, RefundCase, Outcome> Rows() => new()
    {
        // 제12조②3: 충전액의 100분의 60 이상 사용.
        { "004 제12조②3: exactly 60 % of the 100,000 charged", Spent(100_000, 40_000), Yes(40_000, 0, "사용률 60% (60,000 / 100,000, 기준: 2026-03-02 충전액) ≥ 60% → 환불 가능 (004 제12조②3)") },
        { "004 제12조②3: 59.999 % refused", Spent(100_000, 40_001), No("< 60% → 환불 불가 (충전액의 60% 이상 사용 후 환불 가능, 004 제12조②3)") },
        // 1만원 이하의 경우 100분의 80, judged on the charged amount.
        { "004 제12조②3: exactly 80 % of a 10,000 charge", Spent(10_000, 2_000), Yes(2_000, 0, "≥ 80% (충전액 10,000원 이하) → 환불 가능 (004 제12조②3)") },
        { "004 제12조②3: 79.99 % of a 10,000 charge refused", Spent(10_000, 2_001), No("< 80% (충전액 10,000원 이하) → 환불 불가") },
        { "004 제12조②3: 10,001 charged → the 60 % rule", Spent(10_001, 4_000), Yes(4_000, 0, "≥ 60% → 환불 가능") },
        {
            // Issue 11 point 10: not the charge's size against the balance after it. 40,000 older money + 10,000 charged,
            // 40,000 spent: 80 % of the balance after the charge is gone, but the 10,000 charged is all still there.
            "004 제12조②3: use of the charged amount, not of the balance after it",
            Balance(10_000, RefundChannel.BankAccount, Added(At(2026, 3, 2), 10_000, 50_000), Out(At(2026, 3, 5), 40_000, 10_000)),
            No("사용률 0% (0 / 10,000, 기준: 2026-03-02 충전액) < 80%")
        },
        {
            "004 제12조②3: older money is spent first, then the charge (5,000 + 10,000, 13,000 spent)",
            Balance(2_000, RefundChannel.BankAccount, Added(At(2026, 3, 2), 10_000, 15_000), Out(At(2026, 3, 5), 13_000, 2_000)),
            Yes(2_000, 0, "사용률 80% (8,000 / 10,000")
        },
        { "004 제12조②3: no charge to measure", Balance(5_000, RefundChannel.BankAccount), No("충전 내역이 없어") },
        // 제12조②1·2: disaster, defect — refundable; fee-free is the operator's setting.
        { "004 제12조②1·2: disaster or defect in full", Disaster(30_000), Yes(30_000, 0, "천재지변·카드 결함 → 잔액 전액 환불 가능 (운영 정책) · 수수료 0원") },
        // 제4조③: expired → replaced or refunded in full; 제5조①: prescribed 5 years from the month of last use.
        { "004 제4조③: expired card refunded in full", Expired(30_000, Now, At(2025, 1, 10)), Yes(30_000, 0, "잔액 30,000원의 100% = 30,000원 환불 가능 (004 제4조③)") },
        { "004 제5조①: last use 2021-03-15, still owed on 2026-03-31", Expired(30_000, At(2026, 3, 31, 23, 59, 59), At(2021, 3, 15)), Yes(30_000, 0, "소멸시효 완성일 2026-04-01 전 (최종사용월 2021-03로부터 5년, 004 제5조①)") },
        { "004 제5조①: last use 2021-03-15, prescribed from 2026-04-01", Expired(30_000, At(2026, 4, 1, 0, 0, 1), At(2021, 3, 15)), No("소멸시효 완성 (최종사용월 2021-03로부터 5년 → 2026-04-01부터 소멸) → 환불 불가 (004 제5조①)") },
        { "004 제5조①: never used → month of sale or charge", Expired(30_000, At(2026, 2, 1), null), No("판매·충전월 2021-01로부터 5년") },
        { "운영 정책: charge cancel window", Cancel(At(2026, 1, 8)), No("(운영 정책) → 기간이 지나") },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Rule(string clause, RefundCase input, Outcome expected)
    {
        Assert.NotEmpty(clause);
        Check(Policy, input, expected);
    }

    public static TheoryData<string, RefundKind, RefundChannel, DateOnly, DateOnly, string> Deadlines() => new()
    {
        { "운영 정책: balance to the account in 3 business days", RefundKind.BalanceRefund, RefundChannel.BankAccount, D(2026, 12, 23), D(2026, 12, 29), "(공휴일 제외: 12-25 성탄절) (운영 정책, 정책 v1)" },
        { "운영 정책: a cancelled charge in 3 business days", RefundKind.ChargeCancel, RefundChannel.BankAccount, D(2026, 8, 15), D(2026, 8, 20), "(운영 정책, 정책 v1)" },
    };

    [Theory]
    [MemberData(nameof(Deadlines))]
    public void Deadline(string clause, RefundKind kind, RefundChannel channel, DateOnly requested, DateOnly due, string fragment)
    {
        Assert.NotEmpty(clause);
        CheckDeadline(Policy, kind, channel, requested, due, fragment);
    }

    [Fact]
    public void A_lost_card_balance_goes_to_the_reissued_card()
    {
        // 004 제13조③: 분실·도난 신고 당시에 충전되어 있는 금액을 재발급된 카드로 이전.
        var message = RefundAssessment.LostCardRefusal(new Card { IsRegistered = true, Status = CardStatus.Lost }, Policy);
        Assert.StartsWith("분실·도난 신고 당시의 잔액은 재발급 카드로 옮겨집니다 (004 제13조③)", message);
    }
}
