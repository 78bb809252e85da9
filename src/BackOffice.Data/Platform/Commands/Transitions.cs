namespace BackOffice.Data.Platform.Commands;

/// <summary>
/// One status change a workflow allows: from which statuses, to which, who may do it, what it posts to the ledger
/// (a description for readers and reviewers) and the audit action it writes (null: the enclosing command audits it,
/// e.g. the items joining a payout batch are listed in the batch's record).
/// </summary>
public sealed record Transition<TEntity, TStatus>(
    string Name,
    IReadOnlyList<TStatus> From,
    TStatus To,
    Permission Permission,
    string Posts,
    string? AuditAction,
    Func<TEntity, string>? Refused = null)
    where TEntity : class
    where TStatus : struct, Enum;

/// <summary>
/// The declared status transitions of one workflow and the one way to apply them: check the current status is an
/// allowed <c>from</c>, check the actor's permission, run the step's own work (postings, fields), set the new status,
/// bump the concurrency version and write the audit record with before and after, all in the caller's transaction.
/// A refusal is a <see cref="BusinessRuleException"/> or <see cref="ForbiddenException"/> thrown before anything changed.
/// </summary>
public sealed class TransitionTable<TEntity, TStatus>(
    string entityType,
    Func<TStatus, string> statusName,
    Func<TEntity, TStatus> getStatus,
    Action<TEntity, TStatus> setStatus,
    Action<TEntity> bumpVersion,
    Func<TEntity, string> entityId,
    Func<TEntity, long?> memberId)
    where TEntity : class
    where TStatus : struct, Enum
{
    private readonly List<Transition<TEntity, TStatus>> _transitions = [];

    public string EntityType => entityType;

    public IReadOnlyList<Transition<TEntity, TStatus>> All => _transitions;

    public string StatusName(TStatus status) => statusName(status);

    /// <summary>Declares a transition; the workflow's table class keeps the result in a named field.</summary>
    public Transition<TEntity, TStatus> Add(string name, TStatus[] from, TStatus to, Permission who, string posts, string? audit,
        Func<TEntity, string>? refused = null)
    {
        var transition = new Transition<TEntity, TStatus>(name, from, to, who, posts, audit, refused);
        _transitions.Add(transition);
        return transition;
    }

    /// <summary>Why the transition may not start from the entity's current status, or null when it may.</summary>
    public string? StatusRefusal(Transition<TEntity, TStatus> t, TEntity entity)
    {
        var current = getStatus(entity);
        if (t.From.Contains(current)) return null;
        return t.Refused?.Invoke(entity) ?? StandardRefusal(t, current);
    }

    /// <summary>"'{action}'은(는) {from list} 상태에서만 할 수 있습니다 (현재: {status})."</summary>
    public string StandardRefusal(Transition<TEntity, TStatus> t, TStatus current) =>
        $"'{t.Name}'은(는) {string.Join(" 또는 ", t.From.Select(statusName))} 상태에서만 할 수 있습니다 (현재: {statusName(current)}).";

    /// <summary>Throws the typed refusal unless the actor may take the transition from the entity's current status.</summary>
    public void Check(Transition<TEntity, TStatus> t, TEntity entity, Actor actor)
    {
        actor.Require(t.Permission);
        if (StatusRefusal(t, entity) is { } refusal) throw new BusinessRuleException(refusal);
    }

    /// <summary>
    /// Applies <paramref name="t"/> to <paramref name="entity"/>. <paramref name="step"/> does the transition's own work
    /// (postings, fields) and returns the audit reason; it may refuse by throwing, and then the caller's transaction
    /// rolls back with nothing changed.
    /// </summary>
    public async Task<TEntity> ApplyAsync(AppDbContext db, Transition<TEntity, TStatus> t, TEntity entity, Actor actor, DateTimeOffset now,
        Func<Task<string?>>? step = null, Func<object>? before = null, Func<object>? after = null, string? reason = null)
    {
        Check(t, entity, actor);
        var from = getStatus(entity);
        var beforeValue = before?.Invoke() ?? new { Status = from };
        bumpVersion(entity);
        if (step is not null)
        {
            // Claim the row first: the concurrency token is checked (and the row locked) before the step reads balances,
            // so a racing twin that committed first ends this attempt as a conflict, which DbWriter runs again and the
            // status check then refuses as "already done", instead of the step failing on balances the twin has moved.
            await db.SaveChangesAsync();
        }
        var detail = step is null ? null : await step();
        setStatus(entity, t.To);
        if (t.AuditAction is { } action)
            db.Record(actor, now, action, entityType, entityId(entity), beforeValue, after?.Invoke() ?? new { Status = t.To },
                reason: reason ?? detail, memberId: memberId(entity));
        return entity;
    }

    /// <summary>Applies a transition that has no work of its own beyond the status change.</summary>
    public TEntity Apply(AppDbContext db, Transition<TEntity, TStatus> t, TEntity entity, Actor actor, DateTimeOffset now,
        Func<object>? before = null, Func<object>? after = null, string? reason = null) =>
        ApplyAsync(db, t, entity, actor, now, null, before, after, reason).GetAwaiter().GetResult();
}
