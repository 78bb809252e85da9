using Microsoft.EntityFrameworkCore;
using static BackOffice.Tests.Refunds.RefundScenario;

namespace BackOffice.Tests.Refunds;

/// <summary>
/// Property: whatever random sequence of top-ups, payments, payment cancels, e-money moves, refund requests,
/// approvals, rejections and payout results happens, the ledger stays consistent, holds equal the open requests, no
/// request pays twice and no member is paid more than was put in. Each seed is a reproducible sequence.
/// </summary>
public class RefundPropertyTests
{
    public static TheoryData<string, int> Cases()
    {
        // PostgreSQL always: a missing server fails the case (TestDatabase), it is not skipped.
        return new TheoryData<string, int> { { "sqlite", 1 }, { "sqlite", 2 }, { "sqlite", 3 }, { "postgres", 4 } };
    }

    private static readonly Type[] Refusals = [typeof(BusinessRuleException), typeof(ForbiddenException), typeof(LedgerRejectedException)];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Random_money_sequences_never_break_the_ledger_or_pay_more_than_was_put_in(string provider, int seed)
    {
        await using var h = await Harness.StartAsync(provider);
        var r = new Random(seed);
        var cards = new List<TestCard>();
        for (var i = 0; i < 3; i++) cards.Add(await NewCardAsync(h, i == 2 ? ProgramPresets.Hanaro : ProgramPresets.LocalCurrency));
        var payments = new List<(TestCard Card, long Amount)>();
        var topUps = new List<(TestCard Card, long EntryId)>();
        var finance = TestActor.Finance;
        var agent = TestActor.Agent;

        for (var step = 0; step < 250; step++)
        {
            h.Clock.Advance(TimeSpan.FromHours(r.Next(1, 30)));
            var card = cards[r.Next(cards.Count)];
            var op = r.Next(100);
            await Refusable(async () =>
            {
                switch (op)
                {
                    case < 18:
                        topUps.Add((card, await TopUpAsync(h, card, 10_000L * r.Next(1, 11), h.Clock.GetUtcNow(), discount: r.Next(4) == 0 ? 500 : 0)));
                        break;
                    case < 40:
                        {
                            var amount = 1_000L * r.Next(1, 40);
                            await PayAsync(h, card, amount, h.Clock.GetUtcNow());
                            payments.Add((card, amount));
                            break;
                        }
                    case < 46 when payments.Count > 0:
                        {
                            var i = r.Next(payments.Count);
                            await CancelPaymentAsync(h, payments[i].Card, payments[i].Amount, h.Clock.GetUtcNow());
                            payments.RemoveAt(i);
                            break;
                        }
                    case < 54:
                        await MoveAsync(h, card, (r.Next(2) == 0 ? 1 : -1) * 5_000L * r.Next(1, 4), h.Clock.GetUtcNow());
                        break;
                    case < 58:
                        await EmoneyTopUpAsync(h, card, 10_000, h.Clock.GetUtcNow());
                        break;
                    case < 72:
                        {
                            h.Actor.Current = agent;
                            await h.StepUpAsync();
                            var kind = (RefundKind)r.Next(0, 5);
                            var charge = topUps.Where(t => t.Card == card).Select(t => (long?)t.EntryId).LastOrDefault();
                            await FileAsync(h, card, kind, kind == RefundKind.ChargeCancel ? charge : null);
                            break;
                        }
                    case < 84:
                        {
                            h.Actor.Current = r.Next(5) == 0 ? TestActor.Supervisor : finance;
                            await h.StepUpAsync();
                            var pending = await Pick(h, r, RefundStatus.PendingApproval);
                            if (pending is null) break;
                            if (r.Next(4) == 0) await h.Get<RefundApprovalService>().RejectAsync(pending.Value, "무작위 반려 사유");
                            else await h.Get<RefundApprovalService>().ApproveAsync(pending.Value, h.Actor.Current == finance ? ApprovalStep.Finance : ApprovalStep.Supervisor);
                            break;
                        }
                    case < 90:
                        h.Actor.Current = finance;
                        await h.StepUpAsync();
                        var batchNo = await h.Get<PayoutService>().CreateBatchAsync();
                        if (r.Next(5) > 0) await h.Get<PayoutService>().TransferFileAsync(batchNo);
                        break;
                    default:
                        {
                            h.Actor.Current = TestActor.Finance2; // issue 10: the payer is not the approver
                            await h.StepUpAsync();
                            var inPayout = await Pick(h, r, RefundStatus.InPayout);
                            if (inPayout is null) break;
                            if (r.Next(3) == 0) await h.Get<PayoutService>().TransferFileAsync(await BatchOfAsync(h, inPayout.Value));
                            if (r.Next(4) == 0) await h.Get<PayoutService>().MarkFailedAsync(inPayout.Value, "계좌번호 오류");
                            else await h.Get<PayoutService>().MarkPaidAsync(inPayout.Value);
                            break;
                        }
                }
            });
        }

        await AssertLedgerConsistentAsync(h);
        await using var db = await h.DbAsync();
        var requests = await db.RefundRequests.AsNoTracking().ToListAsync();
        Assert.True(requests.Any(x => x.Status == RefundStatus.Paid), "no refund was paid: " + string.Join(", ", requests.GroupBy(x => x.Status).Select(g => $"{g.Key} {g.Count()}")));
        foreach (var member in cards.Select(c => c.MemberId))
        {
            var open = requests.Where(x => x.MemberId == member && x.Status is RefundStatus.PendingApproval or RefundStatus.Approved or RefundStatus.InPayout).Sum(x => x.Amount);
            Assert.Equal(open, await BalanceAsync(h, member, AccountKind.RefundHold));
            var paidOut = requests.Where(x => x.MemberId == member && x.Status == RefundStatus.Paid).Sum(x => x.Amount);
            var putIn = await db.Postings.Where(p => p.Account!.MemberId == member && p.JournalEntry!.Type == EntryType.TopUp || p.Account!.MemberId == member && p.JournalEntry!.Type == EntryType.EmoneyTopUp)
                .SumAsync(p => p.Amount);
            Assert.True(paidOut <= putIn, $"member {member}: paid {paidOut} > put in {putIn}");
        }
        var payoutsPerRequest = await db.JournalEntries.Where(e => e.Type == EntryType.RefundPayout).GroupBy(e => e.Reference).Select(g => g.Count()).ToListAsync();
        Assert.All(payoutsPerRequest, n => Assert.Equal(1, n));
        Assert.Equal(requests.Count(x => x.Status == RefundStatus.Paid), payoutsPerRequest.Count);
    }

    private static async Task<long?> Pick(Harness h, Random r, RefundStatus status)
    {
        await using var db = await h.DbAsync();
        var ids = await db.RefundRequests.Where(x => x.Status == status).OrderBy(x => x.Id).Select(x => x.Id).ToListAsync();
        return ids.Count == 0 ? null : ids[r.Next(ids.Count)];
    }

    private static async Task<string> BatchOfAsync(Harness h, long refundId)
    {
        await using var db = await h.DbAsync();
        return await db.RefundRequests.Where(x => x.Id == refundId).Select(x => x.Batch!.BatchNo).SingleAsync();
    }

    private static async Task Refusable(Func<Task> action)
    {
        try
        {
            await action();
        }
        catch (Exception ex) when (Refusals.Contains(ex.GetType()))
        {
            // A refused command must change nothing; the invariants at the end prove it.
        }
    }
}
