namespace BackOffice.Tests.CardIntake;

/// <summary>The intake case's declared transitions (000 재발급: 접수 → 수령 → 검수 → 잔액 확인 → 정산 → 종결).</summary>
public class IntakeTransitionsTests
{
    private static readonly Dictionary<string, Transition<CardIntakeCase, IntakeStatus>> ByField = new()
    {
        [nameof(IntakeTransitions.Receive)] = IntakeTransitions.Receive,
        [nameof(IntakeTransitions.Inspect)] = IntakeTransitions.Inspect,
        [nameof(IntakeTransitions.Reject)] = IntakeTransitions.Reject,
        [nameof(IntakeTransitions.VerifyBalance)] = IntakeTransitions.VerifyBalance,
        [nameof(IntakeTransitions.Settle)] = IntakeTransitions.Settle,
        [nameof(IntakeTransitions.Close)] = IntakeTransitions.Close,
    };

    public static TheoryData<string, IntakeStatus, IntakeStatus, string> Allowed => new()
    {
        { nameof(IntakeTransitions.Receive), IntakeStatus.Requested, IntakeStatus.CardReceived, "card.intake.received" },
        { nameof(IntakeTransitions.Inspect), IntakeStatus.CardReceived, IntakeStatus.Inspected, "card.intake.inspected" },
        { nameof(IntakeTransitions.Reject), IntakeStatus.CardReceived, IntakeStatus.Rejected, "card.intake.rejected" },
        { nameof(IntakeTransitions.VerifyBalance), IntakeStatus.Inspected, IntakeStatus.BalanceVerified, "card.intake.balance-verified" },
        { nameof(IntakeTransitions.Settle), IntakeStatus.BalanceVerified, IntakeStatus.Settled, "card.intake.settled" },
        { nameof(IntakeTransitions.Close), IntakeStatus.Settled, IntakeStatus.Closed, "card.intake.closed" },
        { nameof(IntakeTransitions.Close), IntakeStatus.Rejected, IntakeStatus.Closed, "card.intake.closed" },
    };

    [Theory]
    [MemberData(nameof(Allowed))]
    public async Task An_allowed_transition_sets_the_status_bumps_the_version_and_audits_before_and_after(
        string field, IntakeStatus from, IntakeStatus to, string action)
    {
        await using var db = TransitionProbe.Context();
        var c = new CardIntakeCase { CaseNo = "C20261123-000001", MemberId = 7, Status = from, Version = 3 };

        await IntakeTransitions.Table.ApplyAsync(db, ByField[field], c, TestActor.Agent, TransitionProbe.Now);

        Assert.Equal(to, c.Status);
        Assert.Equal(4, c.Version);
        var audit = Assert.Single(TransitionProbe.Audits(db));
        Assert.Equal((action, "CardIntakeCase", "C20261123-000001", 7L), (audit.Action, audit.EntityType, audit.EntityId, audit.MemberId));
        Assert.Equal($"{{\"Status\":{(int)from}}}", audit.Before);
        Assert.Equal($"{{\"Status\":{(int)to}}}", audit.After);
    }

    /// <summary>Every status that is not a declared <c>from</c> is refused, for every transition.</summary>
    [Fact]
    public void Every_undeclared_from_status_is_refused_and_nothing_changes()
    {
        using var db = TransitionProbe.Context();
        foreach (var t in IntakeTransitions.Table.All)
            foreach (var status in Enum.GetValues<IntakeStatus>().Except(t.From))
            {
                var c = new CardIntakeCase { Status = status, Version = 1 };
                var error = Assert.Throws<BusinessRuleException>(() => IntakeTransitions.Table.Check(t, c, TestActor.Agent));
                Assert.StartsWith($"'{t.Name}'은(는) ", error.Message);
                Assert.Equal((status, 1L), (c.Status, c.Version));
            }
        Assert.Empty(TransitionProbe.Audits(db));
    }

    public static TheoryData<string, IntakeStatus, string> Refused => new()
    {
        { nameof(IntakeTransitions.Receive), IntakeStatus.CardReceived, "'카드 수령'은(는) 접수 (카드 도착 대기) 상태에서만 할 수 있습니다 (현재: 카드 수령)." },
        { nameof(IntakeTransitions.Inspect), IntakeStatus.Settled, "'검수'은(는) 카드 수령 상태에서만 할 수 있습니다 (현재: 정산 완료)." },
        { nameof(IntakeTransitions.VerifyBalance), IntakeStatus.CardReceived, "'잔액 확인'은(는) 검수 완료 상태에서만 할 수 있습니다 (현재: 카드 수령)." },
        { nameof(IntakeTransitions.Settle), IntakeStatus.Closed, "'정산'은(는) 잔액 확인 상태에서만 할 수 있습니다 (현재: 종결)." },
        { nameof(IntakeTransitions.Close), IntakeStatus.Inspected, "'종결'은(는) 정산 완료 또는 반려 (불량 아님) 상태에서만 할 수 있습니다 (현재: 검수 완료)." },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_refused_transition_names_the_allowed_statuses_in_Korean_and_changes_nothing(string field, IntakeStatus status, string message)
    {
        await using var db = TransitionProbe.Context();
        var c = new CardIntakeCase { Status = status, Version = 1 };
        var stepRan = false;

        var error = await Assert.ThrowsAsync<BusinessRuleException>(() => IntakeTransitions.Table.ApplyAsync(db, ByField[field], c, TestActor.Agent,
            TransitionProbe.Now, () => { stepRan = true; return Task.FromResult<string?>(null); }));

        Assert.Equal(message, error.Message);
        Assert.IsAssignableFrom<CommandRefusedException>(error);
        Assert.False(stepRan);
        Assert.Equal((status, 1L), (c.Status, c.Version));
        Assert.Empty(TransitionProbe.Audits(db));
    }

    [Fact]
    public void Only_the_intake_roles_may_move_a_case()
    {
        var c = new CardIntakeCase { Status = IntakeStatus.Requested };
        Assert.All(IntakeTransitions.Table.All, t => Assert.Equal(Permission.HandleCardIntake, t.Permission));
        var error = Assert.Throws<ForbiddenException>(() => IntakeTransitions.Table.Check(IntakeTransitions.Receive, c, TestActor.Finance));
        Assert.StartsWith("'불량 카드 접수' 권한이 없습니다.", error.Message);
        IntakeTransitions.Table.Check(IntakeTransitions.Receive, c, TestActor.Supervisor);
    }
}
