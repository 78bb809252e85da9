using Microsoft.EntityFrameworkCore;

namespace BackOffice.Tests.Delivery;

/// <summary>Card applications (issue 14 item 1) through the real service on a real database.</summary>
public class CardApplicationServiceTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_welcome_card_is_free_once_and_the_next_card_is_charged_through_the_ledger(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var memberId = await ShipmentTestSupport.MemberAsync(h);
        var local = await ShipmentTestSupport.ProgramAsync(h);
        int stockBefore;
        await using (var db = await h.DbAsync()) stockBefore = await db.CardDesigns.Where(d => d.Id == local.DesignId).Select(d => d.Stock).SingleAsync();

        var welcome = await ShipmentTestSupport.ApplyAsync(h, memberId, local, "apply-1");

        // 000 발급신청: the first card of a member in a program is free, once.
        Assert.Equal(0, welcome.Fee);
        Assert.Contains("1회에 한해 무료 (000 발급신청)", welcome.FeeRule);
        Assert.StartsWith("S20261120-", welcome.ShipmentNumber);
        Assert.Equal(new DateOnly(2026, 11, 20), welcome.ApplicationDay);
        Assert.Equal(new DateOnly(2026, 12, 1), welcome.ExpectedBy); // Fri 11-20 + 7 business days
        await using (var db = await h.DbAsync())
        {
            var s = await db.Shipments.Include(x => x.Card).SingleAsync(x => x.Number == welcome.ShipmentNumber);
            Assert.Equal((ShipmentKind.NewCard, ShipmentStatus.Requested, memberId), (s.Kind, s.Status, s.MemberId));
            Assert.Equal(("04524", "서울특별시 중구 세종대로 110", "3층"), (s.Postcode, s.RoadAddress, s.AddressDetail));
            Assert.Equal(ShipmentTestSupport.Address, s.Address); // the one-line text stays filled
            Assert.Equal((CardStatus.Active, memberId, local.ProgramId), (s.Card!.Status, s.Card.MemberId, s.Card.ProgramId));
            Assert.True(CardNumber.IsValid(h.Get<NumberKeyRing>().RevealNumber(s.Card)));
            Assert.Null(s.FeeEntryId);
            Assert.Equal(stockBefore - 1, await db.CardDesigns.Where(d => d.Id == local.DesignId).Select(d => d.Stock).SingleAsync());
            var line = await db.ShipmentEvents.SingleAsync(e => e.ShipmentId == s.Id);
            Assert.Equal((null, ShipmentStatus.Requested, "김상담", "staff"), (line.From, line.To, line.ActorName, line.Source));
            var audit = await db.AuditRecords.SingleAsync(a => a.Action == "shipment.apply" && a.EntityId == s.Number);
            Assert.Equal(memberId, audit.MemberId);
            Assert.DoesNotContain("세종대로", audit.After); // the address is personal data: masked in the audit
        }

        // A second card of the same program: AdditionalCardFee (운영 정책, 3,000원), from e-money, entry CardDeliveryFee.
        await ShipmentTestSupport.TopUpEmoneyAsync(h, memberId, 10_000);
        var second = await ShipmentTestSupport.ApplyAsync(h, memberId, local, "apply-2");
        var repeated = await ShipmentTestSupport.ApplyAsync(h, memberId, local, "apply-2");

        Assert.Equal(3_000, second.Fee);
        Assert.Contains("추가 카드 발급 수수료 3,000원 (운영 정책)", second.FeeRule);
        Assert.Equal(second.ShipmentNumber, repeated.ShipmentNumber); // the same key is the same application
        await using var check = await h.DbAsync();
        Assert.Equal(2, await check.Shipments.CountAsync(s => s.MemberId == memberId));
        var fee = await check.JournalEntries.Include(e => e.Postings).SingleAsync(e => e.Type == EntryType.CardDeliveryFee);
        var emoney = await SystemAccounts.MemberAccountAsync(check, memberId, AccountKind.Emoney);
        var income = await SystemAccounts.IdAsync(check, AccountKind.FeeIncome);
        Assert.Equal([(emoney.Id, -3_000L), (income, 3_000L)], fee.Postings.OrderBy(p => p.Amount).Select(p => (p.AccountId, p.Amount)));
        Assert.Equal(7_000, emoney.Balance);
        Assert.Equal(fee.Id, await check.Shipments.Where(s => s.Number == second.ShipmentNumber).Select(s => s.FeeEntryId).SingleAsync());
        Assert.True((await LedgerConsistencyCheck.RunAsync(check)).IsConsistent);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_member_who_holds_a_card_of_the_program_pays_and_without_e_money_nothing_is_written(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var memberId = await ShipmentTestSupport.MemberAsync(h, ProgramPresets.LocalCurrency);
        var local = await ShipmentTestSupport.ProgramAsync(h);

        var preview = await h.Get<CardApplicationService>().PreviewAsync(memberId, local.ProgramId);
        Assert.Equal(3_000, preview.Fee);
        Assert.Contains("카드 1장이 이미 발급되어", preview.FeeRule);
        Assert.NotNull(preview.Problem); // the dialog says so before the agent tries
        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() => ShipmentTestSupport.ApplyAsync(h, memberId, local, "apply-x"));

        Assert.StartsWith("수수료 3,000원을 낼 잔액이 없습니다", refused.Message);
        await using var db = await h.DbAsync();
        Assert.Equal(0, await db.Shipments.CountAsync(s => s.MemberId == memberId));
        Assert.Equal(1, await db.Cards.CountAsync(c => c.MemberId == memberId));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Bad_input_is_refused_in_korean(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var memberId = await ShipmentTestSupport.MemberAsync(h);
        var local = await ShipmentTestSupport.ProgramAsync(h);

        Assert.Equal("우편번호는 숫자 5자리로 입력하세요 (예: 04524).",
            (await Assert.ThrowsAsync<BusinessRuleException>(() => ShipmentTestSupport.ApplyAsync(h, memberId, local, "k1", postcode: "123"))).Message);
        Assert.Equal("도로명주소를 입력하세요.",
            (await Assert.ThrowsAsync<BusinessRuleException>(() => ShipmentTestSupport.ApplyAsync(h, memberId, local, "k2", road: " "))).Message);
        Assert.Equal("요청 키가 없습니다. 화면을 새로 고친 뒤 다시 시도하세요.",
            (await Assert.ThrowsAsync<BusinessRuleException>(() => ShipmentTestSupport.ApplyAsync(h, memberId, local, ""))).Message);
        h.Actor.Current = TestActor.Finance; // no HandleShipments
        await Assert.ThrowsAsync<ForbiddenException>(() => ShipmentTestSupport.ApplyAsync(h, memberId, local, "k3"));
        await using var db = await h.DbAsync();
        Assert.Equal(0, await db.Shipments.CountAsync(s => s.MemberId == memberId));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_reissued_card_gets_a_numbered_shipment_with_its_address_lines(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        await DirectDamagedReissue.AllowAsync(h);
        var memberId = await ShipmentTestSupport.MemberAsync(h, ProgramPresets.LocalCurrency);
        await ShipmentTestSupport.TopUpEmoneyAsync(h, memberId, 10_000);
        var local = await ShipmentTestSupport.ProgramAsync(h);
        long cardId;
        await using (var db = await h.DbAsync()) cardId = await db.Cards.Where(c => c.MemberId == memberId).Select(c => c.Id).SingleAsync();

        await h.Get<ReissueService>().RequestAsync(new ReissueCommand(cardId, ReissueReason.Damaged, local.DesignId, false, null, "reissue-1"));

        await using var check = await h.DbAsync();
        var s = await check.Shipments.SingleAsync(x => x.MemberId == memberId);
        Assert.StartsWith("S20261120-", s.Number);
        Assert.Equal((ShipmentKind.Reissue, new DateOnly(2026, 11, 20)), (s.Kind, s.ApplicationDay));
        Assert.Equal(("04524", "서울특별시 중구 세종대로 110", "3층"), (s.Postcode, s.RoadAddress, s.AddressDetail));
        Assert.Equal(ShipmentTestSupport.Address, s.Address);
        Assert.False(string.IsNullOrEmpty(s.Design));
        Assert.Equal(0, s.Fee); // the reissue fee is the reissue request's, not a delivery fee
    }
}
