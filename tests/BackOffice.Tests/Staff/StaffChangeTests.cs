using Microsoft.EntityFrameworkCore;

namespace BackOffice.Tests.Staff;

/// <summary>
/// Issue 10 §2a: granting Finance, Supervisor or Admin becomes a staff-change request that a second Admin (not the
/// requester, not the target) approves; non-money roles and removals apply at once; every step is audited.
/// </summary>
public class StaffChangeTests
{
    private const string Password = "correct-horse-battery";

    public static TheoryData<string> Providers => TestDatabase.Providers();

    /// <summary>Approves every pending staff-change request as a second Admin (for setups that need the roles granted).</summary>
    internal static async Task ApprovePendingAsync(Harness h, Actor? approver = null)
    {
        await using var session = h.SessionAs(approver ?? TestActor.Admin2);
        var staff = session.Get<StaffService>();
        foreach (var row in await staff.PendingChangesAsync()) await staff.ApproveChangeAsync(row.Id);
    }

    private static async Task<IReadOnlyList<string>> RolesAsync(Harness h, string userId)
    {
        await using var db = await h.DbAsync();
        return await db.UserRoles.Where(ur => ur.UserId == userId).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name!).OrderBy(n => n).ToListAsync();
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_money_role_waits_for_a_second_admin_who_is_neither_requester_nor_target_and_is_audited(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        h.Actor.Current = TestActor.Admin;
        var staff = h.Get<StaffService>();
        var id = await staff.CreateAsync(new NewStaff("tester01", "테스트직원", Password, [StaffRoles.Agent, StaffRoles.Finance]));

        Assert.Equal([StaffRoles.Agent], await RolesAsync(h, id)); // Agent at once, Finance waits
        var pending = Assert.Single(await staff.PendingChangesAsync());
        Assert.Equal(("tester01", "재무", true), (pending.TargetUserName, pending.Granted, pending.ForNewAccount));
        Assert.Equal("본인이 요청한 권한 변경은 승인하거나 반려할 수 없습니다. 다른 시스템 관리자가 처리해야 합니다.", pending.Refusal);

        var own = await Assert.ThrowsAsync<ForbiddenException>(() => staff.ApproveChangeAsync(pending.Id));
        Assert.Equal("본인이 요청한 권한 변경은 승인하거나 반려할 수 없습니다. 다른 시스템 관리자가 처리해야 합니다.", own.Message);
        h.Actor.Current = TestActor.Make(id, "테스트직원", StaffRoles.Admin); // the target, even if an Admin
        var target = await Assert.ThrowsAsync<ForbiddenException>(() => staff.ApproveChangeAsync(pending.Id));
        Assert.Equal("본인 계정에 대한 권한 변경은 승인하거나 반려할 수 없습니다. 다른 시스템 관리자가 처리해야 합니다.", target.Message);
        h.Actor.Current = TestActor.Supervisor;
        await Assert.ThrowsAsync<ForbiddenException>(() => staff.ApproveChangeAsync(pending.Id));
        Assert.Equal([StaffRoles.Agent], await RolesAsync(h, id));

        h.Actor.Current = TestActor.Admin2;
        await staff.ApproveChangeAsync(pending.Id);
        await staff.ApproveChangeAsync(pending.Id); // the same click twice: quiet
        Assert.Equal([StaffRoles.Agent, StaffRoles.Finance], await RolesAsync(h, id));
        Assert.Empty(await staff.PendingChangesAsync());
        h.Actor.Current = TestActor.Make("admin3-id", "삼관리", StaffRoles.Admin);
        var late = await Assert.ThrowsAsync<BusinessRuleException>(() => staff.ApproveChangeAsync(pending.Id));
        Assert.StartsWith("이미 처리된 권한 변경 요청입니다 (승인 (적용됨), 서관리)", late.Message);

        await using var db = await h.DbAsync();
        var actions = await db.AuditRecords.OrderBy(a => a.Id).Select(a => new { a.Action, a.ActorId, a.EntityId }).ToListAsync();
        Assert.Equal(["staff.create", "staff.change.request", "staff.roles", "staff.change.approve"], actions.Select(a => a.Action));
        Assert.Equal(["admin-id", "admin-id", "admin2-id", "admin2-id"], actions.Select(a => a.ActorId));
        Assert.Equal(pending.RequestNo, actions[3].EntityId);
        var request = await db.StaffChangeRequests.SingleAsync();
        Assert.Equal((StaffChangeStatus.Approved, "admin2-id", "admin-id"), (request.Status, request.DecidedById, request.RequestedById));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_admin_cannot_request_a_money_role_for_themselves_and_non_money_roles_and_removals_apply_at_once(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        h.Actor.Current = TestActor.Admin;
        var staff = h.Get<StaffService>();
        var adminId = await staff.CreateAsync(new NewStaff("admin9", "구관리", Password, [StaffRoles.Admin]));
        await ApprovePendingAsync(h);
        var otherId = await staff.CreateAsync(new NewStaff("tester01", "테스트직원", Password, [StaffRoles.Agent, StaffRoles.Supervisor]));
        await ApprovePendingAsync(h);

        h.Actor.Current = TestActor.Make(adminId, "구관리", StaffRoles.Admin);
        var self = await Assert.ThrowsAsync<ForbiddenException>(() => staff.ChangeRolesAsync(adminId, [StaffRoles.Admin, StaffRoles.Finance], "자가 부여"));
        Assert.StartsWith("본인에게 재무·상담 관리자·시스템 관리자 역할을 요청할 수 없습니다.", self.Message);
        Assert.Equal([StaffRoles.Admin], await RolesAsync(h, adminId));

        // Compliance (non-money) and the removal of Supervisor apply at once, without a request.
        Assert.Null(await staff.ChangeRolesAsync(otherId, [StaffRoles.Agent, StaffRoles.Compliance], "감사 업무 이동"));
        Assert.Equal([StaffRoles.Agent, StaffRoles.Compliance], await RolesAsync(h, otherId));
        // Adding Finance and Agent removal: the removal applies now, Finance waits.
        var no = await staff.ChangeRolesAsync(otherId, [StaffRoles.Compliance, StaffRoles.Finance], "재무 겸직");
        Assert.NotNull(no);
        Assert.Equal(no, await staff.ChangeRolesAsync(otherId, [StaffRoles.Compliance, StaffRoles.Finance], "재무 겸직")); // double submit
        Assert.Equal([StaffRoles.Compliance], await RolesAsync(h, otherId));
        var second = await Assert.ThrowsAsync<BusinessRuleException>(() => staff.ChangeRolesAsync(otherId, [StaffRoles.Compliance, StaffRoles.Admin], null));
        Assert.StartsWith("이 계정에 승인 대기 중인 권한 변경 요청이 있습니다", second.Message);

        h.Actor.Current = TestActor.Admin2;
        var pending = Assert.Single(await staff.PendingChangesAsync());
        Assert.Equal("반려 사유를 5자 이상 입력하세요.", (await Assert.ThrowsAsync<BusinessRuleException>(() => staff.RejectChangeAsync(pending.Id, "no"))).Message);
        await staff.RejectChangeAsync(pending.Id, "겸직 불가 규정");
        Assert.Equal([StaffRoles.Compliance], await RolesAsync(h, otherId));
        await using var db = await h.DbAsync();
        var rejected = await db.AuditRecords.SingleAsync(a => a.Action == "staff.change.reject");
        Assert.Equal(("admin2-id", "겸직 불가 규정"), (rejected.ActorId, rejected.Reason));
        Assert.Equal(2, await db.StaffChangeRequests.CountAsync(r => r.Status == StaffChangeStatus.Approved));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Two_admins_approving_at_once_apply_the_request_once(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        h.Actor.Current = TestActor.Admin;
        var staff = h.Get<StaffService>();
        await using var a = h.SessionAs(TestActor.Admin2);
        await using var b = h.SessionAs(TestActor.Make("admin3-id", "삼관리", StaffRoles.Admin));

        await Race.UntilBothWinAsync(12, "admin2", "admin3", async round =>
        {
            h.Actor.Current = TestActor.Admin;
            var id = await staff.CreateAsync(new NewStaff($"race{round:D2}x", "경합직원", Password, [StaffRoles.Finance]));
            var request = (await staff.PendingChangesAsync()).Single(p => p.TargetUserId == id);

            var (first, second) = await Race.TwoAsync(round,
                () => a.Get<StaffService>().ApproveChangeAsync(request.Id),
                () => b.Get<StaffService>().ApproveChangeAsync(request.Id));

            Assert.Single(new[] { first, second }, o => o is null);
            await using var db = await h.DbAsync();
            Assert.Equal([StaffRoles.Finance], await RolesAsync(h, id));
            Assert.Equal(1, await db.AuditRecords.CountAsync(x => x.Action == "staff.change.approve" && x.EntityId == request.RequestNo));
            Assert.Equal(1, await db.AuditRecords.CountAsync(x => x.Action == "staff.roles" && x.EntityId == id));
            var decided = await db.StaffChangeRequests.SingleAsync(r => r.Id == request.Id);
            Assert.Equal(StaffChangeStatus.Approved, decided.Status);
            return decided.DecidedById == "admin2-id" ? "admin2" : "admin3";
        });
    }
}
