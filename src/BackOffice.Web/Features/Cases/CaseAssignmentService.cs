using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Features.Cases;

/// <summary>
/// Assignment and hand-over of cases (issue 13 item 3). Anyone who handles cases (<see cref="Permission.HandleCases"/>)
/// may take an UNASSIGNED case; giving a case to another staff member, or taking it from its assignee, is a Supervisor's
/// (<see cref="Permission.AssignCases"/>) and needs a reason. Each change is a history line (<c>assigned</c> for a first
/// assignee, <c>handed-over</c> when it moves from one person to another) and an audit record with the member id, in one
/// transaction; the case's <c>Version</c> makes two simultaneous changes one change and one refusal.
/// </summary>
public sealed class CaseAssignmentService(DbWriter writer, CurrentActor currentActor, TimeProvider clock)
{
    public const int MinReason = 5;
    public const int MaxReason = 200;

    /// <summary>Takes an unassigned case (HandleCases). Taking one's own case again changes nothing.</summary>
    public async Task TakeAsync(string caseNumber, CancellationToken ct = default)
    {
        var actor = await currentActor.GetAsync();
        actor.Require(Permission.HandleCases);
        await writer.ExecuteAsync(async (db, token) =>
        {
            var @case = await FindOpenAsync(db, caseNumber, token);
            if (@case.AssigneeId == actor.Id) return;
            if (@case.AssigneeId is not null)
                throw new BusinessRuleException($"이미 {@case.AssigneeName} 님이 담당하고 있습니다. 담당 변경은 상담 관리자에게 요청하세요.");
            Change(db, @case, actor, new CaseAssigneeChoice(actor.Id, actor.Name), null);
        }, ct);
    }

    /// <summary>Assigns a case to a staff member who handles cases, or hands it over from its assignee (AssignCases), with a reason.</summary>
    public async Task AssignAsync(string caseNumber, string assigneeId, string reason, CancellationToken ct = default)
    {
        var actor = await currentActor.GetAsync();
        actor.Require(Permission.AssignCases);
        reason = reason?.Trim() ?? "";
        if (reason.Length < MinReason) throw new BusinessRuleException($"배정 사유를 {MinReason}자 이상 입력하세요.");
        if (reason.Length > MaxReason) throw new BusinessRuleException($"배정 사유는 {MaxReason}자 이하로 입력하세요.");
        if (string.IsNullOrWhiteSpace(assigneeId)) throw new BusinessRuleException("담당자를 고르세요.");
        await writer.ExecuteAsync(async (db, token) =>
        {
            var @case = await FindOpenAsync(db, caseNumber, token);
            var assignee = (await CaseAssignees.QueryAsync(db, token, assigneeId)).SingleOrDefault()
                ?? throw new BusinessRuleException("사건을 처리할 수 있는 직원(상담원·상담 관리자)에게만 배정할 수 있습니다.");
            if (@case.AssigneeId == assignee.Id) throw new BusinessRuleException($"이미 {assignee.Name} 님이 담당하고 있습니다.");
            Change(db, @case, actor, assignee, reason);
        }, ct);
    }

    private void Change(AppDbContext db, ServiceCase @case, Actor actor, CaseAssigneeChoice to, string? reason)
    {
        var now = clock.GetUtcNow();
        var before = new { @case.AssigneeId, @case.AssigneeName };
        var handover = @case.AssigneeId is not null;
        var fromName = @case.AssigneeName;
        @case.AssigneeId = to.Id;
        @case.AssigneeName = to.Name;
        @case.Version++;
        var self = to.Id == actor.Id && reason is null;
        db.CaseEvents.Add(new CaseEvent
        {
            CaseId = @case.Id,
            At = now,
            Kind = handover ? "handed-over" : "assigned",
            ActorId = actor.Id,
            ActorName = actor.Name,
            Text = handover
                ? $"담당 인계: {fromName} → {to.Name} (사유: {reason})"
                : self ? $"담당 지정: {to.Name} (직접 맡음)" : $"담당 지정: {to.Name} (사유: {reason})",
        });
        db.Record(actor, now, handover ? "case.handover" : "case.assign", nameof(ServiceCase), @case.Number, before,
            new { @case.AssigneeId, @case.AssigneeName }, reason, memberId: @case.MemberId);
    }

    private static async Task<ServiceCase> FindOpenAsync(AppDbContext db, string caseNumber, CancellationToken ct)
    {
        var number = CaseQueueQueries.NormalizeNumber(caseNumber) ?? throw new BusinessRuleException("사건 번호를 입력하세요.");
        var @case = await db.Cases.FirstOrDefaultAsync(c => c.Number == number, ct) ?? throw new BusinessRuleException("사건을 찾을 수 없습니다.");
        if (@case.Status == CaseStatus.Closed) throw new BusinessRuleException("종결된 사건은 배정할 수 없습니다.");
        return @case;
    }
}
