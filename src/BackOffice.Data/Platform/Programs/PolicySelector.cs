namespace BackOffice.Data.Platform.Programs;

/// <summary>Picks the policy version in force on a given day: the latest whose effective date has come.</summary>
public static class PolicySelector
{
    public static ProgramPolicy InForce(IEnumerable<ProgramPolicy> versions, DateOnly day) =>
        versions.Where(v => v.EffectiveFrom <= day)
            .OrderByDescending(v => v.EffectiveFrom)
            .ThenByDescending(v => v.Version)
            .FirstOrDefault()
        ?? throw new InvalidOperationException($"{day:yyyy-MM-dd}에 시행 중인 정책 버전이 없습니다.");
}
