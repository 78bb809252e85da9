using System.Collections.Concurrent;
using System.Security.Claims;

namespace BackOffice.Web.Platform.Auth;

/// <summary>
/// The last user activity of every signed-in session on this server, from its HTTP requests (the cookie check) and
/// from its open Blazor screens (<see cref="SessionCircuitHandler"/>). A session that went past a limit stays ended:
/// later activity does not revive it. A session this server has not seen (a restart, another server) counts from the
/// cookie's issue time, so it fails closed. Blazor Server needs sticky sessions behind a load balancer anyway.
/// </summary>
public sealed class SessionActivity(TimeProvider clock, SessionLimitOptions limits)
{
    private sealed class Entry(DateTimeOffset last)
    {
        public DateTimeOffset Last = last;
        public bool Ended;
    }

    private readonly ConcurrentDictionary<string, Entry> _sessions = new(StringComparer.Ordinal);

    public SessionLimitOptions Limits => limits;

    /// <summary>The session's state now; <paramref name="fallbackLastActivity"/> is used when this server has no record.</summary>
    public SessionState StateOf(string sessionId, DateTimeOffset startedAt, DateTimeOffset fallbackLastActivity)
    {
        var now = clock.GetUtcNow();
        if (_sessions.TryGetValue(sessionId, out var entry))
        {
            lock (entry)
            {
                if (entry.Ended) return SessionState.Idle;
                return SessionLimits.Check(startedAt, entry.Last, now, limits);
            }
        }
        return SessionLimits.Check(startedAt, fallbackLastActivity, now, limits);
    }

    /// <summary>
    /// Records user activity now, unless the session has already ended (then it is marked ended and stays so).
    /// Returns the session's state.
    /// </summary>
    public SessionState Touch(string sessionId, DateTimeOffset startedAt, DateTimeOffset fallbackLastActivity)
    {
        var now = clock.GetUtcNow();
        var entry = _sessions.GetOrAdd(sessionId, _ => new Entry(fallbackLastActivity));
        lock (entry)
        {
            if (entry.Ended) return SessionState.Idle;
            var state = SessionLimits.Check(startedAt, entry.Last, now, limits);
            if (state == SessionState.Active) entry.Last = now;
            else entry.Ended = true;
            PruneOccasionally(now);
            return state;
        }
    }

    /// <summary>A new sign-in: its activity starts now.</summary>
    public void Start(string sessionId) => _sessions[sessionId] = new Entry(clock.GetUtcNow());

    public void End(string sessionId)
    {
        if (_sessions.TryGetValue(sessionId, out var entry)) lock (entry) entry.Ended = true;
    }

    /// <summary>The state of the session in a principal; a principal without session claims (signed in before this rule) is expired.</summary>
    public SessionState StateOf(ClaimsPrincipal principal)
    {
        var id = SessionLimits.SessionId(principal);
        var started = SessionLimits.StartedAt(principal);
        if (id is null || started is null) return SessionState.Expired;
        return StateOf(id, started.Value, started.Value);
    }

    private int _touches;

    /// <summary>Forgets sessions past the absolute limit now and then, so the table does not grow forever.</summary>
    private void PruneOccasionally(DateTimeOffset now)
    {
        if (Interlocked.Increment(ref _touches) % 1000 != 0) return;
        foreach (var (id, entry) in _sessions)
        {
            if (now - entry.Last > limits.Absolute + limits.Idle) _sessions.TryRemove(id, out _);
        }
    }
}
