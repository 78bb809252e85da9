using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Features.Staff;

/// <summary>
/// Staff accounts for Admins: list, create, roles, disable/enable, unlock. Identity does the account work;
/// each command runs on a fresh scope (never the circuit's long-lived UserManager) inside one transaction that
/// also holds its audit record, so a change without its audit record cannot commit.
/// </summary>
public sealed class StaffService(
    IDbContextFactory<AppDbContext> factory, IServiceScopeFactory scopeFactory, WriteGate gate, CurrentActor currentActor,
    TimeProvider clock)
{
    private const string EntityType = "StaffUser";

    public async Task<IReadOnlyList<StaffRow>> ListAsync(CancellationToken ct = default)
    {
        var actor = await RequireAdminAsync();
        await using var db = await factory.CreateDbContextAsync(ct);
        var users = await db.Users.AsNoTracking()
            .Select(u => new { u.Id, u.UserName, u.DisplayName, u.IsDisabled, u.LockoutEnd, u.CreatedAt })
            .ToListAsync(ct);
        var roles = await db.UserRoles.AsNoTracking()
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(ct);
        var rolesByUser = roles.ToLookup(r => r.UserId, r => r.Name!);
        var now = clock.GetUtcNow();

        return users
            .Select(u =>
            {
                var locked = u.LockoutEnd is { } end && end > now;
                var status = u.IsDisabled ? StaffStatus.Disabled : locked ? StaffStatus.Locked : StaffStatus.Active;
                return new StaffRow(u.Id, u.UserName ?? "", u.DisplayName, SortRoles(rolesByUser[u.Id]), status, locked,
                    u.Id == actor.Id, u.CreatedAt);
            })
            .OrderBy(r => r.UserName, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    public async Task<string> CreateAsync(NewStaff input, CancellationToken ct = default)
    {
        var actor = await RequireAdminAsync();
        if (StaffRules.NewStaffProblem(input) is { } problem) throw new BusinessRuleException(problem);
        var roles = SortRoles(input.Roles.Distinct());

        return await InIdentityTransactionAsync(async (users, db) =>
        {
            var user = new StaffUser { UserName = input.UserName.Trim(), DisplayName = input.DisplayName.Trim(), CreatedAt = clock.GetUtcNow() };
            Check(await users.CreateAsync(user, input.Password));
            Check(await users.AddToRolesAsync(user, roles));
            db.Record(actor, clock.GetUtcNow(), "staff.create", EntityType, user.Id,
                after: new { userName = user.UserName, displayName = user.DisplayName, roles });
            return user.Id;
        }, ct);
    }

    public async Task ChangeRolesAsync(string userId, IReadOnlyCollection<string> roles, string? reason, CancellationToken ct = default)
    {
        var actor = await RequireAdminAsync();
        if ((StaffRules.RolesProblem(roles) ?? StaffRules.ReasonLengthProblem(reason)) is { } problem) throw new BusinessRuleException(problem);
        if (userId == actor.Id && !roles.Contains(StaffRoles.Admin))
            throw new BusinessRuleException("자기 자신의 시스템 관리자 역할은 해제할 수 없습니다.");

        await InIdentityTransactionAsync(async (users, db) =>
        {
            var user = await FindAsync(users, userId);
            var before = SortRoles(await users.GetRolesAsync(user));
            var after = SortRoles(roles.Distinct());
            if (before.SequenceEqual(after)) throw new BusinessRuleException("변경된 역할이 없습니다.");

            var added = after.Except(before).ToList();
            var removed = before.Except(after).ToList();
            if (added.Count > 0) Check(await users.AddToRolesAsync(user, added));
            if (removed.Count > 0) Check(await users.RemoveFromRolesAsync(user, removed));
            // Open circuits of this account end at the next revalidation; the new roles apply at the next sign-in.
            Check(await users.UpdateSecurityStampAsync(user));
            db.Record(actor, clock.GetUtcNow(), "staff.roles", EntityType, user.Id,
                before: new { roles = before }, after: new { roles = after }, reason: Clean(reason));
            return true;
        }, ct);
    }

    public async Task DisableAsync(string userId, string reason, CancellationToken ct = default)
    {
        var actor = await RequireAdminAsync();
        if (StaffRules.DisableReasonProblem(reason) is { } problem) throw new BusinessRuleException(problem);
        if (userId == actor.Id) throw new BusinessRuleException("자기 자신의 계정은 사용 중지할 수 없습니다.");

        await InIdentityTransactionAsync(async (users, db) =>
        {
            var user = await FindAsync(users, userId);
            if (user.IsDisabled) throw new BusinessRuleException("이미 사용 중지된 계정입니다.");
            user.IsDisabled = true;
            // Saves IsDisabled together with a new security stamp, so the revalidating provider ends open circuits.
            Check(await users.UpdateSecurityStampAsync(user));
            db.Record(actor, clock.GetUtcNow(), "staff.disable", EntityType, user.Id,
                before: new { isDisabled = false }, after: new { isDisabled = true }, reason: Clean(reason));
            return true;
        }, ct);
    }

    public async Task EnableAsync(string userId, string? reason = null, CancellationToken ct = default)
    {
        var actor = await RequireAdminAsync();
        if (StaffRules.ReasonLengthProblem(reason) is { } problem) throw new BusinessRuleException(problem);

        await InIdentityTransactionAsync(async (users, db) =>
        {
            var user = await FindAsync(users, userId);
            if (!user.IsDisabled) throw new BusinessRuleException("사용 중인 계정입니다.");
            user.IsDisabled = false;
            Check(await users.UpdateAsync(user));
            db.Record(actor, clock.GetUtcNow(), "staff.enable", EntityType, user.Id,
                before: new { isDisabled = true }, after: new { isDisabled = false }, reason: Clean(reason));
            return true;
        }, ct);
    }

    public async Task UnlockAsync(string userId, string? reason = null, CancellationToken ct = default)
    {
        var actor = await RequireAdminAsync();
        if (StaffRules.ReasonLengthProblem(reason) is { } problem) throw new BusinessRuleException(problem);

        await InIdentityTransactionAsync(async (users, db) =>
        {
            var user = await FindAsync(users, userId);
            var lockoutEnd = await users.GetLockoutEndDateAsync(user);
            if (lockoutEnd is null || lockoutEnd <= clock.GetUtcNow()) throw new BusinessRuleException("잠겨 있지 않은 계정입니다.");
            var failedCount = await users.GetAccessFailedCountAsync(user);
            Check(await users.SetLockoutEndDateAsync(user, null));
            Check(await users.ResetAccessFailedCountAsync(user));
            db.Record(actor, clock.GetUtcNow(), "staff.unlock", EntityType, user.Id,
                before: new { lockoutEnd, accessFailedCount = failedCount }, after: new { lockoutEnd = (DateTimeOffset?)null, accessFailedCount = 0 },
                reason: Clean(reason));
            return true;
        }, ct);
    }

    private async Task<Actor> RequireAdminAsync()
    {
        var actor = await currentActor.GetAsync();
        actor.Require(Permission.ManageStaff);
        return actor;
    }

    /// <summary>
    /// Runs Identity operations and the audit record on one fresh scope and one transaction, behind the write gate
    /// (Identity's store writes through the scope's own context, which DbWriter cannot share).
    /// </summary>
    private async Task<T> InIdentityTransactionAsync<T>(Func<UserManager<StaffUser>, AppDbContext, Task<T>> command, CancellationToken ct)
    {
        using (await gate.EnterAsync(ct))
        {
            await using var scope = scopeFactory.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            try
            {
                var result = await command(users, db);
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
                return result;
            }
            catch (DbUpdateException)
            {
                throw new BusinessRuleException("다른 사용자가 동시에 이 계정을 변경했습니다. 목록을 새로 고친 뒤 다시 시도하세요.");
            }
        }
    }

    private static async Task<StaffUser> FindAsync(UserManager<StaffUser> users, string userId) =>
        await users.FindByIdAsync(userId) ?? throw new BusinessRuleException("직원 계정을 찾을 수 없습니다.");

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new BusinessRuleException(StaffRules.Describe(result.Errors));
    }

    /// <summary>Roles in the order of <see cref="StaffRoles.All"/>, so lists and audit records compare and read the same.</summary>
    private static List<string> SortRoles(IEnumerable<string> roles) =>
        roles.OrderBy(r => StaffRoles.All.Contains(r) ? StaffRoles.All.ToList().IndexOf(r) : int.MaxValue).ThenBy(r => r, StringComparer.Ordinal).ToList();

    private static string? Clean(string? reason) => string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
}
