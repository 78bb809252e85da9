namespace BackOffice.E2E.Delivery;

/// <summary>Addresses of the delivery pages (issue 14); the page objects live beside this file.</summary>
public static class DeliveryPages
{
    public const string Mailing = "delivery/mailing";
}
