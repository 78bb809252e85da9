using BackOffice.Data.Persistence;
using BackOffice.Data.Staff;
using Microsoft.AspNetCore.Components.Authorization;

namespace BackOffice.Web.Features.Refunds;

public static class RefundEndpoints
{
    /// <summary>The bank transfer file is downloaded over plain HTTP, not the interactive connection, and only by Finance.</summary>
    public static void MapRefundTransferFiles(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/refunds/payouts/{batchNo}/file", async (string batchNo, HttpContext http, PayoutService payouts,
                AuthenticationStateProvider authentication, CancellationToken ct) =>
            {
                // Outside a circuit nobody has told the authentication state who is asking; the service checks roles from it.
                if (authentication is IHostEnvironmentAuthenticationStateProvider host)
                    host.SetAuthenticationState(Task.FromResult(new AuthenticationState(http.User)));
                try
                {
                    var file = await payouts.TransferFileAsync(batchNo, ct);
                    http.Response.Headers.CacheControl = "no-store";
                    return Results.File(file.Content, "text/csv; charset=utf-8", file.FileName);
                }
                catch (BusinessRuleException ex)
                {
                    return Results.NotFound(ex.Message);
                }
            })
            .RequireAuthorization(policy => policy.RequireRole(StaffRoles.Finance));
}
