using Microsoft.EntityFrameworkCore;

namespace BackOffice.Tests.CardIntake;

/// <summary>Intake commands through the transition table: a refusal changes nothing; a repeated client key is the first command.</summary>
public class IntakeCommandTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    private static async Task<(long CardId, long MemberId, long Balance)> CardAsync(Harness h)
    {
        await using var db = await h.DbAsync();
        var card = await db.Cards.Where(c => c.Program!.Code == ProgramPresets.LocalCurrency && c.Status == CardStatus.Active)
            .Join(db.Accounts, c => c.Id, a => a.CardId, (c, a) => new { c.Id, c.MemberId, a.Balance })
            .Where(x => x.Balance > 0).OrderBy(x => x.Id).FirstAsync();
        await db.Members.Where(m => m.Id == card.MemberId)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.BankAccountHolder, m => m.Name).SetProperty(m => m.BankAccountCipher, h.Get<NumberKeyRing>().Encrypt("1234567890")).SetProperty(m => m.BankAccountLast4, "7890"));
        return (card.Id, card.MemberId!.Value, card.Balance);
    }

    private static async Task<CardIntakeCase> CaseAsync(Harness h, long id)
    {
        await using var db = await h.DbAsync();
        return await db.CardIntakeCases.AsNoTracking().SingleAsync(c => c.Id == id);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_step_out_of_order_is_refused_and_changes_no_status_posting_or_audit(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 10);
        var (cardId, _, balance) = await CardAsync(h);
        var intake = h.Get<CardIntakeService>();
        var caseNo = await intake.OpenAsync(new OpenIntakeCommand(cardId, DefectKind.Damaged, "", "open-1"));
        long id;
        await using (var db = await h.DbAsync()) id = await db.CardIntakeCases.Where(c => c.CaseNo == caseNo).Select(c => c.Id).SingleAsync();
        await intake.ReceiveAsync(id);
        var before = await CaseAsync(h, id);
        var trace = await CommandTrace.TakeAsync(h);

        var verify = await Assert.ThrowsAsync<BusinessRuleException>(() => intake.VerifyBalanceAsync(id, balance));
        Assert.Equal("'잔액 확인'은(는) 검수 완료 상태에서만 할 수 있습니다 (현재: 카드 수령).", verify.Message);
        var settle = await Assert.ThrowsAsync<BusinessRuleException>(() =>
            intake.SettleAsync(new SettleCommand(id, IntakeSettlement.RefundToAccount, null, null, "settle-1")));
        Assert.Equal("'정산'은(는) 잔액 확인 상태에서만 할 수 있습니다 (현재: 카드 수령).", settle.Message);
        var close = await Assert.ThrowsAsync<BusinessRuleException>(() => intake.CloseAsync(id));
        Assert.Equal("'종결'은(는) 정산 완료 또는 반려 (불량 아님) 상태에서만 할 수 있습니다 (현재: 카드 수령).", close.Message);

        var after = await CaseAsync(h, id);
        Assert.Equal((IntakeStatus.CardReceived, before.Version, (long?)null, (string?)null), (after.Status, after.Version, after.VerifiedBalance, after.SettlementKey));
        Assert.Equal(trace, await CommandTrace.TakeAsync(h));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_repeated_settle_key_returns_as_the_first_without_a_second_posting_and_another_key_is_refused(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 10);
        var (cardId, _, balance) = await CardAsync(h);
        var intake = h.Get<CardIntakeService>();
        var caseNo = await intake.OpenAsync(new OpenIntakeCommand(cardId, DefectKind.Damaged, "", "open-1"));
        Assert.Equal(caseNo, await intake.OpenAsync(new OpenIntakeCommand(cardId, DefectKind.Damaged, "", "open-1")));
        long id;
        await using (var db = await h.DbAsync())
        {
            Assert.Equal(1, await db.CardIntakeCases.CountAsync(c => c.CardId == cardId));
            id = await db.CardIntakeCases.Where(c => c.CaseNo == caseNo).Select(c => c.Id).SingleAsync();
        }
        await intake.ReceiveAsync(id);
        await intake.InspectAsync(new InspectCommand(id, DefectKind.Damaged, "카드 휨", null));
        await intake.VerifyBalanceAsync(id, balance);

        var settle = new SettleCommand(id, IntakeSettlement.RefundToAccount, null, null, "settle-1");
        await intake.SettleAsync(settle);
        var trace = await CommandTrace.TakeAsync(h);
        var settled = await CaseAsync(h, id);
        await intake.SettleAsync(settle); // the same click arriving twice

        Assert.Equal(trace, await CommandTrace.TakeAsync(h));
        Assert.Equal((IntakeStatus.Settled, settled.Version, "settle-1"), ((await CaseAsync(h, id)).Status, (await CaseAsync(h, id)).Version, (await CaseAsync(h, id)).SettlementKey));
        var other = await Assert.ThrowsAsync<BusinessRuleException>(() => intake.SettleAsync(settle with { IdempotencyKey = "settle-2" }));
        Assert.Equal("'정산'은(는) 잔액 확인 상태에서만 할 수 있습니다 (현재: 정산 완료).", other.Message);
        await using var check = await h.DbAsync();
        // Issue 10: the settle files one refund request keyed by the case (its hold is the one money movement).
        Assert.Equal(1, await check.RefundRequests.CountAsync(r => r.IdempotencyKey == $"intake:{caseNo}:refund" && r.HoldEntryId != null));
        Assert.Equal(1, await check.AuditRecords.CountAsync(a => a.Action == "card.intake.settled" && a.EntityId == caseNo));
        Assert.True((await LedgerConsistencyCheck.RunAsync(check)).IsConsistent);
    }
}
