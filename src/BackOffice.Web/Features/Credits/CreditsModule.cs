namespace BackOffice.Web.Features.Credits;

/// <summary>Credits of seed 001 (issue 15): the member's credit balance and lots, their use and their expiry.</summary>
public sealed class CreditsModule : IPortalModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
    }
}
