using static BackOffice.Tests.Refunds.Presets.RuleRows;

namespace BackOffice.Tests.Refunds.Presets;

/// <summary>CASHBEE (seed 003 캐시비 이용약관 제9조): store 500 won up to 20,000 won, envelope and direct visit free in 10 business days.</summary>
public class CashbeeRulesTests
{
    private static readonly ProgramPolicy Policy = ProgramPresets.CashbeePolicy();

    public static TheoryData<string, RefundCase, Outcome> Rows() => new()
    {
        // 제9조①1: a normal card's whole balance, less the store's 500-won fee, at any time.
        { "003 캐시비 제9조①1: no usage needed, 500-won fee at a store", Spent(15_000, 15_000, RefundChannel.Store), Yes(15_000, 500, "정상카드 잔액 환불: 사용률 조건 없음 (003 캐시비 제9조①1) · 수수료 500원 (정액) (003 캐시비 제9조①1 · 제9조①6나)") },
        { "003 캐시비 제9조①6나: exactly 20,000 at a store passes", Spent(30_000, 20_000, RefundChannel.Store), Yes(20_000, 500, "수수료 500원") },
        { "003 캐시비 제9조①6나: 20,001 at a store is refused → envelope or direct visit", Spent(30_000, 20_001, RefundChannel.Store), No("매장(가맹점) 환불은 20,000원까지입니다 (003 캐시비 제9조①1 · 제9조①6나) → 환불봉투 또는 직접 방문 접수로 환불하세요.") },
        { "003 캐시비 제9조①6가: 20,001 by envelope, no fee", Spent(30_000, 20_001, RefundChannel.Envelope), Yes(20_001, 0, "수수료 0원") },
        { "003 캐시비 제9조①6나: direct visit, no fee", Spent(30_000, 25_000, RefundChannel.DirectVisit), Yes(25_000, 0, "사용률 조건 없음") },
        // 제9조①1: "잔액이 … 환급수수료보다 적은 경우에는 … 직접 방문". Equal is refused too: the payout would be 0 won
        // (the store keeps the whole balance), while a direct visit pays it all (see RefundEligibility.WithFee).
        { "003 캐시비 제9조①1: a balance equal to the 500-won fee pays 0 → sent to a fee-free channel", Spent(10_000, 500, RefundChannel.Store), No("잔액 500원이 수수료 500원 이하라 매장(가맹점)에서 환불하면 지급액이 없습니다 (003 캐시비 제9조①1 · 제9조①6나) → 환불봉투 또는 직접 방문 접수로 환불하세요.") },
        { "003 캐시비 제9조①1: 400 won at a store → direct visit", Spent(10_000, 400, RefundChannel.Store), No("직접 방문 접수로 환불하세요") },
        { "003 캐시비 제9조①1: 501 won at a store pays 1 won", Spent(10_000, 501, RefundChannel.Store), Yes(501, 500, "수수료 500원") },
        { "003 캐시비 제9조①6나: 400 won on a direct visit is paid in full", Spent(10_000, 400, RefundChannel.DirectVisit), Yes(400, 0, "수수료 0원") },
        { "003 캐시비 제9조①6가: no bank-account channel", Spent(10_000, 9_000, RefundChannel.BankAccount), No("이 프로그램은 계좌 환불을 하지 않습니다 (가능: 매장(가맹점), 환불봉투, 직접 방문)") },
        // 제9조①1 단서·①2: disaster and card defect without fee; the store cap still applies.
        { "003 캐시비 제9조①2: disaster at a store, no fee", Disaster(15_000, RefundChannel.Store), Yes(15_000, 0, "잔액 전액 환불 가능 (003 캐시비 제9조①1 단서·제9조①2) · 수수료 0원") },
        { "003 캐시비 제9조①6나: disaster of 25,000 at a store is above the store cap", Disaster(25_000, RefundChannel.Store), No("환불은 20,000원까지입니다") },
        { "003 캐시비 제9조①2: disaster of 25,000 by envelope", Disaster(25_000, RefundChannel.Envelope), Yes(25_000, 0, "수수료 0원") },
        // Values no seed gives.
        { "운영 정책: expired card 90 %", Expired(10_000, Now, At(2025, 6, 1), RefundChannel.DirectVisit), Yes(9_000, 0, "9,000원 환불 가능 (운영 정책)") },
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
        { "003 캐시비 제9조①6가: envelope, 10 business days across 추석 and 개천절", RefundKind.BalanceRefund, RefundChannel.Envelope, D(2026, 9, 21), D(2026, 10, 8), "+ 10영업일 = 2026-10-08" },
        { "003 캐시비 제9조①6가: direct visit filed on day 15 (광복절) → 10 business days", RefundKind.BalanceRefund, RefundChannel.DirectVisit, D(2026, 8, 15), D(2026, 8, 31), "(003 캐시비 제9조①6가·나 (직접 방문 접수" },
        { "003 캐시비 제9조①1: a store pays at once", RefundKind.BalanceRefund, RefundChannel.Store, D(2026, 7, 17), D(2026, 7, 17), "즉시 지급 (003 캐시비 제9조①1" },
    };

    [Theory]
    [MemberData(nameof(Deadlines))]
    public void Deadline(string clause, RefundKind kind, RefundChannel channel, DateOnly requested, DateOnly due, string fragment)
    {
        Assert.NotEmpty(clause);
        CheckDeadline(Policy, kind, channel, requested, due, fragment);
    }

    [Fact]
    public void A_lost_or_stolen_card_pays_neither_balance_nor_card_price()
    {
        // 003 캐시비 제9조②: 분실 또는 도난 시 기 저장된 금액과 카드 값은 지급 받으실 수 없습니다.
        var message = RefundAssessment.LostCardRefusal(new Card { IsRegistered = true, Status = CardStatus.Lost }, Policy);
        Assert.Equal("분실·도난 카드의 잔액과 카드 값은 환불할 수 없습니다 (003 캐시비 제9조②).", message);
    }
}
