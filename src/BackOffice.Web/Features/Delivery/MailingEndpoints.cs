using Microsoft.AspNetCore.Components.Authorization;

namespace BackOffice.Web.Features.Delivery;

public static class MailingEndpoints
{
    /// <summary>
    /// <c>GET /delivery/mailing/{number}/production|mailing-list?token=…</c>: a batch file for the one-time link the page
    /// made after the reason was given (<see cref="MailingBatchService.PrepareDownloadAsync"/>). Not cached; audited.
    /// </summary>
    public static void MapMailingDownloads(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/delivery/mailing/{number}/{file}", async (string number, string file, string? token, HttpContext http,
                MailingBatchService mailing, AuthenticationStateProvider authentication, CancellationToken ct) =>
            {
                authentication.UseRequestUser(http);
                http.Response.Headers.CacheControl = "no-store";
                MailingFileKind? kind = file switch { "production" => MailingFileKind.Production, "mailing-list" => MailingFileKind.MailingList, _ => null };
                if (kind is null) return Results.NotFound();
                try
                {
                    var result = await mailing.DownloadAsync(number, kind.Value, token ?? "", ct);
                    return Results.File(result.Content, "text/csv; charset=utf-8", result.FileName);
                }
                catch (BusinessRuleException ex)
                {
                    return Results.Text(ex.Message, "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
                }
                catch (ForbiddenException ex)
                {
                    return Results.Text(ex.Message, "text/plain; charset=utf-8", statusCode: StatusCodes.Status403Forbidden);
                }
            })
            .RequireAuthorization(Permission.ManageMailing.Policy());
}
