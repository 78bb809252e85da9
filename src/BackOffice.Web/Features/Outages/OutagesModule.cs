namespace BackOffice.Web.Features.Outages;

/// <summary>The outage calendar (장애 일정, issue 13): days that do not count toward statement clocks (003 하나로 제15조③).</summary>
public sealed class OutagesModule : IPortalModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
    }
}
