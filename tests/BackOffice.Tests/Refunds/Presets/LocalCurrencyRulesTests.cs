using static BackOffice.Tests.Refunds.Presets.RuleRows;

namespace BackOffice.Tests.Refunds.Presets;

/// <summary>LOCAL (seed 000 서로e음): every refund rule of shared/domain-rules.md §4 that the program has, row by row.</summary>
public class LocalCurrencyRulesTests
{
    private static readonly ProgramPolicy Policy = ProgramPresets.LocalCurrencyPolicy();

    public static TheoryData<string, RefundCase, Outcome> Rows() => new()
    {
        // Balance refund: ≥ 60 % used since money was last added, no fee, to the account.
        { "000 환불: exactly 60 % used passes", Spent(100_000, 40_000), Yes(40_000, 0, "사용률 60% (60,000 / 100,000, 기준: 2026-03-02 충전 이후) ≥ 60% → 환불 가능 (000 환불) · 수수료 0원") },
        { "000 환불: 59.999 % used is refused", Spent(100_000, 40_001), No("< 60% → 환불 불가 (잔액의 60% 이상 사용 후 환불 가능, 000 환불)") },
        { "000 환불: 64 % used", Spent(100_000, 36_000), Yes(36_000, 0, "사용률 64%") },
        {
            "000 환불: money added (e-money move) restarts the measurement",
            Balance(40_000, RefundChannel.BankAccount, Added(At(2026, 3, 2), 100_000, 100_000), Out(At(2026, 3, 3), 70_000, 30_000), Added(At(2026, 3, 4), 10_000, 40_000)),
            No("사용률 0% (0 / 40,000, 기준: 2026-03-04 충전 이후) < 60%")
        },
        { "000 환불: no charge to measure from", Balance(10_000, RefundChannel.BankAccount), No("충전 내역이 없어") },
        { "000 환불: nothing left", Spent(10_000, 0), No("환불할 잔액이 없습니다") },
        { "000 환불: only to the linked account (no store channel)", Spent(100_000, 40_000, RefundChannel.Store), No("이 프로그램은 매장(가맹점) 환불을 하지 않습니다 (가능: 계좌)") },
        // Disaster / defect: whole balance, no fee.
        { "000 환불: disaster or defect, whole balance without fee", Disaster(99_000), Yes(99_000, 0, "천재지변·카드 결함 → 잔액 전액 환불 가능 (000 환불) · 수수료 0원") },
        // Expired card: up to 90 % until prescription (5 years from the month of last use, 004 제5조① as the operator's setting).
        { "000 환불: expired, 90 % of 10,005 = 9,004 (sub-won truncated)", Expired(10_005, Now, At(2025, 1, 10)), Yes(9_004, 0, "잔액 10,005원의 90% = 9,004원 환불 가능 (000 환불)") },
        { "000 환불: not yet expired → use the balance rules", Expired(10_000, At(2026, 1, 31), At(2025, 1, 10)), No("유효기간(2026-01-31)이 지나지 않았습니다") },
        { "prescription: last use 2021-03-15, on 2026-03-31 still owed", Expired(10_000, At(2026, 3, 31, 23, 59, 59), At(2021, 3, 15)), Yes(9_000, 0, "소멸시효 완성일 2026-04-01 전 (최종사용월 2021-03로부터 5년, 운영 정책)") },
        { "prescription: last use 2021-03-15, from 2026-04-01 prescribed", Expired(10_000, At(2026, 4, 1, 0, 0, 0), At(2021, 3, 15)), No("소멸시효 완성 (최종사용월 2021-03로부터 5년 → 2026-04-01부터 소멸) → 환불 불가 (운영 정책)") },
        { "prescription: last use on the month's last day counts the same month", Expired(10_000, At(2026, 3, 31), At(2021, 3, 31, 23, 0)), Yes(9_000, 0, "2026-04-01 전") },
        { "prescription: never used → from the month of sale (2021-01)", Expired(10_000, At(2026, 2, 1), null), No("판매·충전월 2021-01로부터 5년 → 2026-02-01부터 소멸") },
        // Charge cancel: 7 days including the charge day, unused only, discount kept, no partial cancel.
        { "000 충전: day 7 23:59:59 (charge day counted) passes", Cancel(At(2026, 1, 7, 23, 59, 59)), Yes(50_000, 0, "충전일 포함 7일 → 2026-01-07 23:59까지 취소 가능 (000 충전) · 미사용 → 충전 취소 가능") },
        { "000 충전: day 8 00:00 refused", Cancel(At(2026, 1, 8, 0, 0, 0)), No("기간이 지나 취소할 수 없습니다") },
        { "000 충전: a charge with a payment after it is used", Cancel(At(2026, 1, 3), 50_000, Out(At(2026, 1, 2), 1_000, 49_000)), No("충전 후 사용 내역이 있어 취소할 수 없습니다") },
        { "000 충전 (issue 11 point 10): a payment at the same instant as the charge is use", Cancel(At(2026, 1, 3), 50_000, Out(At(2026, 1, 1, 15, 30), 1_000, 49_000)), No("충전 후 사용 내역이 있어") },
        { "000 충전: only while the card is valid (stopped or expired card refused)", Cancel(At(2026, 1, 3)) with { CardUsable = false }, No("유효한 카드의 충전만 취소할 수 있습니다") },
        { "000 충전: no partial cancel (balance below the charge)", Cancel(At(2026, 1, 3)) with { CurrentBalance = 49_000 }, No("카드 잔액이 충전 금액보다 적어 취소할 수 없습니다 (부분 취소 불가)") },
        { "000 충전: a discount is not refunded, the amount paid is", Cancel(At(2026, 1, 3), paid: 47_500), Yes(47_500, 0, "할인 2,500원은 환불되지 않음 (실제 결제액 47,500원)") },
        // Withdrawal: balances are refunded before it (001 §5).
        { "001 §5: refund before withdrawal", Withdrawal(15_000), Yes(15_000, 0, "회원 탈퇴 전 잔액 환불 (탈퇴 후에는 잔액이 소멸, 001 §5)") },
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
        { "000 충전: a cancelled charge within 3 calendar days (a holiday is still a day)", RefundKind.ChargeCancel, RefundChannel.BankAccount, D(2026, 7, 14), D(2026, 7, 17), "신청 2026-07-14 + 3일 = 2026-07-17 (000 충전" },
        { "000 환불: 3 business days skipping 제헌절 2026-07-17", RefundKind.BalanceRefund, RefundChannel.BankAccount, D(2026, 7, 15), D(2026, 7, 21), "+ 3영업일 = 2026-07-21 (공휴일 제외: 07-17 제헌절) (000 환불" },
        { "000 환불: filed on day 15 (광복절, a Saturday) skips the substitute holiday 08-17", RefundKind.BalanceRefund, RefundChannel.BankAccount, D(2026, 8, 15), D(2026, 8, 20), "08-17 광복절 대체공휴일" },
        { "000 환불: expired-card refunds pay like balances", RefundKind.ExpiredCard, RefundChannel.BankAccount, D(2026, 11, 20), D(2026, 11, 25), "000 환불" },
    };

    [Theory]
    [MemberData(nameof(Deadlines))]
    public void Deadline(string clause, RefundKind kind, RefundChannel channel, DateOnly requested, DateOnly due, string fragment)
    {
        Assert.NotEmpty(clause);
        CheckDeadline(Policy, kind, channel, requested, due, fragment);
    }

    [Theory]
    [InlineData(true, "잔액은 분실 신고 때 e음머니로 옮겨졌습니다 (000 분실)")] // 000 분실: a registered card's balance moved to e-money
    [InlineData(false, "등록되지 않은 카드의 분실은 현금 분실과 같아 환불할 수 없습니다 (000 분실)")] // 000 분실: unregistered = lost cash
    public void A_lost_card_refusal_says_where_the_balance_went(bool registered, string message) =>
        Assert.StartsWith(message, RefundAssessment.LostCardRefusal(new Card { IsRegistered = registered, Status = CardStatus.Lost }, Policy));
}
