using Microsoft.EntityFrameworkCore;

namespace BackOffice.Tests.Delivery;

/// <summary>Re-sends (issue 14 item 5) with their fees through the ledger, on a real database.</summary>
public class ResendServiceTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    private static ResendCommand SameAddress(long shipmentId, string key) => new(shipmentId, false, null, true, null, null, null, key);

    private static async Task<(long Emoney, long Card, long FeeIncome)> BalancesAsync(Harness h, long memberId, long cardId)
    {
        await using var db = await h.DbAsync();
        var emoney = await db.Accounts.Where(a => a.MemberId == memberId && a.Kind == AccountKind.Emoney && a.CardId == null).SumAsync(a => a.Balance);
        var card = await db.Accounts.Where(a => a.CardId == cardId).SumAsync(a => a.Balance);
        var income = await db.Accounts.Where(a => a.Kind == AccountKind.FeeIncome).SumAsync(a => a.Balance);
        return (emoney, card, income);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_first_resend_of_a_card_is_free_and_the_second_is_charged_through_the_ledger(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 10);
        var (cardId, memberId) = await ResendTestData.CardAsync(h);
        var returned = await ResendTestData.ShipmentAsync(h, cardId, memberId, ShipmentStatus.Returned);
        var before = await BalancesAsync(h, memberId, cardId);

        var first = await h.Get<ResendService>().ResendAsync(SameAddress(returned.Id, "k1"));

        Assert.Equal((ShipmentKind.Resend, 0L, (long?)null), (first.Kind, first.Fee, first.FeeEntryId));
        Assert.Contains("첫 재발송 무료", first.FeeRule, StringComparison.Ordinal);
        Assert.Contains("000 배송", first.FeeRule, StringComparison.Ordinal);
        Assert.Equal(before, await BalancesAsync(h, memberId, cardId));
        var old = await ResendTestData.ReloadAsync(h, returned.Id);
        Assert.Equal((ShipmentStatus.Resent, (long?)first.ShipmentId), (old.Status, old.ResentAsShipmentId));
        var made = await ResendTestData.ReloadAsync(h, first.ShipmentId);
        Assert.Equal((ShipmentStatus.Requested, new DateOnly(2026, 11, 20), (long?)returned.Id, "21999", "인천광역시 연수구 컨벤시아대로 165"),
            (made.Status, made.ApplicationDay, made.ResendOfShipmentId, made.Postcode, made.RoadAddress));
        Assert.Matches(@"^S20261120-\d{6}$", made.Number);

        // The same click again returns the same re-send.
        Assert.Equal(first.Number, (await h.Get<ResendService>().ResendAsync(SameAddress(returned.Id, "k1"))).Number);

        // The re-sent card comes back too: the second re-send of the card costs the program's CardResendFee.
        await using (var db = await h.DbAsync())
        {
            var again = await db.Shipments.SingleAsync(s => s.Id == first.ShipmentId);
            again.Status = ShipmentStatus.Returned;
            await db.SaveChangesAsync();
        }
        var second = await h.Get<ResendService>().ResendAsync(new ResendCommand(first.ShipmentId, false, null, false, "06236", "서울특별시 강남구 테헤란로 152", "12층", "k2"));

        Assert.Equal(3_000L, second.Fee);
        Assert.Contains("2번째 재발송", second.FeeRule, StringComparison.Ordinal);
        Assert.NotNull(second.FeeEntryId);
        var after = await BalancesAsync(h, memberId, cardId);
        Assert.Equal(before.FeeIncome + 3_000, after.FeeIncome);
        Assert.Equal(before.Emoney + before.Card - 3_000, after.Emoney + after.Card); // e-money first, else the card
        await using var check = await h.DbAsync();
        var entry = await check.JournalEntries.Include(e => e.Postings).SingleAsync(e => e.Type == EntryType.CardDeliveryFee);
        Assert.Equal(second.FeeEntryId, entry.Id);
        Assert.Equal([-3_000L, 3_000L], entry.Postings.Select(p => p.Amount).Order());
        Assert.Equal(second.Number, entry.Reference);
        Assert.Equal("06236", (await ResendTestData.ReloadAsync(h, second.ShipmentId)).Postcode);
        Assert.True((await LedgerConsistencyCheck.RunAsync(check)).IsConsistent);
        Assert.Equal(2, await check.NoticeMessages.CountAsync(m => m.TemplateKey == DeliveryNoticeKeys.Resent && m.Channel == NoticeChannel.Sms));
        var audit = await check.AuditRecords.Where(r => r.Action == "delivery.resend").OrderBy(r => r.Id).ToListAsync();
        Assert.Equal(2, audit.Count);
        Assert.All(audit, r => Assert.Equal(memberId, r.MemberId));
        Assert.Contains("***", audit[1].After ?? "", StringComparison.Ordinal); // the address is masked in the audit
        Assert.DoesNotContain("테헤란로", audit[1].After ?? "", StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_wrong_card_delivered_is_resent_in_the_chosen_design_without_a_fee(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 10);
        var (cardId, memberId) = await ResendTestData.CardAsync(h);
        var delivered = await ResendTestData.ShipmentAsync(h, cardId, memberId, ShipmentStatus.Delivered);
        long designId;
        string designName;
        int stock;
        await using (var db = await h.DbAsync())
        {
            var programId = await db.Cards.Where(c => c.Id == cardId).Select(c => c.ProgramId).SingleAsync();
            var design = await db.CardDesigns.Where(d => d.ProgramId == programId && d.IsActive && d.Stock > 0).OrderByDescending(d => d.Id).FirstAsync();
            (designId, designName, stock) = (design.Id, design.Name, design.Stock);
        }
        var before = await BalancesAsync(h, memberId, cardId);

        var result = await h.Get<ResendService>().ResendAsync(new ResendCommand(delivered.Id, true, designId, true, null, null, null, "w1"));

        Assert.Equal((ShipmentKind.WrongCardResend, 0L, designName), (result.Kind, result.Fee, result.Design));
        Assert.Contains("다른 카드", result.FeeRule, StringComparison.Ordinal);
        Assert.Equal(before, await BalancesAsync(h, memberId, cardId));
        var old = await ResendTestData.ReloadAsync(h, delivered.Id);
        Assert.Equal((ShipmentStatus.Delivered, (long?)result.ShipmentId), (old.Status, old.ResentAsShipmentId));
        await using var check = await h.DbAsync();
        Assert.Equal(stock - 1, await check.CardDesigns.Where(d => d.Id == designId).Select(d => d.Stock).SingleAsync());
        Assert.Equal(designName, await check.Cards.Where(c => c.Id == cardId).Select(c => c.Design).SingleAsync());
        Assert.False(await check.JournalEntries.AnyAsync(e => e.Type == EntryType.CardDeliveryFee));
        Assert.Contains(await check.ShipmentEvents.Where(e => e.ShipmentId == delivered.Id).Select(e => e.Text).ToListAsync(),
            t => t.StartsWith("다른 카드 수령 신고", StringComparison.Ordinal));

        // A wrong-card re-send does not use up the free returned-mail re-send.
        var preview = await h.Get<ResendService>().PreviewAsync(delivered.Id, wrongCard: false);
        Assert.Equal(0L, preview.Fee);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Resends_are_refused_in_korean_where_the_rules_say_no(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 10);
        var (cardId, memberId) = await ResendTestData.CardAsync(h);
        var preparing = await ResendTestData.ShipmentAsync(h, cardId, memberId, ShipmentStatus.Preparing);
        var returned = await ResendTestData.ShipmentAsync(h, cardId, memberId, ShipmentStatus.Returned);
        var service = h.Get<ResendService>();

        Assert.Equal("반송된 배송만 재발송할 수 있습니다 (현재 발송 준비).",
            (await Assert.ThrowsAsync<BusinessRuleException>(() => service.ResendAsync(SameAddress(preparing.Id, "a")))).Message);
        Assert.Equal("다른 카드 수령 재발송은 수령 확인된 배송에서만 할 수 있습니다 (현재 반송).",
            (await Assert.ThrowsAsync<BusinessRuleException>(() => service.ResendAsync(new ResendCommand(returned.Id, true, 1, true, null, null, null, "b")))).Message);
        Assert.Equal("우편번호는 숫자 5자리로 입력하세요.",
            (await Assert.ThrowsAsync<BusinessRuleException>(() => service.ResendAsync(new ResendCommand(returned.Id, false, null, false, "123", "도로", "", "c")))).Message);
        await service.ResendAsync(SameAddress(returned.Id, "d"));
        Assert.StartsWith($"배송 {returned.Number}은(는) 이미 재발송했습니다",
            (await Assert.ThrowsAsync<BusinessRuleException>(() => service.ResendAsync(SameAddress(returned.Id, "e")))).Message, StringComparison.Ordinal);
        h.Actor.Current = TestActor.Finance;
        await Assert.ThrowsAsync<ForbiddenException>(() => service.ResendAsync(SameAddress(returned.Id, "f")));
    }
}
