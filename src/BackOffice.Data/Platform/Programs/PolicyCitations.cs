namespace BackOffice.Data.Platform.Programs;

/// <summary>
/// A parameter either cites the seed clause that says exactly its value, or it is the operator's own setting.
/// A new policy version keeps a citation only while the value stays what the clause says; a changed value becomes
/// the operator's setting (<see cref="Carry"/>).
/// </summary>
public static class PolicyCitations
{
    public const string OperatorSetting = "운영 정책";

    /// <summary>The citations of <paramref name="next"/>: those of <paramref name="previous"/> whose values did not change.</summary>
    public static Dictionary<string, string> Carry(ProgramPolicy previous, ProgramPolicy next)
    {
        var carried = new Dictionary<string, string>();
        foreach (var (name, clause) in previous.Citations)
        {
            var property = typeof(ProgramPolicy).GetProperty(name);
            if (property is null) continue;
            if (Equals(property.GetValue(previous), property.GetValue(next))) carried[name] = clause;
        }
        return carried;
    }
}
