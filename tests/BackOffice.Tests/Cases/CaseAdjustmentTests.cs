using Microsoft.EntityFrameworkCore;
using static BackOffice.Tests.Cases.CaseResolutionScenario;
using static BackOffice.Tests.Refunds.RefundScenario;

namespace BackOffice.Tests.Cases;

/// <summary>
/// The error correction's adjusting entry (issue 13 item 5; 003 하나로 제17조, 캐시비 제14조②) through the real services:
/// proposed by one person, posted only when a second person approves (four eyes), nothing posted on a refusal.
/// </summary>
public class CaseAdjustmentTests
{
    private static async Task<(Harness H, TestCard Card, string Case)> StartAsync(string provider)
    {
        var h = await Harness.StartAsync(provider);
        var card = await NewCardAsync(h);
        await TopUpAsync(h, card, 10_000, DaysAgo(h, 5));
        var number = await OpenCaseAsync(h, card, CaseType.ErrorCorrection);
        return (h, card, number);
    }

    private static Task<long> ProposeAsync(Harness h, string number, TestCard card, long amount, Actor? by = null, AccountKind account = AccountKind.CardBalance)
    {
        h.Actor.Current = by ?? TestActor.Agent;
        return h.Get<CaseAdjustmentService>().ProposeAsync(new ProposeAdjustmentCommand(number, account,
            account == AccountKind.CardBalance ? card.CardId : null, amount, "이중 결제 정정 (가맹점 확인)", Guid.NewGuid().ToString("N")));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_approval_of_a_second_person_posts_one_balanced_entry(string provider)
    {
        var (h, card, number) = await StartAsync(provider);
        await using var _ = h;
        var clearingBefore = await OperatorBalanceAsync(h, AccountKind.FundingClearing);
        var id = await ProposeAsync(h, number, card, 3_000);
        Assert.Equal(CaseStatus.AwaitingApproval, (await CaseAsync(h, number)).Status);
        Assert.Empty(await AdjustmentEntriesAsync(h, number)); // nothing posted before the approval

        h.Actor.Current = TestActor.Finance;
        await h.StepUpAsync();
        var entryId = await h.Get<CaseAdjustmentService>().ApproveAsync(id);

        var entry = Assert.Single(await AdjustmentEntriesAsync(h, number));
        Assert.Equal(entryId, entry.Id);
        Assert.Equal(0, entry.Postings.Sum(p => p.Amount));
        Assert.Equal(2, entry.Postings.Count);
        Assert.Equal(13_000, await BalanceAsync(h, card.MemberId, AccountKind.CardBalance));
        Assert.Equal(clearingBefore - 3_000, await OperatorBalanceAsync(h, AccountKind.FundingClearing));
        var c = await CaseAsync(h, number);
        Assert.Equal(CaseStatus.Open, c.Status);
        Assert.Equal(["opened", "notice.receipt", "adjustment.proposed", "adjustment.approved"], c.Events.OrderBy(e => e.Id).Select(e => e.Kind));
        await using var db = await h.DbAsync();
        var a = await db.CaseAdjustments.SingleAsync(x => x.Id == id);
        Assert.Equal((AdjustmentStatus.Approved, "finance-id", entryId), (a.Status, a.DecidedById, a.JournalEntryId));
        Assert.Equal(1, await db.AuditRecords.CountAsync(r => r.Action == "case.adjustment.approve" && r.EntityId == number && r.MemberId == card.MemberId));
        await AssertLedgerConsistentAsync(h);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_second_persons_refusal_posts_nothing_and_the_case_is_worked_again(string provider)
    {
        var (h, card, number) = await StartAsync(provider);
        await using var _ = h;
        var id = await ProposeAsync(h, number, card, -2_000);

        h.Actor.Current = TestActor.Supervisor;
        var short_ = await Assert.ThrowsAsync<BusinessRuleException>(() => h.Get<CaseAdjustmentService>().RefuseAsync(id, "아니"));
        Assert.Contains("5자 이상", short_.Message);
        await h.Get<CaseAdjustmentService>().RefuseAsync(id, "가맹점 확인 결과 정상 결제");

        Assert.Empty(await AdjustmentEntriesAsync(h, number));
        Assert.Equal(10_000, await BalanceAsync(h, card.MemberId, AccountKind.CardBalance));
        var c = await CaseAsync(h, number);
        Assert.Equal(CaseStatus.Open, c.Status);
        Assert.Contains(c.Events, e => e.Kind == "adjustment.refused" && e.Text.Contains("가맹점 확인 결과 정상 결제"));
        h.Actor.Current = TestActor.Finance;
        await h.StepUpAsync();
        var again = await Assert.ThrowsAsync<BusinessRuleException>(() => h.Get<CaseAdjustmentService>().ApproveAsync(id));
        Assert.Contains("이미 처리된 조정", again.Message);
        // A new proposal may follow the refusal.
        await ProposeAsync(h, number, card, -1_000);
        Assert.Equal(CaseStatus.AwaitingApproval, (await CaseAsync(h, number)).Status);
    }

    [Fact]
    public async Task The_proposer_cannot_approve_or_refuse_their_own_adjustment()
    {
        var (h, card, number) = await StartAsync("sqlite");
        await using var _ = h;
        var id = await ProposeAsync(h, number, card, 3_000, by: TestActor.Supervisor); // a Supervisor may both handle cases and approve

        h.Actor.Current = TestActor.Supervisor;
        await h.StepUpAsync();
        var approve = await Assert.ThrowsAsync<ForbiddenException>(() => h.Get<CaseAdjustmentService>().ApproveAsync(id));
        Assert.Contains("본인이 제안한 조정", approve.Message);
        await Assert.ThrowsAsync<ForbiddenException>(() => h.Get<CaseAdjustmentService>().RefuseAsync(id, "제가 잘못 올렸습니다"));
        h.Actor.Current = TestActor.Agent; // an Agent has no approval permission at all
        await Assert.ThrowsAsync<ForbiddenException>(() => h.Get<CaseAdjustmentService>().ApproveAsync(id));

        Assert.Empty(await AdjustmentEntriesAsync(h, number));
        Assert.Equal(CaseStatus.AwaitingApproval, (await CaseAsync(h, number)).Status);
    }

    [Fact]
    public async Task Approval_needs_a_step_up()
    {
        var (h, card, number) = await StartAsync("sqlite");
        await using var _ = h;
        var id = await ProposeAsync(h, number, card, 3_000);
        h.Actor.Current = TestActor.Finance;

        await Assert.ThrowsAnyAsync<CommandRefusedException>(() => h.Get<CaseAdjustmentService>().ApproveAsync(id));
        Assert.Empty(await AdjustmentEntriesAsync(h, number));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Two_approvers_racing_post_one_entry(string provider)
    {
        var (h, card, number) = await StartAsync(provider);
        await using var _ = h;
        var outcomes = new List<(string? A, string? B)>();
        for (var round = 0; round < 4; round++)
        {
            var id = await ProposeAsync(h, number, card, 1_000);
            await using var finance = h.SessionAs(TestActor.Finance);
            await using var supervisor = h.SessionAs(TestActor.Supervisor);
            await finance.StepUpAsync();
            await supervisor.StepUpAsync();
            var result = await Race.TwoAsync(round,
                () => finance.Get<CaseAdjustmentService>().ApproveAsync(id),
                () => supervisor.Get<CaseAdjustmentService>().ApproveAsync(id));
            outcomes.Add(result);
            Assert.True(result.A is null ^ result.B is null, $"round {round}: exactly one approval wins ({result.A} / {result.B})");
            Assert.Contains("이미 처리된 조정", result.A ?? result.B);
            Assert.Equal(round + 1, (await AdjustmentEntriesAsync(h, number)).Count);
        }
        Assert.Equal(14_000, await BalanceAsync(h, card.MemberId, AccountKind.CardBalance));
        await AssertLedgerConsistentAsync(h);
    }

    [Fact]
    public async Task A_debit_may_not_make_the_balance_negative()
    {
        var (h, card, number) = await StartAsync("sqlite");
        await using var _ = h;
        var id = await ProposeAsync(h, number, card, -10_001);
        h.Actor.Current = TestActor.Finance;
        await h.StepUpAsync();

        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() => h.Get<CaseAdjustmentService>().ApproveAsync(id));
        Assert.Contains("잔액이 음수", refused.Message);
        Assert.Empty(await AdjustmentEntriesAsync(h, number));
        Assert.Equal(10_000, await BalanceAsync(h, card.MemberId, AccountKind.CardBalance));
    }

    [Fact]
    public async Task A_cashback_correction_goes_against_the_cashback_budget()
    {
        var (h, card, number) = await StartAsync("sqlite");
        await using var _ = h;
        var budget = await OperatorBalanceAsync(h, AccountKind.CashbackFunding);
        var id = await ProposeAsync(h, number, card, 700, account: AccountKind.Cashback);
        h.Actor.Current = TestActor.Supervisor;
        await h.StepUpAsync();
        await h.Get<CaseAdjustmentService>().ApproveAsync(id);

        Assert.Equal(700, await BalanceAsync(h, card.MemberId, AccountKind.Cashback));
        Assert.Equal(budget - 700, await OperatorBalanceAsync(h, AccountKind.CashbackFunding));
    }

    public static TheoryData<long, string, string> BadProposals() => new()
    {
        { 0, "이중 결제 정정", "0원일 수 없습니다" },
        { 5_000_001, "이중 결제 정정", "5,000,000원 이하" },
        { -5_000_001, "이중 결제 정정", "5,000,000원 이하" },
        { 1_000, "짧음", "5자 이상" },
    };

    [Theory]
    [MemberData(nameof(BadProposals))]
    public async Task Bad_proposals_are_refused_in_Korean(long amount, string reason, string message)
    {
        var (h, card, number) = await StartAsync("sqlite");
        await using var _ = h;
        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() => h.Get<CaseAdjustmentService>().ProposeAsync(
            new ProposeAdjustmentCommand(number, AccountKind.CardBalance, card.CardId, amount, reason, Guid.NewGuid().ToString("N"))));
        Assert.Contains(message, refused.Message);
        Assert.Equal(CaseStatus.Open, (await CaseAsync(h, number)).Status);
    }

    [Fact]
    public async Task Only_error_corrections_take_adjustments_and_only_on_linked_cards_one_at_a_time()
    {
        await using var h = await Harness.StartAsync("sqlite");
        var card = await NewCardAsync(h);
        var other = await NewCardAsync(h);
        var dispute = await OpenCaseAsync(h, card, CaseType.Dispute);
        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() => ProposeAsync(h, dispute, card, 1_000));
        Assert.Contains("오류 정정 사건에서만", refused.Message);

        var correction = await OpenCaseAsync(h, card, CaseType.ErrorCorrection);
        var foreign = await Assert.ThrowsAsync<BusinessRuleException>(() => ProposeAsync(h, correction, other, 1_000));
        Assert.Contains("연결된 카드", foreign.Message);

        var key = Guid.NewGuid().ToString("N");
        var command = new ProposeAdjustmentCommand(correction, AccountKind.Emoney, null, 1_000, "이중 결제 정정", key);
        var first = await h.Get<CaseAdjustmentService>().ProposeAsync(command);
        Assert.Equal(first, await h.Get<CaseAdjustmentService>().ProposeAsync(command)); // the same click twice
        var second = await Assert.ThrowsAsync<BusinessRuleException>(() => ProposeAsync(h, correction, card, 2_000));
        Assert.Contains("승인 대기 중인 조정", second.Message);
        var pending = await h.Get<CaseAdjustmentService>().ListAsync();
        Assert.Equal(first, Assert.Single(pending).Id);
    }
}
