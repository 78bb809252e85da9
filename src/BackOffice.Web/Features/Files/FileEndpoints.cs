using Microsoft.AspNetCore.Components.Authorization;

namespace BackOffice.Web.Features.Files;

public static class FileEndpoints
{
    /// <summary>
    /// <c>GET /files/{id}</c>: an exported file, over plain HTTP (not the interactive connection), to the staff member who
    /// requested it while they hold the kind's permission; each download is counted and audited (<c>export.download</c>).
    /// </summary>
    public static void MapExportFiles(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/files/{id:long}", async (long id, HttpContext http, ExportService exports,
                AuthenticationStateProvider authentication, CancellationToken ct) =>
            {
                authentication.UseRequestUser(http);
                ExportDownload file;
                try
                {
                    file = await exports.OpenDownloadAsync(id, ct);
                }
                catch (ForbiddenException ex)
                {
                    return Results.Text(ex.Message, "text/plain; charset=utf-8", statusCode: StatusCodes.Status403Forbidden);
                }
                catch (BusinessRuleException ex)
                {
                    return Results.Text(ex.Message, "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
                }
                http.Response.Headers.CacheControl = "no-store";
                http.Response.Headers.ContentLength = file.Size;
                http.Response.Headers["X-Content-SHA256"] = file.Sha256;
                return Results.Stream(stream => exports.CopyContentAsync(id, stream, ct), file.ContentType, file.FileName);
            })
            .RequireAuthorization(Permission.ViewOwnFiles.Policy());
}
