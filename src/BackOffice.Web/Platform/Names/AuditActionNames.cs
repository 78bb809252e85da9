namespace BackOffice.Web.Platform.Names;

/// <summary>Korean names of audit action codes, as each workflow module declares them.</summary>
public static class AuditActionNames
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> Names = new(() =>
        PortalModules.All.SelectMany(m => m.AuditActions).ToDictionary(p => p.Key, p => p.Value));

    /// <summary>The known codes, in module order (for filter lists).</summary>
    public static IEnumerable<string> Known => PortalModules.All.SelectMany(m => m.AuditActions.Keys);

    public static string Of(string action) => Names.Value.GetValueOrDefault(action, action);
}
