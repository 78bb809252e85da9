using Microsoft.EntityFrameworkCore;

namespace BackOffice.Tests.CardIntake;

public class CardIntakeServiceTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    private static async Task<(long CardId, long MemberId, long Balance)> CardAsync(Harness h)
    {
        await using var db = await h.DbAsync();
        var card = await db.Cards.Where(c => c.Program!.Code == ProgramPresets.LocalCurrency && c.Status == CardStatus.Active)
            .Join(db.Accounts, c => c.Id, a => a.CardId, (c, a) => new { c.Id, c.MemberId, a.Balance })
            .Where(x => x.Balance > 0).OrderBy(x => x.Id).FirstAsync();
        // Within the warranty: first used a month ago.
        await db.Cards.Where(c => c.Id == card.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.FirstUsedOn, new DateOnly(2026, 10, 20)));
        return (card.Id, card.MemberId!.Value, card.Balance);
    }

    private static async Task<CardIntakeCase> CaseAsync(Harness h, string caseNo)
    {
        await using var db = await h.DbAsync();
        return await db.CardIntakeCases.SingleAsync(c => c.CaseNo == caseNo);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_broken_card_goes_from_intake_to_a_free_replacement_and_closes(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 20);
        var (cardId, _, balance) = await CardAsync(h);
        var intake = h.Get<CardIntakeService>();

        var caseNo = await intake.OpenAsync(new OpenIntakeCommand(cardId, DefectKind.Broken, "단말기 인식 불가", "open"));
        Assert.Equal(caseNo, await intake.OpenAsync(new OpenIntakeCommand(cardId, DefectKind.Broken, "단말기 인식 불가", "open"))); // double submit
        var opened = await CaseAsync(h, caseNo);
        // Fri 11-20 + 15 days = Sat 12-05, a period ending on a Saturday ends on the next business day (민법 제161조): Mon 12-07.
        Assert.Equal(new DateOnly(2026, 12, 7), opened.BalanceDueBy);
        await using (var db = await h.DbAsync())
            Assert.Equal(CardStatus.Defective, await db.Cards.Where(c => c.Id == cardId).Select(c => c.Status).SingleAsync());

        var early = await Assert.ThrowsAsync<BusinessRuleException>(() => intake.VerifyBalanceAsync(opened.Id, balance));
        Assert.StartsWith("'잔액 확인'은(는) 검수 완료 상태에서만", early.Message);

        await intake.ReceiveAsync(opened.Id);
        await intake.InspectAsync(new InspectCommand(opened.Id, DefectKind.Broken, "IC 칩 접촉 불량", null));
        var wrong = await Assert.ThrowsAsync<BusinessRuleException>(() => intake.VerifyBalanceAsync(opened.Id, balance + 100));
        Assert.Contains("장부 잔액", wrong.Message);
        await intake.VerifyBalanceAsync(opened.Id, balance);
        await intake.SettleAsync(new SettleCommand(opened.Id, IntakeSettlement.ReplaceCard, null, null, "settle"));
        await intake.CloseAsync(opened.Id);

        var closed = await CaseAsync(h, caseNo);
        Assert.Equal((IntakeStatus.Closed, true), (closed.Status, closed.WithinWarranty));
        Assert.Equal(new DateOnly(2026, 11, 27), closed.ReplacementDueBy);
        await using var check = await h.DbAsync();
        var replacement = await check.Cards.SingleAsync(c => c.Id == closed.ReplacementCardId);
        Assert.Equal(cardId, replacement.ReplacesCardId);
        Assert.Equal(balance, await check.Accounts.Where(a => a.CardId == replacement.Id).Select(a => a.Balance).SingleAsync());
        Assert.False(await check.JournalEntries.AnyAsync(e => e.Type == EntryType.ReissueFee)); // within warranty: free
        Assert.Equal(ShipmentMethod.Registered, await check.Shipments.Where(s => s.CardId == replacement.Id).Select(s => s.Method).SingleAsync());
        Assert.Equal(6, await check.AuditRecords.CountAsync(a => a.EntityType == "CardIntakeCase" && a.EntityId == caseNo));
        Assert.True((await LedgerConsistencyCheck.RunAsync(check)).IsConsistent);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Simple_scratches_are_rejected_with_a_reason_and_the_card_works_again(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 10);
        var (cardId, _, _) = await CardAsync(h);
        var intake = h.Get<CardIntakeService>();
        var caseNo = await intake.OpenAsync(new OpenIntakeCommand(cardId, DefectKind.Damaged, "", "open"));
        var id = (await CaseAsync(h, caseNo)).Id;
        await intake.ReceiveAsync(id);

        var noReason = await Assert.ThrowsAsync<BusinessRuleException>(() => intake.InspectAsync(new InspectCommand(id, null, "", "긁힘")));
        Assert.StartsWith("반려 사유를 5자 이상", noReason.Message);
        await intake.InspectAsync(new InspectCommand(id, null, "표면 긁힘만 있음", "단순 긁힘, 정상 작동 확인"));

        var rejected = await CaseAsync(h, caseNo);
        Assert.Equal((IntakeStatus.Rejected, "단순 긁힘, 정상 작동 확인"), (rejected.Status, rejected.RejectionReason));
        await using var db = await h.DbAsync();
        var card = await db.Cards.SingleAsync(c => c.Id == cardId);
        Assert.Equal((CardStatus.Active, (DateTimeOffset?)null), (card.Status, card.StoppedAt));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_refund_needs_an_own_name_account_and_pays_the_verified_balance_out(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 20);
        var (cardId, memberId, balance) = await CardAsync(h);
        var intake = h.Get<CardIntakeService>();
        var id = (await CaseAsync(h, await intake.OpenAsync(new OpenIntakeCommand(cardId, DefectKind.Damaged, "", "open")))).Id;
        await intake.ReceiveAsync(id);
        await intake.InspectAsync(new InspectCommand(id, DefectKind.Damaged, "카드 휨", null));
        await intake.VerifyBalanceAsync(id, balance);

        await using (var db = await h.DbAsync())
            await db.Members.Where(m => m.Id == memberId).ExecuteUpdateAsync(s => s.SetProperty(m => m.BankAccountHolder, "다른사람"));
        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() => intake.SettleAsync(new SettleCommand(id, IntakeSettlement.RefundToAccount, null, null, "s1")));
        Assert.StartsWith("본인 명의 환불 계좌가 없습니다", refused.Message);

        await using (var db = await h.DbAsync())
            await db.Members.Where(m => m.Id == memberId).ExecuteUpdateAsync(s => s.SetProperty(m => m.BankAccountHolder, m => m.Name).SetProperty(m => m.BankAccountCipher, h.Get<NumberKeyRing>().Encrypt("1234567890")).SetProperty(m => m.BankAccountLast4, "7890"));
        await intake.SettleAsync(new SettleCommand(id, IntakeSettlement.RefundToAccount, null, null, "s2"));
        await using var check = await h.DbAsync();
        Assert.Equal(0, await check.Accounts.Where(a => a.CardId == cardId).Select(a => a.Balance).SingleAsync());
        Assert.Equal(CardStatus.Closed, await check.Cards.Where(c => c.Id == cardId).Select(c => c.Status).SingleAsync());
        Assert.True((await LedgerConsistencyCheck.RunAsync(check)).IsConsistent);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_queue_lists_overdue_cases_first(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 30);
        var intake = h.Get<CardIntakeService>();
        await using var db = await h.DbAsync();
        var cards = await db.Cards.Where(c => c.Status == CardStatus.Active && c.Program!.Code == ProgramPresets.LocalCurrency).OrderBy(c => c.Id).Take(3).Select(c => c.Id).ToListAsync();

        // Opened in the order rejected, old, recent; listed old (overdue), recent (next due), rejected (no deadline):
        // neither the insertion order nor the first sort key alone gives the expected order.
        var rejected = await intake.OpenAsync(new OpenIntakeCommand(cards[2], DefectKind.Damaged, "", "c"));
        var rejectedId = await db.CardIntakeCases.Where(c => c.CaseNo == rejected).Select(c => c.Id).SingleAsync();
        await intake.ReceiveAsync(rejectedId);
        await intake.InspectAsync(new InspectCommand(rejectedId, null, "표면 긁힘만 있음", "단순 긁힘, 정상 작동 확인"));
        var old = await intake.OpenAsync(new OpenIntakeCommand(cards[0], DefectKind.Broken, "", "a"));
        h.Clock.Advance(TimeSpan.FromDays(20)); // the first case is now past its 15 days
        var recent = await intake.OpenAsync(new OpenIntakeCommand(cards[1], DefectKind.Broken, "", "b"));
        await h.RunJobAsync<MarkOverdueIntakeJob>(); // overdue is stored state, marked by the job

        var page = await intake.QueueAsync(null, false, 0, 25);
        Assert.Equal([old, recent, rejected], page.Rows.Select(r => r.CaseNo));
        Assert.True(page.Rows[0].Overdue);
        Assert.False(page.Rows[1].Overdue);
        Assert.False(page.Rows[2].Overdue);
        Assert.Equal([old], (await intake.QueueAsync(null, true, 0, 25)).Rows.Select(r => r.CaseNo));

        h.Actor.Current = TestActor.Finance;
        await Assert.ThrowsAsync<ForbiddenException>(() => intake.QueueAsync(null, false, 0, 25));
    }
}
