using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace BackOffice.Web.Platform.Auth;

/// <summary>
/// Counts what the user does on an open Blazor screen (clicks, typing, navigation: every inbound circuit message) as
/// activity of their session, so working on one screen for an hour keeps the session alive while a screen left alone
/// ends after the idle limit (the <see cref="StaffAuthenticationStateProvider"/> then signs the screen out).
/// </summary>
public sealed class SessionCircuitHandler(AuthenticationStateProvider authentication, SessionActivity activity) : CircuitHandler
{
    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            await RecordActivityAsync();
            await next(context);
        };

    /// <summary>Records one user action for the circuit's signed-in session (nothing for an anonymous screen).</summary>
    public async Task RecordActivityAsync()
    {
        var state = await authentication.GetAuthenticationStateAsync();
        var id = SessionLimits.SessionId(state.User);
        var started = SessionLimits.StartedAt(state.User);
        if (id is null || started is null) return;
        activity.Touch(id, started.Value, started.Value);
    }
}
