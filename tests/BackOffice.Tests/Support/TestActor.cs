namespace BackOffice.Tests.Support;

/// <summary>Stands in for the circuit's signed-in user; a test switches who acts with <see cref="Current"/>.</summary>
public sealed class TestActor() : CurrentActor(null!)
{
    public Actor? Current { get; set; } = Agent;

    public override Task<Actor> GetAsync() =>
        Current is null ? throw new ForbiddenException("로그인이 필요합니다.") : Task.FromResult(Current);

    public static Actor Agent => Make("agent-id", "김상담", StaffRoles.Agent);
    public static Actor Agent2 => Make("agent2-id", "이상담", StaffRoles.Agent);
    public static Actor Supervisor => Make("supervisor-id", "박팀장", StaffRoles.Supervisor, StaffRoles.Agent);
    public static Actor Finance => Make("finance-id", "최재무", StaffRoles.Finance);
    /// <summary>A second Finance user: whoever marks a payout paid or failed is not its approver (issue 10).</summary>
    public static Actor Finance2 => Make("finance2-id", "정재무", StaffRoles.Finance);
    public static Actor Compliance => Make("compliance-id", "한준법", StaffRoles.Compliance);
    public static Actor Admin => Make("admin-id", "윤관리", StaffRoles.Admin);
    /// <summary>A second Admin: a money role granted by one Admin waits for another (issue 10).</summary>
    public static Actor Admin2 => Make("admin2-id", "서관리", StaffRoles.Admin);

    public static Actor Make(string id, string name, params string[] roles) => new(id, name, roles.ToHashSet());
}
