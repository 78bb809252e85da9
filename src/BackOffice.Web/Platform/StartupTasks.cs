namespace BackOffice.Web.Platform;

public static class StartupTasks
{
    /// <summary>Migrates the database, adds reference data and, in Development, the demo staff and members.</summary>
    public static async Task PrepareDatabaseAsync(IServiceProvider services, IConfiguration configuration, IHostEnvironment environment)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Startup");
        await DatabaseSetup.MigrateAsync(services);
        await ReferenceData.EnsureAsync(services);

        var demo = configuration.GetSection("DemoData").Get<DemoDataOptions>() ?? new DemoDataOptions();
        if (environment.IsDevelopment() && demo.Enabled)
        {
            await DemoStaff.EnsureAsync(services);
            var created = await DemoDataGenerator.EnsureAsync(services, demo, logger);
            if (created > 0) logger.LogInformation("Demo data: {Members} members created", created);
        }
    }
}
