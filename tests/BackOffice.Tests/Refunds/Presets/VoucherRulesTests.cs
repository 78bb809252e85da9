using static BackOffice.Tests.Refunds.Presets.RuleRows;

namespace BackOffice.Tests.Refunds.Presets;

/// <summary>VOUCHER (seed 002 디지털 온누리상품권): 60 % of the face value, expired not refundable, cancel from the next day, repaid at once.</summary>
public class VoucherRulesTests
{
    private static readonly ProgramPolicy Policy = ProgramPresets.VoucherPolicy();

    public static TheoryData<string, RefundCase, Outcome> Rows() => new()
    {
        // 002 잔액 환불: 권면금액의 60% 이상 사용 (not of the amount charged).
        { "002 잔액 환불: exactly 60 % of the 50,000 face value", Voucher(50_000, 20_000, Added(At(2026, 3, 2), 50_000, 50_000)), Yes(20_000, 0, "사용률 60% (30,000 / 50,000, 기준: 권면금액) ≥ 60% → 환불 가능 (002 잔액 환불)") },
        { "002 잔액 환불: 59.998 % of the face value refused", Voucher(50_000, 20_001, Added(At(2026, 3, 2), 50_000, 50_000)), No("< 60% → 환불 불가 (권면금액의 60% 이상 사용 후 환불 가능, 002 잔액 환불)") },
        {
            // Charged 30,000 on a 50,000 voucher, 15,000 left: half the charge is used, but 70 % of the face value.
            "002 잔액 환불: face 50,000, charged 30,000, 15,000 left → 70 % of the face value",
            Voucher(50_000, 15_000, Added(At(2026, 3, 2), 30_000, 30_000), Out(At(2026, 3, 5), 15_000, 15_000)),
            Yes(15_000, 0, "사용률 70% (35,000 / 50,000, 기준: 권면금액)")
        },
        {
            "002 잔액 환불: face 50,000, charged 30,000, 24,000 left → 52 % of the face value although 80 % of what was added since",
            Voucher(50_000, 24_000, Added(At(2026, 3, 2), 30_000, 120_000), Out(At(2026, 3, 5), 96_000, 24_000)),
            No("사용률 52% (26,000 / 50,000, 기준: 권면금액) < 60%")
        },
        { "002 잔액 환불: a card without a face value cannot be measured", Voucher(0, 10_000, Added(At(2026, 3, 2), 50_000, 50_000)), No("권면금액이 없어") },
        { "002 잔액 환불: own-name account only", Voucher(50_000, 20_000, Added(At(2026, 3, 2), 50_000, 50_000)) with { Channel = RefundChannel.Store }, No("(가능: 계좌)") },
        // 002 환불 불가능한 경우: 유효기간 만료.
        { "002 환불 불가능한 경우: an expired voucher is not refundable", Expired(30_000, Now, At(2025, 6, 1)), No("이 지난 카드·상품권은 환불 불가 (002 환불 불가능한 경우)") },
        // 002 충전 취소: counted from the next day (Jan 1 → Jan 8 23:59), discount not refunded.
        { "002 충전 취소: Jan 8 23:59:59 passes", Cancel(At(2026, 1, 8, 23, 59, 59)), Yes(50_000, 0, "충전 다음날부터 7일 → 2026-01-08 23:59까지 취소 가능 (002 충전 취소)") },
        { "002 충전 취소: Jan 9 00:00 refused", Cancel(At(2026, 1, 9, 0, 0, 0)), No("2026-01-01 충전, 충전 다음날부터 7일 → 2026-01-08 23:59까지 취소 가능 (002 충전 취소) → 기간이 지나 취소할 수 없습니다.") },
        { "002 충전 취소: the discount is not refunded", Cancel(At(2026, 1, 3), paid: 47_500), Yes(47_500, 0, "할인 2,500원은 환불되지 않음") },
        { "002 충전 취소: used → refused", Cancel(At(2026, 1, 3), 50_000, Out(At(2026, 1, 2), 1, 49_999)), No("충전 후 사용 내역이 있어") },
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
        { "002 충전 취소: repaid at once (소요시간: 즉시 처리), even on a holiday", RefundKind.ChargeCancel, RefundChannel.BankAccount, D(2026, 8, 15), D(2026, 8, 15), "신청 2026-08-15 즉시 지급 (002 충전 취소" },
        { "002 잔액 환불: 5 business days (영업일 기준 3~5일) across 제헌절", RefundKind.BalanceRefund, RefundChannel.BankAccount, D(2026, 7, 15), D(2026, 7, 23), "+ 5영업일 = 2026-07-23 (공휴일 제외: 07-17 제헌절) (002 잔액 환불" },
    };

    [Theory]
    [MemberData(nameof(Deadlines))]
    public void Deadline(string clause, RefundKind kind, RefundChannel channel, DateOnly requested, DateOnly due, string fragment)
    {
        Assert.NotEmpty(clause);
        CheckDeadline(Policy, kind, channel, requested, due, fragment);
    }
}
