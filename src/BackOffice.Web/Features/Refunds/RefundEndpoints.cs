using Microsoft.AspNetCore.Components.Authorization;

namespace BackOffice.Web.Features.Refunds;

public static class RefundEndpoints
{
    /// <summary>The bank transfer file is downloaded over plain HTTP, not the interactive connection, and only by Finance.</summary>
    public static void MapRefundTransferFiles(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/refunds/payouts/{batchNo}/file", async (string batchNo, HttpContext http, PayoutService payouts,
                AuthenticationStateProvider authentication, CancellationToken ct) =>
            {
                authentication.UseRequestUser(http);
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
                catch (ForbiddenException ex)
                {
                    return Results.Text(ex.Message, "text/plain; charset=utf-8", statusCode: StatusCodes.Status403Forbidden);
                }
            })
            .RequireAuthorization(Permission.ManagePayouts.Policy());
}
