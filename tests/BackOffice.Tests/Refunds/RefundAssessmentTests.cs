using Microsoft.EntityFrameworkCore;
using static BackOffice.Tests.Refunds.RefundScenario;

namespace BackOffice.Tests.Refunds;

/// <summary>What <see cref="RefundAssessment"/> loads for the rules, through the real service and database.</summary>
public class RefundAssessmentTests
{
    public static TheoryData<string, string, bool, CardStatus, string> LostCards()
    {
        var rows = new TheoryData<string, string, bool, CardStatus, string>();
        foreach (var provider in new[] { "sqlite", "postgres" })
        {
            rows.Add(provider, ProgramPresets.LocalCurrency, true, CardStatus.Lost, "잔액은 분실 신고 때 e음머니로 옮겨졌습니다 (000 분실)");
            rows.Add(provider, ProgramPresets.LocalCurrency, false, CardStatus.Lost, "등록되지 않은 카드의 분실은 현금 분실과 같아 환불할 수 없습니다 (000 분실)");
            rows.Add(provider, ProgramPresets.Hanaro, true, CardStatus.Stolen, "분실·도난 신고 카드는 환불할 수 없습니다 (003 하나로 제11조4). 카드를 회수했다면 회수 처리 후 정상·불량 카드로 환불합니다 (003 하나로 제11조5)");
            rows.Add(provider, ProgramPresets.Cashbee, true, CardStatus.Lost, "분실·도난 카드의 잔액과 카드 값은 환불할 수 없습니다 (003 캐시비 제9조②)");
            rows.Add(provider, ProgramPresets.CardCompanyPrepaid, true, CardStatus.Lost, "분실·도난 신고 당시의 잔액은 재발급 카드로 옮겨집니다 (004 제13조③)");
        }
        return rows;
    }

    [Theory]
    [MemberData(nameof(LostCards))]
    public async Task A_lost_or_stolen_card_is_refused_with_what_its_program_does_with_the_balance(string provider, string program, bool registered, CardStatus status, string message)
    {
        await using var h = await Harness.StartAsync(provider);
        var card = await NewCardAsync(h, program);
        await TopUpAsync(h, card, 30_000, DaysAgo(h, 10));
        await using (var db = await h.DbAsync())
        {
            var c = await db.Cards.SingleAsync(x => x.Id == card.CardId);
            (c.Status, c.IsRegistered) = (status, registered);
            await db.SaveChangesAsync();
        }
        var error = await Assert.ThrowsAsync<BusinessRuleException>(() => FileAsync(h, card, RefundKind.BalanceRefund));
        Assert.StartsWith(message, error.Message);
        await using var check = await h.DbAsync();
        Assert.False(await check.RefundRequests.AnyAsync(r => r.CardId == card.CardId)); // refused: nothing filed
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task A_voucher_is_measured_against_its_face_value(string provider)
    {
        // 002 잔액 환불: face 50,000, charged 30,000, 15,000 left → 35,000 of 50,000 = 70 % used (only 50 % of the charge).
        await using var h = await Harness.StartAsync(provider);
        var card = await NewCardAsync(h, ProgramPresets.Voucher);
        await using (var db = await h.DbAsync())
        {
            (await db.Cards.SingleAsync(x => x.Id == card.CardId)).FaceValue = 50_000;
            await db.SaveChangesAsync();
        }
        await TopUpAsync(h, card, 30_000, DaysAgo(h, 10));
        await PayAsync(h, card, 15_000, DaysAgo(h, 5));
        var filed = await FileAsync(h, card, RefundKind.BalanceRefund);
        Assert.Equal((RefundStatus.PendingApproval, 15_000L, 0L), (filed.Status, filed.Amount, filed.Fee));
        Assert.StartsWith("사용률 70% (35,000 / 50,000, 기준: 권면금액) ≥ 60% → 환불 가능 (002 잔액 환불)", filed.Explanation);
    }
}
