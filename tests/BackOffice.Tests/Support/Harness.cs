using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace BackOffice.Tests.Support;

/// <summary>
/// The portal's real services (EF Core, Identity, feature services) on a real test database, with a
/// test clock and a switchable signed-in user. No mocks: what passes here passes in the app.
/// </summary>
public sealed class Harness : IAsyncDisposable
{
    private readonly ServiceProvider _root;
    private readonly AsyncServiceScope _scope;

    private Harness(TestDatabase database, ServiceProvider root, FakeTimeProvider clock)
    {
        Database = database;
        _root = root;
        _scope = root.CreateAsyncScope();
        Clock = clock;
    }

    public TestDatabase Database { get; }
    public FakeTimeProvider Clock { get; }
    public IServiceProvider Services => _scope.ServiceProvider;
    public TestActor Actor => Services.GetRequiredService<TestActor>();
    public DbWriter Writer => Services.GetRequiredService<DbWriter>();

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public static async Task<Harness> StartAsync(string provider, int demoMembers = 0, FakeTimeProvider? clock = null, Action<IServiceCollection>? configure = null)
    {
        var database = await TestDatabase.CreateAsync(provider);
        clock ??= KstClock.At(2026, 11, 20, 10);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddHttpContextAccessor();
        services.AddSingleton<TimeProvider>(clock);
        services.AddBackOfficeDatabase(database.Options);
        services.AddNumberProtection(NumberProtectionOptions.Development()); // development-only keys
        services.AddStaffIdentity(TimeSpan.FromSeconds(30));
        services.AddPortalModules(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());
        services.AddSingleton<JobRunRecorder>();
        services.AddScoped<TestActor>();
        services.AddScoped<CurrentActor>(sp => sp.GetRequiredService<TestActor>());
        configure?.Invoke(services);
        var root = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });

        await DatabaseSetup.MigrateAsync(root);
        await ReferenceData.EnsureAsync(root);
        if (demoMembers > 0)
        {
            await DemoDataGenerator.AddMembersAsync(root, new DemoDataOptions { Members = demoMembers, Seed = 7 }, NullLogger.Instance);
        }
        return new Harness(database, root, clock);
    }

    /// <summary>A second signed-in user on the same portal and database (another circuit), for races between staff.</summary>
    public Session SessionAs(Actor actor)
    {
        var scope = _root.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TestActor>().Current = actor;
        return new Session(scope);
    }

    public sealed class Session(AsyncServiceScope scope) : IAsyncDisposable
    {
        public T Get<T>() where T : notnull => scope.ServiceProvider.GetRequiredService<T>();

        /// <summary>A real step-up for this session's actor (see <see cref="Harness.StepUpAsync()"/>).</summary>
        public Task StepUpAsync() => Harness.StepUpAsync(scope.ServiceProvider);

        public ValueTask DisposeAsync() => scope.DisposeAsync();
    }

    /// <summary>The authenticator key every test actor's Identity account gets (base32).</summary>
    public const string StepUpKey = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    /// <summary>
    /// A REAL step-up for the current <see cref="TestActor"/>: makes sure an Identity account with the actor's id exists
    /// and has <see cref="StepUpKey"/> as its authenticator key, computes the code an app would show now (Identity
    /// checks codes on the real clock) and verifies it through <see cref="StepUp.VerifyAsync"/>, which opens the window
    /// on the test clock.
    /// </summary>
    public Task StepUpAsync() => StepUpAsync(Services);

    internal static async Task StepUpAsync(IServiceProvider services)
    {
        var actor = await services.GetRequiredService<TestActor>().GetAsync();
        await EnsureAuthenticatorAsync(services, actor, StepUpKey);
        if (!await services.GetRequiredService<StepUp>().VerifyAsync(actor, Totp.Code(StepUpKey)))
            throw new InvalidOperationException($"The step-up of {actor.Id} was refused.");
    }

    /// <summary>An Identity account with the actor's id (created without a password) and the given authenticator key.</summary>
    public static async Task EnsureAuthenticatorAsync(IServiceProvider services, Actor actor, string key)
    {
        await using var scope = services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<StaffUser>>();
        var user = await users.FindByIdAsync(actor.Id);
        if (user is null)
        {
            user = new StaffUser { Id = actor.Id, UserName = "t" + actor.Id.Replace("-", "", StringComparison.Ordinal), DisplayName = actor.Name, CreatedAt = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow() };
            var created = await users.CreateAsync(user);
            if (!created.Succeeded) throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
        }
        await DemoStaff.EnsureAuthenticatorAsync(scope.ServiceProvider, users, user, key);
    }

    /// <summary>Runs one of the portal's jobs once, as a firing of the scheduler would, its run recorded in the job history.</summary>
    public Task<JobRun> RunJobAsync<TJob>() where TJob : PortalJob =>
        Get<JobRunRecorder>().RecordAsync(typeof(TJob).Name, "test", null, ActivatorUtilities.CreateInstance<TJob>(Services).RunAsync);

    public async Task<AppDbContext> DbAsync() =>
        await Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _root.DisposeAsync();
        await Database.DisposeAsync();
    }
}
