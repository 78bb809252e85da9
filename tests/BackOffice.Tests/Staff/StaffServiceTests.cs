using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BackOffice.Tests.Staff;

public class StaffServiceTests
{
    private const string Password = "correct-horse-battery";

    public static TheoryData<string> Providers => TestDatabase.Providers();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_admin_creates_staff_with_roles_and_the_audit_record_names_them_but_not_the_password(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        h.Actor.Current = TestActor.Admin;
        var service = h.Get<StaffService>();

        var id = await service.CreateAsync(new NewStaff("tester01", "테스트직원", Password, [StaffRoles.Finance, StaffRoles.Agent]));
        await StaffChangeTests.ApprovePendingAsync(h); // issue 10: Finance waits for a second Admin

        var row = Assert.Single(await service.ListAsync(), r => r.Id == id);
        Assert.Equal(("tester01", "테스트직원", StaffStatus.Active, "상담원, 재무"), (row.UserName, row.DisplayName, row.Status, row.RoleNames));
        await using var db = await h.DbAsync();
        var audit = await db.AuditRecords.SingleAsync(a => a.Action == "staff.create");
        Assert.Equal(("admin-id", "StaffUser", id), (audit.ActorId, audit.EntityType, audit.EntityId));
        Assert.Contains("tester01", audit.After);
        Assert.Contains(StaffRoles.Finance, audit.After);
        Assert.DoesNotContain(Password, audit.After);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Bad_input_and_identity_errors_are_refused_in_Korean_and_leave_nothing_behind(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        h.Actor.Current = TestActor.Admin;
        var service = h.Get<StaffService>();
        await service.CreateAsync(new NewStaff("tester01", "테스트직원", Password, [StaffRoles.Agent]));

        async Task<string> Refused(NewStaff input) => (await Assert.ThrowsAsync<BusinessRuleException>(() => service.CreateAsync(input))).Message;

        Assert.Equal("아이디는 영문자와 숫자 4~15자로 입력하세요.", await Refused(new NewStaff("ab", "이름", Password, [StaffRoles.Agent])));
        Assert.Equal("아이디는 영문자와 숫자 4~15자로 입력하세요.", await Refused(new NewStaff("tester.02", "이름", Password, [StaffRoles.Agent])));
        Assert.Equal("초기 비밀번호는 12자 이상이어야 합니다.", await Refused(new NewStaff("tester02", "이름", "short", [StaffRoles.Agent])));
        Assert.Equal("역할을 하나 이상 선택하세요.", await Refused(new NewStaff("tester02", "이름", Password, [])));
        Assert.Equal("이미 사용 중인 아이디입니다.", await Refused(new NewStaff("TESTER01", "중복", Password, [StaffRoles.Agent])));
        Assert.Equal("비밀번호에 서로 다른 문자를 더 많이 사용하세요.", await Refused(new NewStaff("tester03", "이름", "aaaaaaaaaaaa", [StaffRoles.Agent])));

        await using var db = await h.DbAsync();
        Assert.Equal(["tester01"], await db.Users.Select(u => u.UserName!).ToListAsync());
        Assert.Equal(1, await db.AuditRecords.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Disabling_needs_a_reason_ends_the_accounts_sessions_and_is_audited_and_enabling_undoes_it(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        h.Actor.Current = TestActor.Admin;
        var service = h.Get<StaffService>();
        var id = await service.CreateAsync(new NewStaff("tester01", "테스트직원", Password, [StaffRoles.Agent]));
        var signedIn = await PrincipalAsync(h, id);
        Assert.True(await StillValidAsync(h, signedIn));

        var noReason = await Assert.ThrowsAsync<BusinessRuleException>(() => service.DisableAsync(id, " "));
        Assert.Equal("사용 중지 사유를 입력하세요.", noReason.Message);

        await service.DisableAsync(id, "퇴사 (2026-11-30)");

        Assert.Equal(StaffStatus.Disabled, Assert.Single(await service.ListAsync(), r => r.Id == id).Status);
        Assert.False(await StillValidAsync(h, signedIn));
        await using var db = await h.DbAsync();
        var audit = await db.AuditRecords.SingleAsync(a => a.Action == "staff.disable");
        Assert.Equal(("퇴사 (2026-11-30)", id), (audit.Reason, audit.EntityId));
        Assert.Contains("false", audit.Before);
        Assert.Contains("true", audit.After);
        var again = await Assert.ThrowsAsync<BusinessRuleException>(() => service.DisableAsync(id, "퇴사 (2026-11-30)"));
        Assert.Equal("이미 사용 중지된 계정입니다.", again.Message);

        await service.EnableAsync(id);

        Assert.Equal(StaffStatus.Active, Assert.Single(await service.ListAsync(), r => r.Id == id).Status);
        Assert.Equal(1, await db.AuditRecords.CountAsync(a => a.Action == "staff.enable" && a.EntityId == id));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Unlocking_clears_the_lockout_and_the_failure_count(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        h.Actor.Current = TestActor.Admin;
        var service = h.Get<StaffService>();
        var id = await service.CreateAsync(new NewStaff("tester01", "테스트직원", Password, [StaffRoles.Agent]));
        var notLocked = await Assert.ThrowsAsync<BusinessRuleException>(() => service.UnlockAsync(id));
        Assert.Equal("잠겨 있지 않은 계정입니다.", notLocked.Message);

        await FailPasswordFiveTimesAsync(h, id);
        Assert.Equal(StaffStatus.Locked, Assert.Single(await service.ListAsync(), r => r.Id == id).Status);

        await service.UnlockAsync(id, "본인 확인 후 해제");

        await using var db = await h.DbAsync();
        var user = await db.Users.SingleAsync(u => u.Id == id);
        Assert.Null(user.LockoutEnd);
        Assert.Equal(0, user.AccessFailedCount);
        Assert.Equal(StaffStatus.Active, Assert.Single(await service.ListAsync(), r => r.Id == id).Status);
        var audit = await db.AuditRecords.SingleAsync(a => a.Action == "staff.unlock");
        Assert.Equal("본인 확인 후 해제", audit.Reason);
        Assert.Contains("lockoutEnd", audit.Before);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Role_changes_are_audited_before_and_after_and_an_admin_cannot_disable_or_demote_themselves(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        h.Actor.Current = TestActor.Admin;
        var service = h.Get<StaffService>();
        var selfId = await service.CreateAsync(new NewStaff("admin2", "김관리", Password, [StaffRoles.Admin]));
        var otherId = await service.CreateAsync(new NewStaff("tester01", "테스트직원", Password, [StaffRoles.Agent]));
        await StaffChangeTests.ApprovePendingAsync(h); // issue 10: admin2's Admin role waits for a second Admin
        var stamp = await StampAsync(h, otherId);

        await service.ChangeRolesAsync(otherId, [StaffRoles.Agent, StaffRoles.Supervisor], "팀장 승진");
        await StaffChangeTests.ApprovePendingAsync(h);

        Assert.Equal("상담원, 상담 관리자", Assert.Single(await service.ListAsync(), r => r.Id == otherId).RoleNames);
        Assert.NotEqual(stamp, await StampAsync(h, otherId));
        await using var db = await h.DbAsync();
        var audit = await db.AuditRecords.SingleAsync(a => a.Action == "staff.roles" && a.EntityId == otherId);
        Assert.Equal("""{"roles":["Agent"]}""", audit.Before);
        Assert.Equal("""{"roles":["Agent","Supervisor"]}""", audit.After);
        Assert.Equal("팀장 승진", audit.Reason);

        h.Actor.Current = TestActor.Make(selfId, "김관리", StaffRoles.Admin);
        Assert.True(Assert.Single(await service.ListAsync(), r => r.Id == selfId).IsSelf);
        var disableSelf = await Assert.ThrowsAsync<BusinessRuleException>(() => service.DisableAsync(selfId, "실수로 누름 테스트"));
        Assert.Equal("자기 자신의 계정은 사용 중지할 수 없습니다.", disableSelf.Message);
        var demoteSelf = await Assert.ThrowsAsync<BusinessRuleException>(() => service.ChangeRolesAsync(selfId, [StaffRoles.Agent], null));
        Assert.Equal("자기 자신의 시스템 관리자 역할은 해제할 수 없습니다.", demoteSelf.Message);
        await service.ChangeRolesAsync(selfId, [StaffRoles.Admin, StaffRoles.Compliance], null);
        Assert.Equal("컴플라이언스, 시스템 관리자", Assert.Single(await service.ListAsync(), r => r.Id == selfId).RoleNames);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Only_admins_may_list_or_change_staff(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        h.Actor.Current = TestActor.Admin;
        var service = h.Get<StaffService>();
        var id = await service.CreateAsync(new NewStaff("tester01", "테스트직원", Password, [StaffRoles.Agent]));

        foreach (var actor in new[] { TestActor.Agent, TestActor.Supervisor, TestActor.Compliance, TestActor.Finance })
        {
            h.Actor.Current = actor;
            await Assert.ThrowsAsync<ForbiddenException>(() => service.ListAsync());
            await Assert.ThrowsAsync<ForbiddenException>(() => service.CreateAsync(new NewStaff("tester02", "이름", Password, [StaffRoles.Admin])));
            await Assert.ThrowsAsync<ForbiddenException>(() => service.ChangeRolesAsync(id, [StaffRoles.Admin], null));
            await Assert.ThrowsAsync<ForbiddenException>(() => service.DisableAsync(id, "권한 없는 시도"));
            await Assert.ThrowsAsync<ForbiddenException>(() => service.EnableAsync(id));
            await Assert.ThrowsAsync<ForbiddenException>(() => service.UnlockAsync(id));
        }

        await using var db = await h.DbAsync();
        Assert.Equal(["staff.create"], await db.AuditRecords.Select(a => a.Action).ToListAsync());
        Assert.False((await db.Users.SingleAsync(u => u.Id == id)).IsDisabled);
    }

    private static async Task FailPasswordFiveTimesAsync(Harness h, string userId)
    {
        await using var scope = h.Services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = (await users.FindByIdAsync(userId))!;
        for (var i = 0; i < 5; i++) await users.AccessFailedAsync(user);
    }

    private static async Task<string?> StampAsync(Harness h, string userId)
    {
        await using var db = await h.DbAsync();
        return await db.Users.Where(u => u.Id == userId).Select(u => u.SecurityStamp).SingleAsync();
    }

    private static async Task<System.Security.Claims.ClaimsPrincipal> PrincipalAsync(Harness h, string userId)
    {
        await using var scope = h.Services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var factory = scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<StaffUser>>();
        return await factory.CreateAsync((await users.FindByIdAsync(userId))!);
    }

    private static async Task<bool> StillValidAsync(Harness h, System.Security.Claims.ClaimsPrincipal principal)
    {
        await using var scope = h.Services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var stampClaim = scope.ServiceProvider.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        return await StaffAuthenticationStateProvider.IsStillValidAsync(users, principal, stampClaim);
    }
}
