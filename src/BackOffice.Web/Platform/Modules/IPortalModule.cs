using Quartz;

namespace BackOffice.Web.Platform.Modules;

/// <summary>
/// One workflow's contribution to the portal: its services, endpoints, menu entries, what it adds to the member page
/// and its background jobs. The hubs (service registration, endpoint mapping, the menu, the member page, the
/// scheduler) loop over <see cref="PortalModules.All"/>, so adding a workflow edits no other workflow's files.
/// </summary>
public interface IPortalModule
{
    void AddServices(IServiceCollection services, IConfiguration configuration);

    void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }

    IEnumerable<NavEntry> Navigation => [];

    /// <summary>Buttons beside the member's card list (member-wide actions such as a refund request).</summary>
    IEnumerable<MemberAction> MemberActions => [];

    /// <summary>Buttons on each card row of the member page.</summary>
    IEnumerable<CardAction> CardActions => [];

    /// <summary>Sections of the member page: under the card list, or as a tab.</summary>
    IEnumerable<MemberPanel> MemberPanels => [];

    /// <summary>Korean names of the audit action codes the workflow writes (audit log, member timeline).</summary>
    IReadOnlyDictionary<string, string> AuditActions => new Dictionary<string, string>();

    /// <summary>Background jobs with their triggers.</summary>
    void AddJobs(IQuartzBuilder quartz)
    {
    }
}
