using static BackOffice.Tests.Refunds.Presets.RuleRows;

namespace BackOffice.Tests.Refunds.Presets;

/// <summary>HANARO (seed 003 하나로카드 이용약관): refunds at any time less 2 % per started 10,000 won, disasters without fee.</summary>
public class HanaroRulesTests
{
    private static readonly ProgramPolicy Policy = ProgramPresets.HanaroPolicy();

    public static TheoryData<string, RefundCase, Outcome> Rows() => new()
    {
        // 제11조2: a normal card's balance at any time, at once, less 2 % of each started 10,000 won.
        { "003 하나로 제11조2: no usage needed (0 % used)", Spent(30_000, 30_000), Yes(30_000, 600, "정상카드 잔액 환불: 사용률 조건 없음 (003 하나로 제11조2) · 수수료 600원") },
        { "003 하나로 제11조2: 9,000 won counts as 10,000 → fee 200", Spent(10_000, 9_000), Yes(9_000, 200, "수수료 200원 (10,000원의 2%, 10,000원 단위 올림) (003 하나로 제2조11 · 제11조2)") },
        { "003 하나로 제11조2: exactly 10,000 → fee 200", Spent(10_000, 10_000), Yes(10_000, 200, "수수료 200원") },
        { "003 하나로 제11조2: 10,001 → two started units → fee 400", Spent(20_000, 10_001), Yes(10_001, 400, "수수료 400원 (20,000원의 2%") },
        { "003 하나로 제11조2: 35,000 → fee 800", Spent(50_000, 35_000), Yes(35_000, 800, "수수료 800원") },
        { "003 하나로 제2조11: at a store (가맹점) the same fee", Spent(10_000, 9_000, RefundChannel.Store), Yes(9_000, 200, "003 하나로 제2조11 · 제11조2") },
        { "003 하나로 제11조2: 200 won pays nothing after the 200-won fee → refused", Spent(10_000, 200), No("수수료 200원 이하라 계좌에서 환불하면 지급액이 없습니다") },
        { "003 하나로 제2조11: no envelope channel", Spent(10_000, 9_000, RefundChannel.Envelope), No("이 프로그램은 환불봉투 환불을 하지 않습니다 (가능: 계좌, 매장(가맹점))") },
        // 제11조1: disaster → whole balance at once, no fee (issue 11 point 3).
        { "003 하나로 제11조1: disaster, no fee", Disaster(30_000), Yes(30_000, 0, "천재지변·카드 결함 → 잔액 전액 환불 가능 (003 하나로 제11조1) · 수수료 0원") },
        // Values no seed gives: operator's settings.
        { "운영 정책: expired card 90 % (less the fee)", Expired(10_000, Now, At(2025, 6, 1)), Yes(9_000, 200, "9,000원 환불 가능 (운영 정책)") },
        { "운영 정책: charge cancel window", Cancel(At(2026, 1, 7, 23, 59, 59)), Yes(50_000, 0, "2026-01-07 23:59까지 취소 가능 (운영 정책)") },
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
        { "003 하나로 제11조2: paid at once, even on a holiday (2026-07-17)", RefundKind.BalanceRefund, RefundChannel.BankAccount, D(2026, 7, 17), D(2026, 7, 17), "신청 2026-07-17 즉시 지급 (003 하나로 제2조11" },
        { "003 하나로 제11조1: disaster at once", RefundKind.DisasterOrDefect, RefundChannel.Store, D(2026, 8, 15), D(2026, 8, 15), "즉시 지급" },
        { "운영 정책: a cancelled charge in 3 business days", RefundKind.ChargeCancel, RefundChannel.BankAccount, D(2026, 9, 23), D(2026, 9, 30), "+ 3영업일 = 2026-09-30" },
    };

    [Theory]
    [MemberData(nameof(Deadlines))]
    public void Deadline(string clause, RefundKind kind, RefundChannel channel, DateOnly requested, DateOnly due, string fragment)
    {
        Assert.NotEmpty(clause);
        CheckDeadline(Policy, kind, channel, requested, due, fragment);
        if (clause.StartsWith("운영 정책", StringComparison.Ordinal))
            Assert.Contains("(운영 정책, 정책 v1)", RefundDeadline.PayoutDue(Policy, kind, channel, requested, Calendar).Rule);
    }

    [Fact]
    public void A_lost_or_stolen_card_is_not_refunded_unless_recovered()
    {
        // 003 하나로 제11조4: no refund of a card reported lost or stolen; 제11조5: a recovered card is refunded as normal or defective.
        var message = RefundAssessment.LostCardRefusal(new Card { IsRegistered = true, Status = CardStatus.Stolen }, Policy);
        Assert.Equal("분실·도난 신고 카드는 환불할 수 없습니다 (003 하나로 제11조4). 카드를 회수했다면 회수 처리 후 정상·불량 카드로 환불합니다 (003 하나로 제11조5).", message);
    }
}
