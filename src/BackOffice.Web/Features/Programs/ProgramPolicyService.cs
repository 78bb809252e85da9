using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Features.Programs;

/// <summary>One operator setting to change in a new policy version: the parameter (property name) and its new value.</summary>
public sealed record PolicySettingChange(string Parameter, long Value);

/// <summary>The version a command created (or, for a repeated key, had created before).</summary>
public sealed record CreatedPolicyVersion(long ProgramId, string ProgramCode, int Version, DateOnly EffectiveFrom);

/// <summary>
/// Admins change a program's operator settings ("운영 정책") by a new, dated policy version (issue 11). The rules:
/// <list type="bullet">
/// <item>The new version copies the version that is in force on its effective date, then applies the changes. A value a
/// clause gives cannot be changed here: a different terms text is a revision of the terms, not an operator decision, so
/// such a change is refused and names the clause.</item>
/// <item>Its citations are carried (<see cref="PolicyCitations.Carry"/>): they stay exactly those of the copied version.</item>
/// <item>It takes effect from a day after today (KST): no retroactive change, and a decision already made keeps the
/// version it used. It must not start before a version already scheduled after it (that one would silently undo it).</item>
/// <item>Version number = the program's highest + 1 (the unique index makes a racing twin retry and then find the key).</item>
/// <item>A money rule: an Admin with a fresh OTP step-up, audited with the values before and after and the reason.</item>
/// </list>
/// </summary>
public sealed class ProgramPolicyService(
    IDbContextFactory<AppDbContext> factory, DbWriter writer, CurrentActor currentActor, TimeProvider clock, StepUp stepUp)
{
    public const string Purpose = "운영 정책 변경";
    public const int MinReasonLength = 5;
    public const int MaxReasonLength = 500;

    /// <summary>The version an Admin's dialog starts from: the latest version (a scheduled one if there is one).</summary>
    public async Task<ProgramPolicy> LatestAsync(long programId, CancellationToken ct = default)
    {
        (await currentActor.GetAsync()).Require(Permission.ManagePrograms);
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.ProgramPolicies.AsNoTracking().Where(p => p.ProgramId == programId)
                   .OrderByDescending(p => p.EffectiveFrom).ThenByDescending(p => p.Version).FirstOrDefaultAsync(ct)
               ?? throw new BusinessRuleException("프로그램을 찾을 수 없습니다.");
    }

    public async Task<CreatedPolicyVersion> CreateVersionAsync(
        long programId, IReadOnlyList<PolicySettingChange>? changes, DateOnly? effectiveFrom, string? reason, string? idempotencyKey,
        CancellationToken ct = default)
    {
        var actor = await currentActor.GetAsync();
        actor.Require(Permission.ManagePrograms);
        await stepUp.RequireAsync(actor, Purpose);
        var key = Idempotency.RequireClientKey(idempotencyKey);
        var today = clock.TodayKst();
        if (EffectiveDateProblem(effectiveFrom, today) is { } dateProblem) throw new BusinessRuleException(dateProblem);
        var from = effectiveFrom!.Value;
        var why = reason?.Trim() ?? "";
        if (why.Length < MinReasonLength) throw new BusinessRuleException($"변경 사유를 {MinReasonLength}자 이상 입력하세요.");
        if (why.Length > MaxReasonLength) throw new BusinessRuleException($"변경 사유는 {MaxReasonLength}자 이내로 입력하세요.");
        if (changes is null || changes.Count == 0) throw new BusinessRuleException("바꿀 값을 하나 이상 입력하세요.");
        if (changes.GroupBy(c => c.Parameter).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new BusinessRuleException($"같은 항목을 두 번 바꿀 수 없습니다: {PolicySettings.Of(twice.Key)?.Label ?? twice.Key}");
        foreach (var change in changes)
        {
            var setting = PolicySettings.Of(change.Parameter) ?? throw new BusinessRuleException($"정책 버전으로 바꿀 수 없는 항목입니다: {change.Parameter}");
            if (setting.Problem(change.Value) is { } problem) throw new BusinessRuleException(problem);
        }

        return await writer.ExecuteAsync(async (db, token) =>
        {
            var program = await db.Programs.AsNoTracking().FirstOrDefaultAsync(p => p.Id == programId, token)
                ?? throw new BusinessRuleException("프로그램을 찾을 수 없습니다.");
            if (await Idempotency.FindAsync(db.ProgramPolicies, key, token) is { } repeated)
                return new CreatedPolicyVersion(repeated.ProgramId, program.Code, repeated.Version, repeated.EffectiveFrom);

            var versions = await db.ProgramPolicies.AsNoTracking().Where(p => p.ProgramId == programId).ToListAsync(token);
            if (versions.Count == 0) throw new BusinessRuleException("이 프로그램에는 정책 버전이 없습니다.");
            if (versions.Where(v => v.EffectiveFrom > from).OrderBy(v => v.EffectiveFrom).FirstOrDefault() is { } later)
                throw new BusinessRuleException(
                    $"버전 {later.Version}이(가) {Fmt.Date(later.EffectiveFrom)}부터 시행 예정입니다. 그보다 늦은 시행일을 정하거나, 그 버전을 기준으로 바꾸세요.");
            var basis = versions.Any(v => v.EffectiveFrom <= from) ? PolicySelector.InForce(versions, from)
                : throw new BusinessRuleException("시행일에 기준이 될 정책 버전이 없습니다.");

            var before = new Dictionary<string, string>();
            var after = new Dictionary<string, string>();
            var next = Copy(basis);
            foreach (var change in changes)
            {
                var setting = PolicySettings.Of(change.Parameter)!;
                if (!basis.IsOperatorSetting(change.Parameter))
                    throw new BusinessRuleException($"약관 조항의 값은 약관 개정으로만 바뀝니다 (근거: {basis.CitationOf(change.Parameter)}): {setting.Label}");
                var old = setting.Read(basis);
                if (old == change.Value) continue;
                setting.Write(next, change.Value);
                before[setting.Label] = setting.Show(old);
                after[setting.Label] = setting.Show(change.Value);
            }
            if (after.Count == 0) throw new BusinessRuleException("바뀐 값이 없습니다. 지금 버전과 다른 값을 입력하세요.");

            next.Version = versions.Max(v => v.Version) + 1;
            next.EffectiveFrom = from;
            next.IdempotencyKey = key;
            next.Citations = PolicyCitations.Carry(basis, next);
            db.ProgramPolicies.Add(next);
            db.Record(actor, clock.GetUtcNow(), "program.policy.version", nameof(ProgramPolicy), $"{program.Code} v{next.Version}",
                before: new { version = basis.Version, values = before },
                after: new { version = next.Version, effectiveFrom = Fmt.Date(from), values = after },
                reason: why);
            return new CreatedPolicyVersion(programId, program.Code, next.Version, from);
        }, ct);
    }

    /// <summary>The Korean refusal for an effective date that is missing, not after today (KST) or too far ahead; null when fine.</summary>
    public static string? EffectiveDateProblem(DateOnly? effectiveFrom, DateOnly today) => effectiveFrom switch
    {
        null => "시행일을 입력하세요.",
        { } d when d <= today => $"시행일은 내일({Fmt.Date(today.AddDays(1))}) 이후여야 합니다. 지난 날이나 오늘부터 정책을 바꿀 수 없습니다.",
        { } d when d > today.AddYears(5) => "시행일은 5년 이내로 정하세요.",
        _ => null,
    };

    /// <summary>A detached copy of every value of <paramref name="source"/> (not its id, version, date or key).</summary>
    private static ProgramPolicy Copy(ProgramPolicy source)
    {
        var copy = new ProgramPolicy();
        foreach (var property in typeof(ProgramPolicy).GetProperties().Where(p => p.CanRead && p.CanWrite))
        {
            if (property.Name is nameof(ProgramPolicy.Id) or nameof(ProgramPolicy.Program) or nameof(ProgramPolicy.IdempotencyKey)) continue;
            property.SetValue(copy, property.GetValue(source));
        }
        copy.Citations = new Dictionary<string, string>(source.Citations);
        copy.RefundChannels = source.RefundChannels.ToList();
        return copy;
    }
}
