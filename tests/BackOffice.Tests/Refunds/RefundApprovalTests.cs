namespace BackOffice.Tests.Refunds;

public class RefundApprovalTests
{
    private static RefundRequest Pending(long payout = 50_000, bool supervisor = false) =>
        new() { RequestNo = "F1", Status = RefundStatus.PendingApproval, Payout = payout, RequiresSupervisor = supervisor, RequestedById = "agent-id" };

    private static readonly DateTimeOffset Now = new(2026, 11, 20, 10, 0, 0, TimeSpan.FromHours(9));

    [Theory]
    [InlineData(300_000, false)] // exactly the threshold: Finance alone
    [InlineData(300_001, true)]
    public void Above_the_threshold_a_supervisor_must_also_approve(long payout, bool needed)
    {
        Assert.Equal(needed, RefundApproval.NeedsSupervisor(payout, 300_000));
        Assert.Equal(needed ? "지급액 300,001원 > 300,000원 → 재무 승인 + 상담 관리자 승인" : "지급액 300,000원 ≤ 300,000원 → 재무 승인",
            RefundApproval.Rule(payout, 300_000));
    }

    [Fact]
    public void Finance_approval_alone_approves_a_small_refund()
    {
        var r = Pending();
        RefundApproval.Apply(r, TestActor.Finance, ApprovalStep.Finance, Now);
        Assert.Equal((RefundStatus.Approved, "최재무"), (r.Status, r.FinanceApprovedByName));
    }

    [Fact]
    public void A_large_refund_needs_both_steps_in_either_order_by_two_people()
    {
        var r = Pending(500_000, supervisor: true);
        Assert.Equal("재무·관리자 승인 대기", RefundNames.Stage(r));
        RefundApproval.Apply(r, TestActor.Supervisor, ApprovalStep.Supervisor, Now);
        Assert.Equal((RefundStatus.PendingApproval, "재무 승인 대기 (관리자 승인 완료)"), (r.Status, RefundNames.Stage(r)));
        var both = TestActor.Make("supervisor-id", "박팀장", "Finance", "Supervisor");
        Assert.Equal("한 사람이 두 단계를 모두 승인할 수 없습니다.", RefundApproval.Refusal(r, both, ApprovalStep.Finance));
        RefundApproval.Apply(r, TestActor.Finance, ApprovalStep.Finance, Now);
        Assert.Equal(RefundStatus.Approved, r.Status);
    }

    [Fact]
    public void The_requester_the_wrong_role_and_a_second_click_are_refused()
    {
        var r = Pending();
        var requesterInFinance = TestActor.Make("agent-id", "김상담", "Finance");
        Assert.Equal("본인이 신청한 환불은 승인할 수 없습니다. 다른 담당자가 처리해야 합니다.", RefundApproval.Refusal(r, requesterInFinance, ApprovalStep.Finance));
        Assert.Equal("환불 승인은 재무 담당자만 할 수 있습니다.", RefundApproval.Refusal(r, TestActor.Admin, ApprovalStep.Finance));
        Assert.Equal("이 요청은 상담 관리자 승인이 필요하지 않습니다.", RefundApproval.Refusal(r, TestActor.Supervisor, ApprovalStep.Supervisor));
        RefundApproval.Apply(r, TestActor.Finance, ApprovalStep.Finance, Now);
        var again = Assert.Throws<ForbiddenException>(() => RefundApproval.Apply(r, TestActor.Finance, ApprovalStep.Finance, Now));
        Assert.Equal("이미 처리된 요청입니다 (지급 대기).", again.Message);
        Assert.Equal("이미 처리된 요청입니다 (지급 대기).", RefundApproval.RejectRefusal(r, TestActor.Finance));
    }

    [Fact]
    public void Only_finance_or_a_supervisor_other_than_the_requester_rejects()
    {
        var r = Pending();
        Assert.Null(RefundApproval.RejectRefusal(r, TestActor.Supervisor));
        Assert.Equal("환불 반려는 재무 담당자나 상담 관리자만 할 수 있습니다.", RefundApproval.RejectRefusal(r, TestActor.Agent2));
        Assert.StartsWith("본인이 신청한 환불은 반려할 수 없습니다", RefundApproval.RejectRefusal(r, TestActor.Make("agent-id", "김상담", "Supervisor")));
    }
}

public class RefundPayoutRulesTests
{
    [Fact]
    public void Payout_is_due_three_business_days_after_the_request_skipping_weekends_and_holidays()
    {
        var calendar = new BusinessCalendar([new PublicHoliday { Date = new DateOnly(2026, 12, 25), Name = "성탄절" }]);
        var friday = RefundDeadline.PayoutDue(ProgramPresets.LocalCurrencyPolicy(), RefundKind.BalanceRefund, RefundChannel.BankAccount, new DateOnly(2026, 11, 20), calendar);
        Assert.Equal(new DateOnly(2026, 11, 25), friday.DueBy);
        var christmas = RefundDeadline.PayoutDue(ProgramPresets.LocalCurrencyPolicy(), RefundKind.BalanceRefund, RefundChannel.BankAccount, new DateOnly(2026, 12, 23), calendar);
        Assert.Equal(new DateOnly(2026, 12, 29), christmas.DueBy);
        Assert.Equal("신청 2026-12-23 + 3영업일 = 2026-12-29 (공휴일 제외: 12-25 성탄절) (000 환불 (연결된 계좌, 수수료 없이, 영업일 기준 3일 이내), 정책 v1)", christmas.Rule);
        Assert.Equal(3, RefundDeadline.AgeInDays(new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 23)));
    }

    [Fact]
    public void The_transfer_file_neutralises_formulas_and_quotes_commas()
    {
        var file = BankTransferFile.Build("P1", [
            new TransferLine("F1", "국민은행", "123456", "=HYPERLINK(\"x\")", 36_000),
            new TransferLine("F2", "신한,은행", "654321", "+홍길동", 1_000),
            new TransferLine("F3", "우리은행", "111", "@sum", 5)]);
        var text = System.Text.Encoding.UTF8.GetString(file);
        Assert.Equal(0xEF, file[0]); // UTF-8 byte-order mark for Excel
        var lines = text.TrimStart('\uFEFF').Split("\r\n");
        Assert.Equal("순번,은행,계좌번호,예금주,금액,적요", lines[0]);
        Assert.Equal("1,국민은행,123456,\"'=HYPERLINK(\"\"x\"\")\",36000,환불 F1", lines[1]);
        Assert.Equal("2,\"신한,은행\",654321,'+홍길동,1000,환불 F2", lines[2]);
        Assert.Equal("3,우리은행,111,'@sum,5,환불 F3", lines[3]);
        Assert.Equal("합계,,,3건,37005,P1", lines[4]);
        Assert.Equal("'-1", BankTransferFile.Cell("-1"));
    }

    [Fact]
    public void Holds_and_releases_are_not_spending_or_new_money_for_the_measurement()
    {
        var t = new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.FromHours(9));
        var movements = CardHistory.Movements([
            new CardPosting(2, t.AddDays(1), EntryType.Payment, -64_000, 36_000),
            new CardPosting(1, t, EntryType.TopUp, 100_000, 100_000),
            new CardPosting(3, t.AddDays(2), EntryType.RefundHold, -36_000, 0),
            new CardPosting(4, t.AddDays(3), EntryType.RefundRelease, 36_000, 36_000)]);
        Assert.Equal([CardMovementKind.MoneyAdded, CardMovementKind.MoneyOut], movements.Select(m => m.Kind));
        Assert.Equal(1L, movements[0].ChargeId);
        var decision = RefundEligibility.Decide(new RefundCase(RefundKind.BalanceRefund, RefundChannel.BankAccount, t.AddDays(4), 36_000, movements,
            new DateOnly(2030, 1, 1), true, null, t), ProgramPresets.LocalCurrencyPolicy());
        Assert.True(decision.Eligible); // still 64 % used after a rejected refund gave the money back
        Assert.Equal(t.AddDays(1), CardHistory.LastUsed([new CardPosting(2, t.AddDays(1), EntryType.Payment, -1, 0), new CardPosting(5, t.AddDays(5), EntryType.CardToEmoney, -1, 0)]));
    }
}
