namespace BackOffice.Tests.Reissue;

/// <summary>The reissue request's declared transitions: a Supervisor approves or rejects a fee waiver.</summary>
public class ReissueTransitionsTests
{
    public static TheoryData<bool, ReissueStatus, string> Allowed => new()
    {
        { true, ReissueStatus.Issued, "card.reissue.waiver-approved" },
        { false, ReissueStatus.Rejected, "card.reissue.waiver-rejected" },
    };

    private static Transition<ReissueRequest, ReissueStatus> Of(bool approve) =>
        approve ? ReissueTransitions.ApproveWaiver : ReissueTransitions.RejectWaiver;

    [Theory]
    [MemberData(nameof(Allowed))]
    public async Task A_waiver_decision_moves_a_waiting_request_and_audits_it(bool approve, ReissueStatus to, string action)
    {
        await using var db = TransitionProbe.Context();
        var r = new ReissueRequest { RequestNo = "R20261123-000001", MemberId = 4, Status = ReissueStatus.AwaitingWaiverApproval, Version = 0 };

        await ReissueTransitions.Table.ApplyAsync(db, Of(approve), r, TestActor.Supervisor, TransitionProbe.Now, reason: "면제 사유 확인");

        Assert.Equal((to, 1L), (r.Status, r.Version));
        var audit = Assert.Single(TransitionProbe.Audits(db));
        Assert.Equal((action, "ReissueRequest", "R20261123-000001", 4L, "면제 사유 확인"), (audit.Action, audit.EntityType, audit.EntityId, audit.MemberId, audit.Reason));
    }

    public static TheoryData<bool, ReissueStatus, string> Refused => new()
    {
        { true, ReissueStatus.Issued, "이미 처리된 요청입니다 (발급 완료, 박팀장)." },
        { true, ReissueStatus.Rejected, "이미 처리된 요청입니다 (면제 반려, 박팀장)." },
        { false, ReissueStatus.Issued, "이미 처리된 요청입니다 (발급 완료, 박팀장)." },
        { false, ReissueStatus.Cancelled, "이미 처리된 요청입니다 (취소, 박팀장)." },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_decided_request_cannot_be_decided_again(bool approve, ReissueStatus status, string message)
    {
        await using var db = TransitionProbe.Context();
        var r = new ReissueRequest { Status = status, WaiverDecidedByName = "박팀장", Version = 2 };

        var error = await Assert.ThrowsAsync<BusinessRuleException>(() => ReissueTransitions.Table.ApplyAsync(db, Of(approve), r, TestActor.Supervisor, TransitionProbe.Now));

        Assert.Equal(message, error.Message);
        Assert.Equal((status, 2L), (r.Status, r.Version));
        Assert.Empty(TransitionProbe.Audits(db));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Only_a_Supervisor_or_Admin_decides_a_waiver(bool approve)
    {
        var r = new ReissueRequest { Status = ReissueStatus.AwaitingWaiverApproval };
        Assert.Equal(Permission.ApproveFeeWaiver, Of(approve).Permission);
        Assert.Throws<ForbiddenException>(() => ReissueTransitions.Table.Check(Of(approve), r, TestActor.Agent));
        Assert.Throws<ForbiddenException>(() => ReissueTransitions.Table.Check(Of(approve), r, TestActor.Finance));
        ReissueTransitions.Table.Check(Of(approve), r, TestActor.Admin);
        Assert.Equal(ReissueStatus.AwaitingWaiverApproval, r.Status);
    }
}
