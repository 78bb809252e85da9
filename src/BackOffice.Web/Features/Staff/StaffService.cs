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

    /// <summary>
    /// Creates the account with its non-money roles at once; money roles (Finance, Supervisor, Admin) become a
    /// staff-change request that a second Admin must approve (issue 10).
    /// </summary>
    public async Task<string> CreateAsync(NewStaff input, CancellationToken ct = default)
    {
        var actor = await RequireAdminAsync();
        if (StaffRules.NewStaffProblem(input) is { } problem) throw new BusinessRuleException(problem);
        var roles = SortRoles(input.Roles.Distinct());
        var now = SortRoles(roles.Except(StaffChangeRequest.MoneyRoles));

        return await InIdentityTransactionAsync(async (users, db) =>
        {
            var user = new StaffUser { UserName = input.UserName.Trim(), DisplayName = input.DisplayName.Trim(), CreatedAt = clock.GetUtcNow() };
            Check(await users.CreateAsync(user, input.Password));
            if (now.Count > 0) Check(await users.AddToRolesAsync(user, now));
            db.Record(actor, clock.GetUtcNow(), "staff.create", EntityType, user.Id,
                after: new { userName = user.UserName, displayName = user.DisplayName, roles = now, requested = roles });
            if (now.Count < roles.Count) await FileChangeAsync(db, actor, user, now, roles, forNewAccount: true, "신규 계정 생성 시 요청", ct);
            return user.Id;
        }, ct);
    }

    /// <summary>
    /// Changes the roles. Removals and non-money roles apply at once; a money role to add (Finance, Supervisor, Admin)
    /// becomes a staff-change request for a second Admin, whose number this returns (null when everything applied).
    /// An Admin cannot request a money role for themselves.
    /// </summary>
    public async Task<string?> ChangeRolesAsync(string userId, IReadOnlyCollection<string> roles, string? reason, CancellationToken ct = default)
    {
        var actor = await RequireAdminAsync();
        if ((StaffRules.RolesProblem(roles) ?? StaffRules.ReasonLengthProblem(reason)) is { } problem) throw new BusinessRuleException(problem);
        if (userId == actor.Id && !roles.Contains(StaffRoles.Admin))
            throw new BusinessRuleException("자기 자신의 시스템 관리자 역할은 해제할 수 없습니다.");

        return await InIdentityTransactionAsync(async (users, db) =>
        {
            var user = await FindAsync(users, userId);
            var before = SortRoles(await users.GetRolesAsync(user));
            var after = SortRoles(roles.Distinct());
            var moneyAdded = after.Except(before).Intersect(StaffChangeRequest.MoneyRoles).ToList();
            if (moneyAdded.Count > 0)
            {
                if (userId == actor.Id)
                    throw new ForbiddenException("본인에게 재무·상담 관리자·시스템 관리자 역할을 요청할 수 없습니다. 다른 시스템 관리자가 요청하고 또 다른 관리자가 승인해야 합니다.");
                var pending = await db.StaffChangeRequests.FirstOrDefaultAsync(r => r.TargetUserId == userId && r.Status == StaffChangeStatus.Pending, ct);
                if (pending is not null)
                {
                    // The same request clicked twice finds the first; anything else waits for the open one's decision.
                    if (pending.RequestedById == actor.Id && pending.RolesAfter == StaffChangeRequest.Join(after)) return pending.RequestNo;
                    throw new BusinessRuleException($"이 계정에 승인 대기 중인 권한 변경 요청이 있습니다 ({pending.RequestNo}). 먼저 승인 또는 반려하세요.");
                }
            }
            if (before.SequenceEqual(after)) throw new BusinessRuleException("변경된 역할이 없습니다.");

            var now = SortRoles(after.Except(moneyAdded));
            var added = now.Except(before).ToList();
            var removed = before.Except(now).ToList();
            if (added.Count > 0 || removed.Count > 0)
            {
                if (added.Count > 0) Check(await users.AddToRolesAsync(user, added));
                if (removed.Count > 0) Check(await users.RemoveFromRolesAsync(user, removed));
                // Open circuits of this account end at the next revalidation; the new roles apply at the next sign-in.
                Check(await users.UpdateSecurityStampAsync(user));
                db.Record(actor, clock.GetUtcNow(), "staff.roles", EntityType, user.Id,
                    before: new { roles = before }, after: new { roles = now }, reason: Clean(reason));
            }
            return moneyAdded.Count == 0 ? null : await FileChangeAsync(db, actor, user, now, after, forNewAccount: false, Clean(reason), ct);
        }, ct);
    }

    /// <summary>Staff-change requests waiting for a second Admin, oldest first.</summary>
    public async Task<IReadOnlyList<StaffChangeRow>> PendingChangesAsync(CancellationToken ct = default)
    {
        var actor = await RequireAdminAsync();
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = await db.StaffChangeRequests.AsNoTracking().Where(r => r.Status == StaffChangeStatus.Pending).OrderBy(r => r.Id).ToListAsync(ct);
        return rows.Select(r => new StaffChangeRow(r.Id, r.RequestNo, r.TargetUserId, r.TargetUserName, r.TargetDisplayName, StaffChangeRequest.Split(r.RolesBefore),
            StaffChangeRequest.Split(r.RolesAfter), r.ForNewAccount, r.Reason, r.RequestedAt, r.RequestedByName,
            StaffChangeTransitions.DeciderRefusal(r, actor))).ToList();
    }

    /// <summary>A second Admin approves: the roles are granted in the same transaction, audited on the account and the request.</summary>
    public Task ApproveChangeAsync(long requestId, CancellationToken ct = default) => DecideChangeAsync(requestId, approve: true, null, ct);

    public Task RejectChangeAsync(long requestId, string reason, CancellationToken ct = default) => DecideChangeAsync(requestId, approve: false, reason, ct);

    private async Task DecideChangeAsync(long requestId, bool approve, string? note, CancellationToken ct)
    {
        var actor = await currentActor.GetAsync();
        actor.Require(Permission.ApproveStaffChange);
        note = Clean(note);
        if (!approve && (note?.Length ?? 0) < StaffRules.MinDisableReasonLength)
            throw new BusinessRuleException($"반려 사유를 {StaffRules.MinDisableReasonLength}자 이상 입력하세요.");
        if (StaffRules.ReasonLengthProblem(note) is { } problem) throw new BusinessRuleException(problem);

        await InIdentityTransactionAsync(async (users, db) =>
        {
            var r = await db.StaffChangeRequests.FirstOrDefaultAsync(x => x.Id == requestId, ct) ?? throw new BusinessRuleException("권한 변경 요청을 찾을 수 없습니다.");
            var transition = approve ? StaffChangeTransitions.Approve : StaffChangeTransitions.Reject;
            // The same decision arriving twice (a double click) returns as the first did.
            if (r.Status == transition.To && r.DecidedById == actor.Id) return true;
            if (StaffChangeTransitions.DeciderRefusal(r, actor) is { } refusal) throw new ForbiddenException(refusal);
            StaffChangeTransitions.Table.Check(transition, r, actor);
            var now = clock.GetUtcNow();
            await StaffChangeTransitions.Table.ApplyAsync(db, transition, r, actor, now, async () =>
            {
                (r.DecidedAt, r.DecidedById, r.DecidedByName, r.DecisionNote) = (now, actor.Id, actor.Name, note);
                if (!approve) return note;
                var user = await FindAsync(users, r.TargetUserId);
                var current = SortRoles(await users.GetRolesAsync(user));
                if (StaffChangeRequest.Join(current) != r.RolesBefore)
                    throw new BusinessRuleException("요청 이후 이 계정의 역할이 바뀌었습니다. 이 요청을 반려하고 새로 요청하세요.");
                var after = SortRoles(StaffChangeRequest.Split(r.RolesAfter));
                var added = after.Except(current).ToList();
                var removed = current.Except(after).ToList();
                if (added.Count > 0) Check(await users.AddToRolesAsync(user, added));
                if (removed.Count > 0) Check(await users.RemoveFromRolesAsync(user, removed));
                Check(await users.UpdateSecurityStampAsync(user));
                db.Record(actor, now, "staff.roles", EntityType, user.Id, before: new { roles = current }, after: new { roles = after },
                    reason: r.Reason ?? $"권한 변경 요청 {r.RequestNo} 승인 (요청: {r.RequestedByName})");
                return note;
            }, () => new { r.Status, r.RolesBefore, r.RolesAfter }, () => new { r.Status, r.RolesAfter, target = r.TargetUserName });
            return true;
        }, ct);
    }

    private async Task<string> FileChangeAsync(AppDbContext db, Actor actor, StaffUser user, List<string> before, List<string> after, bool forNewAccount,
        string? reason, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var request = new StaffChangeRequest
        {
            RequestNo = await BusinessNumbers.NextNumberAsync(db, "staff-change", "S", clock.TodayKst(), ct),
            TargetUserId = user.Id,
            TargetUserName = user.UserName ?? "",
            TargetDisplayName = user.DisplayName,
            ForNewAccount = forNewAccount,
            RolesBefore = StaffChangeRequest.Join(before),
            RolesAfter = StaffChangeRequest.Join(after),
            Status = StaffChangeStatus.Pending,
            Reason = reason,
            RequestedAt = now,
            RequestedById = actor.Id,
            RequestedByName = actor.Name,
        };
        db.StaffChangeRequests.Add(request);
        db.Record(actor, now, "staff.change.request", StaffChangeTransitions.Table.EntityType, request.RequestNo,
            before: new { roles = before }, after: new { roles = after, target = request.TargetUserName }, reason: reason);
        return request.RequestNo;
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
        (string.IsNullOrWhiteSpace(userId) ? null : await users.FindByIdAsync(userId)) ?? throw new BusinessRuleException("직원 계정을 찾을 수 없습니다.");

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new BusinessRuleException(StaffRules.Describe(result.Errors));
    }

    /// <summary>Roles in the order of <see cref="StaffRoles.All"/>, so lists and audit records compare and read the same.</summary>
    private static List<string> SortRoles(IEnumerable<string> roles) =>
        roles.OrderBy(r => StaffRoles.All.Contains(r) ? StaffRoles.All.ToList().IndexOf(r) : int.MaxValue).ThenBy(r => r, StringComparer.Ordinal).ToList();

    private static string? Clean(string? reason) => string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
}
