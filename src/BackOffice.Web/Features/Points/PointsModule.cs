namespace BackOffice.Web.Features.Points;

/// <summary>Oh! points of seed 004 (issue 15): lots used oldest first, the monthly expiry with its notice, forfeiture.</summary>
public sealed class PointsModule : IPortalModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
    }
}
