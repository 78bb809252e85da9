namespace BackOffice.Tests.Refunds;

/// <summary>The refund request's declared transitions: approvals and rejection (four eyes), payout batch, bank result.</summary>
public class RefundTransitionsTests
{
    private static readonly Dictionary<string, Transition<RefundRequest, RefundStatus>> ByField = new()
    {
        [nameof(RefundTransitions.FinanceApprove)] = RefundTransitions.FinanceApprove,
        [nameof(RefundTransitions.FinanceApproveFirst)] = RefundTransitions.FinanceApproveFirst,
        [nameof(RefundTransitions.SupervisorApprove)] = RefundTransitions.SupervisorApprove,
        [nameof(RefundTransitions.SupervisorApproveFirst)] = RefundTransitions.SupervisorApproveFirst,
        [nameof(RefundTransitions.Reject)] = RefundTransitions.Reject,
        [nameof(RefundTransitions.JoinBatch)] = RefundTransitions.JoinBatch,
        [nameof(RefundTransitions.Paid)] = RefundTransitions.Paid,
        [nameof(RefundTransitions.PayoutFailed)] = RefundTransitions.PayoutFailed,
    };

    private static Actor ActorFor(Permission permission) => permission switch
    {
        Permission.ApproveLargeRefund => TestActor.Supervisor,
        _ => TestActor.Finance,
    };

    public static TheoryData<string, RefundStatus, RefundStatus, string?> Allowed => new()
    {
        { nameof(RefundTransitions.FinanceApprove), RefundStatus.PendingApproval, RefundStatus.Approved, "refund.approve" },
        { nameof(RefundTransitions.FinanceApproveFirst), RefundStatus.PendingApproval, RefundStatus.PendingApproval, "refund.approve" },
        { nameof(RefundTransitions.SupervisorApprove), RefundStatus.PendingApproval, RefundStatus.Approved, "refund.approve.supervisor" },
        { nameof(RefundTransitions.SupervisorApproveFirst), RefundStatus.PendingApproval, RefundStatus.PendingApproval, "refund.approve.supervisor" },
        { nameof(RefundTransitions.Reject), RefundStatus.PendingApproval, RefundStatus.Rejected, "refund.reject" },
        { nameof(RefundTransitions.JoinBatch), RefundStatus.Approved, RefundStatus.InPayout, null }, // the batch's own record lists it
        { nameof(RefundTransitions.Paid), RefundStatus.InPayout, RefundStatus.Paid, "refund.paid" },
        { nameof(RefundTransitions.PayoutFailed), RefundStatus.InPayout, RefundStatus.PayoutFailed, "refund.payout-failed" },
    };

    [Theory]
    [MemberData(nameof(Allowed))]
    public async Task An_allowed_transition_sets_the_status_bumps_the_version_and_audits(string field, RefundStatus from, RefundStatus to, string? action)
    {
        await using var db = TransitionProbe.Context();
        var t = ByField[field];
        var r = new RefundRequest { RequestNo = "F20261123-000001", MemberId = 9, Status = from, Version = 5 };

        await RefundTransitions.Table.ApplyAsync(db, t, r, ActorFor(t.Permission), TransitionProbe.Now);

        Assert.Equal((to, 6L), (r.Status, r.Version));
        var audits = TransitionProbe.Audits(db);
        if (action is null)
        {
            Assert.Empty(audits);
            return;
        }
        var audit = Assert.Single(audits);
        Assert.Equal((action, "RefundRequest", "F20261123-000001", 9L), (audit.Action, audit.EntityType, audit.EntityId, audit.MemberId));
        Assert.Equal($"{{\"Status\":{(int)from}}}", audit.Before);
        Assert.Equal($"{{\"Status\":{(int)to}}}", audit.After);
    }

    [Fact]
    public void Every_undeclared_from_status_is_refused()
    {
        foreach (var t in RefundTransitions.Table.All)
            foreach (var status in Enum.GetValues<RefundStatus>().Except(t.From))
            {
                var r = new RefundRequest { Status = status, Version = 1 };
                Assert.Throws<BusinessRuleException>(() => RefundTransitions.Table.Check(t, r, ActorFor(t.Permission)));
                Assert.Equal((status, 1L), (r.Status, r.Version));
            }
    }

    public static TheoryData<string, RefundStatus, string> Refused => new()
    {
        // The approvals and the rejection say what happened to the request (the screens and the race tests read this sentence).
        { nameof(RefundTransitions.FinanceApprove), RefundStatus.Approved, "이미 처리된 요청입니다 (지급 대기)." },
        { nameof(RefundTransitions.SupervisorApprove), RefundStatus.Rejected, "이미 처리된 요청입니다 (반려)." },
        { nameof(RefundTransitions.Reject), RefundStatus.Rejected, "이미 처리된 요청입니다 (반려)." },
        { nameof(RefundTransitions.Paid), RefundStatus.Paid, "이미 처리된 지급입니다 (지급 완료)." },
        { nameof(RefundTransitions.PayoutFailed), RefundStatus.Paid, "이미 처리된 지급입니다 (지급 완료)." },
        { nameof(RefundTransitions.JoinBatch), RefundStatus.PendingApproval, "'지급 배치 편성'은(는) 지급 대기 상태에서만 할 수 있습니다 (현재: 승인 대기)." },
        { nameof(RefundTransitions.JoinBatch), RefundStatus.InPayout, "'지급 배치 편성'은(는) 지급 대기 상태에서만 할 수 있습니다 (현재: 지급 중)." },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_refused_transition_gives_the_Korean_reason_and_changes_nothing(string field, RefundStatus status, string message)
    {
        await using var db = TransitionProbe.Context();
        var t = ByField[field];
        var r = new RefundRequest { Status = status, Version = 1 };

        var error = await Assert.ThrowsAsync<BusinessRuleException>(() =>
            RefundTransitions.Table.ApplyAsync(db, t, r, ActorFor(t.Permission), TransitionProbe.Now, () => throw new InvalidOperationException("the step must not run")));

        Assert.Equal(message, error.Message);
        Assert.Equal((status, 1L), (r.Status, r.Version));
        Assert.Empty(TransitionProbe.Audits(db));
    }

    public static TheoryData<string, Permission, string> WhoMay => new()
    {
        { nameof(RefundTransitions.FinanceApprove), Permission.ApproveRefund, "agent" },
        { nameof(RefundTransitions.SupervisorApprove), Permission.ApproveLargeRefund, "finance" },
        { nameof(RefundTransitions.Reject), Permission.RejectRefund, "agent" },
        { nameof(RefundTransitions.JoinBatch), Permission.ManagePayouts, "supervisor" },
        { nameof(RefundTransitions.Paid), Permission.ManagePayouts, "supervisor" },
        { nameof(RefundTransitions.PayoutFailed), Permission.ManagePayouts, "agent" },
    };

    [Theory]
    [MemberData(nameof(WhoMay))]
    public void Each_transition_declares_who_may_and_refuses_the_others(string field, Permission permission, string other)
    {
        var t = ByField[field];
        Assert.Equal(permission, t.Permission);
        var actor = other switch { "agent" => TestActor.Agent, "finance" => TestActor.Finance, _ => TestActor.Supervisor };
        var r = new RefundRequest { Status = t.From[0] };
        Assert.Throws<ForbiddenException>(() => RefundTransitions.Table.Check(t, r, actor));
        Assert.Equal(t.From[0], r.Status);
    }

    [Theory]
    [InlineData(false, ApprovalStep.Finance, null, null, nameof(RefundTransitions.FinanceApprove))]
    [InlineData(true, ApprovalStep.Finance, null, null, nameof(RefundTransitions.FinanceApproveFirst))]
    [InlineData(true, ApprovalStep.Finance, null, "supervisor-id", nameof(RefundTransitions.FinanceApprove))]
    [InlineData(true, ApprovalStep.Supervisor, null, null, nameof(RefundTransitions.SupervisorApproveFirst))]
    [InlineData(true, ApprovalStep.Supervisor, "finance-id", null, nameof(RefundTransitions.SupervisorApprove))]
    public void An_approval_completes_the_request_only_when_every_step_it_needs_is_in(
        bool needsSupervisor, ApprovalStep step, string? financeBy, string? supervisorBy, string expected)
    {
        var r = new RefundRequest { RequiresSupervisor = needsSupervisor, FinanceApprovedById = financeBy, SupervisorApprovedById = supervisorBy };
        Assert.Same(ByField[expected], RefundTransitions.ForApproval(r, step));
    }
}
