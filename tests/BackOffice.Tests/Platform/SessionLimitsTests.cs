using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BackOffice.Tests.Platform;

/// <summary>Issue 10 item 5: idle limit 15 minutes, absolute limit 9 hours, an open screen ends with its session.</summary>
public class SessionLimitsTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 20, 9, 0, 0, TimeSpan.FromHours(9));
    private static readonly SessionLimitOptions Limits = SessionLimitOptions.Default;

    public static TheoryData<string, double, double, SessionState> Boundaries => new()
    {
        // clause, minutes since sign-in, minutes since the last activity, expected
        { "just signed in", 0, 0, SessionState.Active },
        { "idle: exactly 15 min idle is still current", 15, 15, SessionState.Active },
        { "idle: one second past 15 min ends it", 15 + 1 / 60.0, 15 + 1 / 60.0, SessionState.Idle },
        { "idle: active a minute ago, 8 h in", 480, 1, SessionState.Active },
        { "absolute: exactly 9 h, active now, is still current", 540, 0, SessionState.Active },
        { "absolute: one second past 9 h ends it however active", 540 + 1 / 60.0, 0, SessionState.Expired },
        { "absolute wins over idle", 600, 60, SessionState.Expired },
    };

    [Theory]
    [MemberData(nameof(Boundaries))]
    public void The_session_rule_ends_a_session_past_either_limit(string clause, double sinceSignIn, double sinceActivity, SessionState expected)
    {
        var now = T0.AddMinutes(sinceSignIn);
        Assert.True(expected == SessionLimits.Check(T0, now.AddMinutes(-sinceActivity), now, Limits), clause);
    }

    [Fact]
    public void The_limits_come_from_configuration_with_fractions_for_test_portals()
    {
        Assert.Equal(Limits, SessionLimitOptions.From(new ConfigurationBuilder().Build()));
        var configured = SessionLimitOptions.From(Config(("Auth:IdleMinutes", "0.1"), ("Auth:AbsoluteHours", "2")));
        Assert.Equal((TimeSpan.FromSeconds(6), TimeSpan.FromHours(2)), (configured.Idle, configured.Absolute));
        Assert.Throws<InvalidOperationException>(() => SessionLimitOptions.From(Config(("Auth:IdleMinutes", "0"))));
    }

    [Fact]
    public void Activity_after_the_idle_limit_does_not_revive_the_session()
    {
        var clock = new FakeTimeProvider(T0);
        var sessions = new SessionActivity(clock, Limits);
        sessions.Start("s1");
        clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(SessionState.Active, sessions.Touch("s1", T0, T0));
        clock.Advance(TimeSpan.FromMinutes(15));
        Assert.Equal(SessionState.Active, sessions.StateOf("s1", T0, T0)); // 15 min since the touch: the boundary
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(SessionState.Idle, sessions.Touch("s1", T0, T0));
        Assert.Equal(SessionState.Idle, sessions.Touch("s1", T0, T0)); // a click after the limit: still ended
        // A session this server never saw counts from the cookie's issue time (fails closed after a restart).
        Assert.Equal(SessionState.Idle, sessions.StateOf("unknown", T0, T0));
    }

    [Fact]
    public async Task An_open_screen_stays_signed_in_while_used_and_is_signed_out_when_idle_or_past_the_absolute_limit()
    {
        await using var host = await SessionHost.StartAsync();
        var (provider, handler, clock) = (host.Provider, host.Handler, host.Clock);

        // Used every 10 minutes: current, until 9 hours after sign-in.
        for (var i = 0; i < 54; i++)
        {
            clock.Advance(TimeSpan.FromMinutes(10));
            await handler.RecordActivityAsync();
            Assert.True(await provider.IsCurrentAsync(host.State), $"after {(i + 1) * 10} minutes of work");
        }
        Assert.Equal(TimeSpan.FromHours(9), clock.GetUtcNow() - host.SignedInAt);
        clock.Advance(TimeSpan.FromSeconds(1));
        await handler.RecordActivityAsync();
        Assert.False(await provider.IsCurrentAsync(host.State));
    }

    [Fact]
    public async Task A_screen_left_alone_is_signed_out_one_second_after_the_idle_limit()
    {
        await using var host = await SessionHost.StartAsync();
        host.Clock.Advance(TimeSpan.FromMinutes(15));
        Assert.True(await host.Provider.IsCurrentAsync(host.State));
        host.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.False(await host.Provider.IsCurrentAsync(host.State));
        await host.Handler.RecordActivityAsync(); // the late click does not bring it back
        Assert.False(await host.Provider.IsCurrentAsync(host.State));
    }

    [Fact]
    public async Task A_principal_without_session_claims_is_not_current()
    {
        await using var host = await SessionHost.StartAsync();
        var bare = new ClaimsPrincipal(new ClaimsIdentity(host.State.User.Claims.Where(c => !c.Type.StartsWith("bo_session", StringComparison.Ordinal)), "test"));
        Assert.False(await host.Provider.IsCurrentAsync(new AuthenticationState(bare)));
    }

    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    /// <summary>The portal's identity and session services on an SQLite database, a fake clock and one signed-in user.</summary>
    private sealed class SessionHost : IAsyncDisposable
    {
        private readonly ServiceProvider _services;
        private readonly TestDatabase _database;

        private SessionHost(ServiceProvider services, TestDatabase database, FakeTimeProvider clock, AuthenticationState state,
            StaffAuthenticationStateProvider provider, SessionCircuitHandler handler)
        {
            (_services, _database, Clock, State, Provider, Handler) = (services, database, clock, state, provider, handler);
            SignedInAt = clock.GetUtcNow();
        }

        public FakeTimeProvider Clock { get; }
        public AuthenticationState State { get; }
        public StaffAuthenticationStateProvider Provider { get; }
        public SessionCircuitHandler Handler { get; }
        public DateTimeOffset SignedInAt { get; }

        public static async Task<SessionHost> StartAsync()
        {
            var database = await TestDatabase.CreateAsync("sqlite");
            var clock = new FakeTimeProvider(T0);
            var services = new ServiceCollection();
            services.AddLogging();
            services.AddSingleton<TimeProvider>(clock);
            services.AddBackOfficeDatabase(database.Options);
            services.AddNumberProtection(NumberProtectionOptions.Development());
            services.AddStaffIdentity(TimeSpan.FromHours(1));
            services.AddSessionLimits(new ConfigurationBuilder().Build(), new TestHostEnvironment());
            var root = services.BuildServiceProvider();
            await DatabaseSetup.MigrateAsync(root);
            await ReferenceData.EnsureAsync(root);

            ClaimsPrincipal principal;
            await using (var scope = root.CreateAsyncScope())
            {
                var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
                var user = new StaffUser { UserName = "session01", DisplayName = "세션", CreatedAt = clock.GetUtcNow() };
                Assert.True((await users.CreateAsync(user, "correct-horse-battery")).Succeeded);
                principal = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<StaffUser>>().CreateAsync(user);
            }
            // What the cookie's OnSigningIn stamps at sign-in.
            var identity = (ClaimsIdentity)principal.Identity!;
            identity.AddClaim(new Claim(SessionLimits.IdClaim, "session-1"));
            identity.AddClaim(new Claim(SessionLimits.StartedClaim, SessionLimits.Format(clock.GetUtcNow())));
            root.GetRequiredService<SessionActivity>().Start("session-1");

            var state = new AuthenticationState(principal);
            var provider = new StaffAuthenticationStateProvider(root.GetRequiredService<Microsoft.Extensions.Logging.ILoggerFactory>(),
                root.GetRequiredService<IServiceScopeFactory>(), TimeSpan.FromHours(1));
            provider.SetAuthenticationState(Task.FromResult(state));
            var handler = new SessionCircuitHandler(provider, root.GetRequiredService<SessionActivity>());
            return new SessionHost(root, database, clock, state, provider, handler);
        }

        public async ValueTask DisposeAsync()
        {
            ((IDisposable)Provider).Dispose();
            await _services.DisposeAsync();
            await _database.DisposeAsync();
        }
    }
}
