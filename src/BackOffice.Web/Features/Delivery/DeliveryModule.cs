namespace BackOffice.Web.Features.Delivery;

/// <summary>Card delivery (issue 14): applications, the daily mailing batch, address changes, returned mail and happy calls.</summary>
public sealed class DeliveryModule : IPortalModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
    }
}
