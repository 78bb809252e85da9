using Microsoft.AspNetCore.Components.Authorization;

namespace BackOffice.Web.Features.Documents;

public static class DocumentEndpoints
{
    /// <summary>
    /// <c>GET /documents/{number}.pdf?token=…</c>: the file of one hand-out (issue or reprint), once, for the staff member
    /// it was handed to, within 10 minutes (<see cref="DocumentIssuer.DownloadAsync"/>). Not cached; audited.
    /// </summary>
    public static void MapDocumentDownloads(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/documents/{number}.pdf", async (string number, string? token, HttpContext http, DocumentIssuer issuer,
                AuthenticationStateProvider authentication, CancellationToken ct) =>
            {
                authentication.UseRequestUser(http);
                http.Response.Headers.CacheControl = "no-store";
                try
                {
                    var pdf = await issuer.DownloadAsync(number, token ?? "", ct);
                    return Results.File(pdf.Content, "application/pdf", pdf.FileName);
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
            .RequireAuthorization(Permission.IssueDocuments.Policy());
}
