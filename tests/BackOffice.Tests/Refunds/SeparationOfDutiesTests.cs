using Microsoft.EntityFrameworkCore;
using static BackOffice.Tests.Refunds.RefundScenario;

namespace BackOffice.Tests.Refunds;

/// <summary>
/// Issue 10 §2b and §2c: nobody approves a refund filed by an account they created or changed in the last 30 days;
/// whoever marks a payout paid or failed is not one of its approvers (single and bulk).
/// </summary>
public class SeparationOfDutiesTests
{
    private const string Password = "correct-horse-battery";

    public static TheoryData<string> Providers => TestDatabase.Providers();

    private static async Task<TestCard> RefundableAsync(Harness h)
    {
        var card = await NewCardAsync(h);
        await TopUpAsync(h, card, 100_000, DaysAgo(h, 10));
        await PayAsync(h, card, 64_000, DaysAgo(h, 2));
        return card;
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_approver_who_created_the_filers_account_is_refused_until_thirty_days_have_passed(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        // An Admin who also holds Finance creates an agent account (audited: staff.create by this Admin).
        var adminFinance = TestActor.Make("admin-id", "윤관리", StaffRoles.Admin, StaffRoles.Finance);
        h.Actor.Current = adminFinance;
        await h.StepUpAsync();
        var agentId = await h.Get<StaffService>().CreateAsync(new NewStaff("crony01", "측근상담", Password, [StaffRoles.Agent]));
        var crony = TestActor.Make(agentId, "측근상담", StaffRoles.Agent);

        async Task<(long Id, string No)> FileAsCronyAsync()
        {
            h.Actor.Current = crony;
            await h.StepUpAsync();
            var filed = await FileAsync(h, await RefundableAsync(h), RefundKind.BalanceRefund);
            return ((await RequestAsync(h, filed.RequestNo)).Id, filed.RequestNo);
        }

        var approvals = h.Get<RefundApprovalService>();
        // 30 days minus a minute after the account was created: refused, nothing changes.
        h.Clock.Advance(TimeSpan.FromDays(30) - TimeSpan.FromMinutes(1));
        var early = await FileAsCronyAsync();
        h.Actor.Current = adminFinance;
        await h.StepUpAsync();
        var refused = await Assert.ThrowsAsync<ForbiddenException>(() => approvals.ApproveAsync(early.Id, ApprovalStep.Finance));
        Assert.Equal("최근 30일 안에 본인이 생성하거나 변경한 계정(측근상담)이 신청한 환불은 승인할 수 없습니다. 다른 담당자가 승인해야 합니다.", refused.Message);
        Assert.Equal(RefundStatus.PendingApproval, (await RequestAsync(h, early.No)).Status);
        // Another Finance user may approve it.
        h.Actor.Current = TestActor.Finance;
        await h.StepUpAsync();
        Assert.Equal(RefundStatus.Approved, await approvals.ApproveAsync(early.Id, ApprovalStep.Finance));

        // 30 days plus a minute: allowed.
        h.Clock.Advance(TimeSpan.FromMinutes(2));
        var late = await FileAsCronyAsync();
        h.Actor.Current = adminFinance;
        await h.StepUpAsync();
        Assert.Equal(RefundStatus.Approved, await approvals.ApproveAsync(late.Id, ApprovalStep.Finance));

        // A role change restarts the 30 days (staff.roles by this Admin), and counts for the Supervisor step too.
        h.Actor.Current = adminFinance;
        await h.StepUpAsync();
        await h.Get<StaffService>().ChangeRolesAsync(agentId, [StaffRoles.Agent, StaffRoles.Compliance], "겸직");
        var again = await FileAsCronyAsync();
        h.Actor.Current = adminFinance;
        await h.StepUpAsync();
        await Assert.ThrowsAsync<ForbiddenException>(() => approvals.ApproveAsync(again.Id, ApprovalStep.Finance));
        await AssertLedgerConsistentAsync(h);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_admin_who_requested_or_approved_a_money_role_for_the_filer_is_refused(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        h.Actor.Current = TestActor.Admin;
        await h.StepUpAsync();
        var staff = h.Get<StaffService>();
        var id = await staff.CreateAsync(new NewStaff("crony02", "측근관리", Password, [StaffRoles.Agent, StaffRoles.Supervisor]));
        await StaffChangeTests.ApprovePendingAsync(h); // approved by admin2
        h.Clock.Advance(TimeSpan.FromDays(10));

        h.Actor.Current = TestActor.Make(id, "측근관리", StaffRoles.Agent, StaffRoles.Supervisor);
        await h.StepUpAsync();
        var filed = await FileAsync(h, await RefundableAsync(h), RefundKind.BalanceRefund);
        var refundId = (await RequestAsync(h, filed.RequestNo)).Id;
        h.Actor.Current = TestActor.Make("admin2-id", "서관리", StaffRoles.Admin, StaffRoles.Finance);
        await h.StepUpAsync();
        var refused = await Assert.ThrowsAsync<ForbiddenException>(() => h.Get<RefundApprovalService>().ApproveAsync(refundId, ApprovalStep.Finance));
        Assert.StartsWith("최근 30일 안에 본인이 생성하거나 변경한 계정(측근관리)", refused.Message);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Whoever_approved_a_refund_cannot_mark_its_payout_paid_or_failed_and_bulk_marking_skips_those_items(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var items = new List<(long Id, string No)>();
        foreach (var approver in new[] { TestActor.Finance, TestActor.Finance2, TestActor.Finance })
        {
            h.Actor.Current = TestActor.Agent;
            await h.StepUpAsync();
            var filed = await FileAsync(h, await RefundableAsync(h), RefundKind.BalanceRefund);
            var id = (await RequestAsync(h, filed.RequestNo)).Id;
            h.Actor.Current = approver;
            await h.StepUpAsync();
            await h.Get<RefundApprovalService>().ApproveAsync(id, ApprovalStep.Finance);
            items.Add((id, filed.RequestNo));
        }
        var payouts = h.Get<PayoutService>();
        var batchNo = await payouts.CreateBatchAsync();
        await payouts.TransferFileAsync(batchNo);

        h.Actor.Current = TestActor.Finance; // approved items 0 and 2
        await h.StepUpAsync();
        const string Refusal = "이 환불을 승인한 담당자는 지급 결과(지급 완료·실패)를 처리할 수 없습니다. 다른 재무 담당자가 처리해야 합니다.";
        Assert.Equal(Refusal, (await Assert.ThrowsAsync<ForbiddenException>(() => payouts.MarkPaidAsync(items[0].Id))).Message);
        Assert.Equal(Refusal, (await Assert.ThrowsAsync<ForbiddenException>(() => payouts.MarkFailedAsync(items[0].Id, "계좌번호 오류"))).Message);
        var results = await payouts.MarkAllPaidAsync(batchNo);
        Assert.Equal([(items[0].No, false, Refusal), (items[1].No, true, "지급 완료"), (items[2].No, false, Refusal)],
            results.Select(r => (r.RequestNo, r.Done, r.Message)));
        await using (var db = await h.DbAsync())
            Assert.Equal(1, await db.JournalEntries.CountAsync(e => e.Type == EntryType.RefundPayout));

        h.Actor.Current = TestActor.Finance2; // approved item 1 only
        await h.StepUpAsync();
        Assert.Equal([(items[0].No, true, "지급 완료"), (items[2].No, true, "지급 완료")],
            (await payouts.MarkAllPaidAsync(batchNo)).Select(r => (r.RequestNo, r.Done, r.Message)));
        await using (var db = await h.DbAsync())
        {
            var paid = await db.RefundRequests.Where(r => r.Status == RefundStatus.Paid).Select(r => new { r.FinanceApprovedById, r.SettledByName }).ToListAsync();
            Assert.Equal(3, paid.Count);
            Assert.All(paid, p => Assert.NotEqual(p.FinanceApprovedById == "finance-id" ? "최재무" : "정재무", p.SettledByName));
        }
        await AssertLedgerConsistentAsync(h);
    }

    /// <summary>A Supervisor's approval (large refund) counts as well: that Supervisor, if also Finance, cannot mark it paid.</summary>
    [Fact]
    public void The_payer_rule_covers_every_approval_step()
    {
        var r = new RefundRequest { FinanceApprovedById = "finance-id", SupervisorApprovedById = "boss-id" };
        Assert.NotNull(RefundApproval.PayerRefusal(r, TestActor.Finance));
        Assert.NotNull(RefundApproval.PayerRefusal(r, TestActor.Make("boss-id", "팀장겸재무", StaffRoles.Finance, StaffRoles.Supervisor)));
        Assert.Null(RefundApproval.PayerRefusal(r, TestActor.Finance2));
    }
}
