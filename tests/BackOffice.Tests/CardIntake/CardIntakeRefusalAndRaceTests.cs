using Microsoft.EntityFrameworkCore;

namespace BackOffice.Tests.CardIntake;

/// <summary>
/// Intake commands refused (wrong state, missing permission, bad input) change nothing; a case settled twice at once
/// (on PostgreSQL: on SQLite the write gate serializes every race) is settled once.
/// </summary>
public class CardIntakeRefusalAndRaceTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    private static async Task<List<(long CardId, long MemberId, long Balance)>> CardsAsync(Harness h, int count)
    {
        await using var db = await h.DbAsync();
        var cards = await db.Cards.Where(c => c.Program!.Code == ProgramPresets.LocalCurrency && c.Status == CardStatus.Active)
            .Join(db.Accounts, c => c.Id, a => a.CardId, (c, a) => new { c.Id, c.MemberId, a.Balance })
            .Where(x => x.Balance > 0).OrderBy(x => x.Id).Take(count).ToListAsync();
        Assert.Equal(count, cards.Count);
        var ids = cards.Select(c => c.Id).ToList();
        var members = cards.Select(c => c.MemberId!.Value).ToList();
        // Within the warranty (first used a month ago), and an own-name bank account for refunds.
        await db.Cards.Where(c => ids.Contains(c.Id)).ExecuteUpdateAsync(s => s.SetProperty(c => c.FirstUsedOn, new DateOnly(2026, 10, 20)));
        await db.Members.Where(m => members.Contains(m.Id)).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.BankName, "국민은행").SetProperty(m => m.BankAccountHolder, m => m.Name).SetProperty(m => m.BankAccountCipher, h.Get<NumberKeyRing>().Encrypt("1234567890")).SetProperty(m => m.BankAccountLast4, "7890"));
        return cards.Select(c => (c.Id, c.MemberId!.Value, c.Balance)).ToList();
    }

    private static async Task<long> IdAsync(Harness h, string caseNo)
    {
        await using var db = await h.DbAsync();
        return await db.CardIntakeCases.Where(c => c.CaseNo == caseNo).Select(c => c.Id).SingleAsync();
    }

    private static async Task<(int Cases, int Audits, IntakeStatus? Status, CardStatus Card)> StateAsync(Harness h, long cardId)
    {
        await using var db = await h.DbAsync();
        return (await db.CardIntakeCases.CountAsync(), await db.AuditRecords.CountAsync(a => a.EntityType == "CardIntakeCase"),
            await db.CardIntakeCases.Where(c => c.CardId == cardId).Select(c => (IntakeStatus?)c.Status).FirstOrDefaultAsync(),
            await db.Cards.Where(c => c.Id == cardId).Select(c => c.Status).SingleAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Bad_input_is_refused_with_a_korean_message_and_changes_nothing(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 20);
        var cards = await CardsAsync(h, 2);
        var (cardId, _, balance) = cards[0];
        var intake = h.Get<CardIntakeService>();

        var longNote = await Assert.ThrowsAsync<BusinessRuleException>(() => intake.OpenAsync(new OpenIntakeCommand(cardId, DefectKind.Broken, new string('가', 1001), "k1")));
        Assert.Equal("메모는 1,000자 이하로 입력하세요.", longNote.Message);
        var noCard = await Assert.ThrowsAsync<BusinessRuleException>(() => intake.OpenAsync(new OpenIntakeCommand(999_999, DefectKind.Broken, "", "k2")));
        Assert.Equal("카드를 찾을 수 없습니다.", noCard.Message);
        var noCase = await Assert.ThrowsAsync<BusinessRuleException>(() => intake.ReceiveAsync(999_999));
        Assert.Equal("접수 건을 찾을 수 없습니다.", noCase.Message);
        Assert.Equal((0, 0, (IntakeStatus?)null, CardStatus.Active), await StateAsync(h, cardId));

        var caseNo = await intake.OpenAsync(new OpenIntakeCommand(cardId, DefectKind.Broken, "", "open"));
        var id = await IdAsync(h, caseNo);
        var second = await Assert.ThrowsAsync<BusinessRuleException>(() => intake.OpenAsync(new OpenIntakeCommand(cardId, DefectKind.Broken, "", "another-key")));
        Assert.Equal("사용 중인 카드만 불량 접수할 수 있습니다 (현재 상태: 불량 접수).", second.Message); // the open case stopped the card
        await intake.ReceiveAsync(id);
        await intake.InspectAsync(new InspectCommand(id, DefectKind.Broken, "IC 칩 접촉 불량", null));
        var negative = await Assert.ThrowsAsync<BusinessRuleException>(() => intake.VerifyBalanceAsync(id, -1));
        Assert.Equal("확인 잔액은 0원 이상의 올바른 금액이어야 합니다.", negative.Message);
        var mismatch = await Assert.ThrowsAsync<BusinessRuleException>(() => intake.VerifyBalanceAsync(id, balance + 1));
        Assert.StartsWith($"확인한 잔액 {KoreanWon.Format(balance + 1)}이 장부 잔액", mismatch.Message);
        await intake.VerifyBalanceAsync(id, balance);
        var noTarget = await Assert.ThrowsAsync<BusinessRuleException>(() => intake.SettleAsync(new SettleCommand(id, IntakeSettlement.LoadToNewCard, null, null, "s")));
        Assert.Equal("잔액을 옮길 이 회원의 사용 중인 다른 카드를 선택하세요.", noTarget.Message);
        var otherMembersCard = await Assert.ThrowsAsync<BusinessRuleException>(() => intake.SettleAsync(new SettleCommand(id, IntakeSettlement.LoadToNewCard, null, cards[1].CardId, "s")));
        Assert.Equal("잔액을 옮길 이 회원의 사용 중인 다른 카드를 선택하세요.", otherMembersCard.Message);

        Assert.Equal((1, 4, (IntakeStatus?)IntakeStatus.BalanceVerified, CardStatus.Defective), await StateAsync(h, cardId));
        await using var db = await h.DbAsync();
        Assert.Equal(balance, await db.Accounts.Where(a => a.CardId == cardId).Select(a => a.Balance).SingleAsync());
        Assert.False(await db.JournalEntries.AnyAsync(e => e.Reference == caseNo));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Each_step_out_of_order_is_refused_and_changes_nothing(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 20);
        var (cardId, _, balance) = (await CardsAsync(h, 1))[0];
        var intake = h.Get<CardIntakeService>();
        var caseNo = await intake.OpenAsync(new OpenIntakeCommand(cardId, DefectKind.Broken, "", "open"));
        var id = await IdAsync(h, caseNo);

        async Task RefusedAsync(Func<Task> step, string what, string allowed)
        {
            var before = await StateAsync(h, cardId);
            var refused = await Assert.ThrowsAsync<BusinessRuleException>(step);
            Assert.StartsWith($"'{what}'은(는) {allowed} 상태에서만 할 수 있습니다 (현재: ", refused.Message);
            Assert.Equal(before, await StateAsync(h, cardId));
        }

        await RefusedAsync(() => intake.InspectAsync(new InspectCommand(id, DefectKind.Broken, "", null)), "검수", IntakeNames.Of(IntakeStatus.CardReceived));
        await RefusedAsync(() => intake.SettleAsync(new SettleCommand(id, IntakeSettlement.RefundToAccount, null, null, "s0")), "정산", IntakeNames.Of(IntakeStatus.BalanceVerified));
        await RefusedAsync(() => intake.CloseAsync(id), "종결", $"{IntakeNames.Of(IntakeStatus.Settled)} 또는 {IntakeNames.Of(IntakeStatus.Rejected)}");
        await intake.ReceiveAsync(id);
        await RefusedAsync(() => intake.ReceiveAsync(id), "카드 수령", IntakeNames.Of(IntakeStatus.Requested));
        await intake.InspectAsync(new InspectCommand(id, DefectKind.Broken, "IC 칩 접촉 불량", null));
        await intake.VerifyBalanceAsync(id, balance);
        await intake.SettleAsync(new SettleCommand(id, IntakeSettlement.RefundToAccount, null, null, "s1"));
        await RefusedAsync(() => intake.SettleAsync(new SettleCommand(id, IntakeSettlement.ReplaceCard, null, null, "s2")), "정산", IntakeNames.Of(IntakeStatus.BalanceVerified));
        await RefusedAsync(() => intake.VerifyBalanceAsync(id, 0), "잔액 확인", IntakeNames.Of(IntakeStatus.Inspected));

        await using var db = await h.DbAsync();
        // Issue 10: the settlement's money movement is the hold of the refund it filed (referenced by the refund's number).
        var refundNo = await db.CardIntakeCases.Where(c => c.CaseNo == caseNo).Select(c => c.RefundRequest!.RequestNo).SingleAsync();
        Assert.Equal(1, await db.JournalEntries.CountAsync(e => e.Reference == caseNo || e.Reference == refundNo));
        Assert.Equal(1, await db.AuditRecords.CountAsync(a => a.Action == "card.intake.settled" && a.EntityId == caseNo));
        Assert.True((await LedgerConsistencyCheck.RunAsync(db)).IsConsistent);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Staff_without_the_intake_permission_are_refused_at_every_step(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 20);
        var (cardId, _, balance) = (await CardsAsync(h, 1))[0];
        var intake = h.Get<CardIntakeService>();
        var caseNo = await intake.OpenAsync(new OpenIntakeCommand(cardId, DefectKind.Broken, "", "open"));
        var id = await IdAsync(h, caseNo);
        var before = await StateAsync(h, cardId);

        foreach (var actor in new[] { TestActor.Finance, TestActor.Compliance })
        {
            h.Actor.Current = actor;
            await Assert.ThrowsAsync<ForbiddenException>(() => intake.OpenAsync(new OpenIntakeCommand(cardId, DefectKind.Broken, "", "f-open")));
            await Assert.ThrowsAsync<ForbiddenException>(() => intake.ReceiveAsync(id));
            await Assert.ThrowsAsync<ForbiddenException>(() => intake.InspectAsync(new InspectCommand(id, DefectKind.Broken, "", null)));
            await Assert.ThrowsAsync<ForbiddenException>(() => intake.VerifyBalanceAsync(id, balance));
            await Assert.ThrowsAsync<ForbiddenException>(() => intake.SettleAsync(new SettleCommand(id, IntakeSettlement.RefundToAccount, null, null, "f")));
            await Assert.ThrowsAsync<ForbiddenException>(() => intake.CloseAsync(id));
            await Assert.ThrowsAsync<ForbiddenException>(() => intake.GetAsync(caseNo));
        }
        h.Actor.Current = null;
        await Assert.ThrowsAsync<ForbiddenException>(() => intake.ReceiveAsync(id));

        Assert.Equal(before, await StateAsync(h, cardId));
    }

    [Fact]
    public async Task A_case_settled_twice_at_once_is_settled_once()
    {
        await using var h = await Harness.StartAsync("postgres", demoMembers: 40);
        var cards = await CardsAsync(h, 16);
        // The race is about the settlement, not the stock: some demo cards carry a design that is out of stock.
        await using (var db = await h.DbAsync()) await db.CardDesigns.ExecuteUpdateAsync(s => s.SetProperty(d => d.Stock, 1_000));
        await using var first = h.SessionAs(TestActor.Agent);
        await using var second = h.SessionAs(TestActor.Agent2);

        await Race.UntilBothWinAsync(cards.Count, "refund", "replace", async round =>
        {
            var (cardId, _, balance) = cards[round];
            var intake = h.Get<CardIntakeService>();
            var caseNo = await intake.OpenAsync(new OpenIntakeCommand(cardId, DefectKind.Broken, "", $"open-{round}"));
            var id = await IdAsync(h, caseNo);
            await intake.ReceiveAsync(id);
            await intake.InspectAsync(new InspectCommand(id, DefectKind.Broken, "IC 칩 접촉 불량", null));
            await intake.VerifyBalanceAsync(id, balance);

            var (refund, replace) = await Race.TwoAsync(round,
                () => first.Get<CardIntakeService>().SettleAsync(new SettleCommand(id, IntakeSettlement.RefundToAccount, null, null, $"a-{round}")),
                () => second.Get<CardIntakeService>().SettleAsync(new SettleCommand(id, IntakeSettlement.ReplaceCard, null, null, $"b-{round}")));

            Assert.Single(new[] { refund, replace }, o => o is null);
            Assert.StartsWith("'정산'은(는) ", refund ?? replace);
            Assert.Contains("(현재: 정산 완료)", refund ?? replace);
            await using var db = await h.DbAsync();
            var settled = await db.CardIntakeCases.SingleAsync(c => c.Id == id);
            var replacements = await db.Cards.CountAsync(c => c.ReplacesCardId == cardId);
            // Issue 10: settling to the bank files one defect refund (its hold) instead of posting a payout.
            var payouts = await db.RefundRequests.CountAsync(r => r.IntakeCaseNo == caseNo && r.HoldEntryId != null);
            Assert.False(await db.JournalEntries.AnyAsync(e => e.Type == EntryType.RefundPayout));
            var oldStatus = await db.Cards.Where(c => c.Id == cardId).Select(c => c.Status).SingleAsync();
            Assert.Equal(IntakeStatus.Settled, settled.Status);
            if (refund is null)
                Assert.Equal((IntakeSettlement.RefundToAccount, 0, 1, CardStatus.Closed), (settled.Settlement!.Value, replacements, payouts, oldStatus));
            else
                Assert.Equal((IntakeSettlement.ReplaceCard, 1, 0), (settled.Settlement!.Value, replacements, payouts));
            Assert.Equal(0, await db.Accounts.Where(a => a.CardId == cardId).Select(a => a.Balance).SingleAsync());
            Assert.Equal(1, await db.AuditRecords.CountAsync(a => a.Action == "card.intake.settled" && a.EntityId == caseNo));
            Assert.True((await LedgerConsistencyCheck.RunAsync(db)).IsConsistent);
            return refund is null ? "refund" : "replace";
        });
    }
}
