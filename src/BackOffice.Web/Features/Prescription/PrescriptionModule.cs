namespace BackOffice.Web.Features.Prescription;

/// <summary>Prescribed balances (004 제5조, issue 15): the listing, the notices, objections and the four-eyes donation.</summary>
public sealed class PrescriptionModule : IPortalModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
    }
}
