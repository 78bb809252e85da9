using Microsoft.AspNetCore.Components.Authorization;

namespace BackOffice.Web.Features.CardIntake;

public static class CardIntakeEndpoints
{
    /// <summary>Intake photos are personal data: served only to signed-in handlers, never as static files.</summary>
    public static void MapCardIntakePhotos(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/card-intake/photos/{id:long}", async (long id, HttpContext http, CardIntakeService intake, DatabaseOptions storage,
                AuthenticationStateProvider authentication, CancellationToken ct) =>
            {
                authentication.UseRequestUser(http);
                return await intake.PhotoFileAsync(id, storage, ct) is { } photo && File.Exists(photo.Path)
                    ? Results.File(File.OpenRead(photo.Path), photo.ContentType)
                    : Results.NotFound();
            })
            .RequireAuthorization(Permission.HandleCardIntake.Policy());
}
