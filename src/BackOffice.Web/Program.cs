using System.Globalization;
using MudBlazor;
using MudBlazor.Services;

var builder = WebApplication.CreateBuilder(args);
// appsettings.Development.json lives at the repository root; the build copies it beside the app.
builder.Configuration.AddJsonFile(
    Path.Combine(AppContext.BaseDirectory, $"appsettings.{builder.Environment.EnvironmentName}.json"), optional: true, reloadOnChange: false);
builder.Configuration.AddEnvironmentVariables();
builder.Configuration.AddCommandLine(args);

// Outside Development: refuse to start (nothing registered, migrated or served) on an unsafe configuration.
if (!builder.Environment.IsDevelopment() && ProductionReadiness.Problems(builder.Configuration) is { Count: > 0 } problems)
{
    await Console.Error.WriteLineAsync($"시작을 거부합니다({builder.Environment.EnvironmentName}). / Refusing to start ({builder.Environment.EnvironmentName}):");
    foreach (var problem in problems) await Console.Error.WriteLineAsync("  - " + problem);
    Environment.ExitCode = ProductionReadiness.ExitCode;
    return;
}

var database = builder.Configuration.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
if (!Path.IsPathRooted(database.DataFolder))
    database.DataFolder = Path.Combine(builder.Environment.ContentRootPath, database.DataFolder);

CultureInfo.DefaultThreadCurrentCulture = KoreanTime.Culture;
CultureInfo.DefaultThreadCurrentUICulture = KoreanTime.Culture;

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddBackOfficeDatabase(database);
builder.Services.AddNumberProtection(builder.Configuration);
builder.Services.AddStaffIdentity(TimeSpan.FromSeconds(builder.Configuration.GetValue("Auth:RevalidationSeconds", 30)));
builder.Services.AddSessionLimits(builder.Configuration, builder.Environment);
builder.Services.AddPortalDataProtection(builder.Configuration, builder.Environment, database);
builder.Services.AddReverseProxySupport(builder.Configuration);
builder.Services.AddRazorComponents().AddPortalCircuits(builder.Environment);
builder.Services.AddMudServices(options =>
{
    options.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomRight;
    options.SnackbarConfiguration.PreventDuplicates = false;
    options.SnackbarConfiguration.VisibleStateDuration = 6000;
    options.SnackbarConfiguration.ShowCloseIcon = true;
});
builder.Services.AddTransient<MudLocalizer, KoreanMudLocalizer>();
builder.Services.AddPortalModules(builder.Configuration);
builder.Services.AddPortalJobs(database);

var app = builder.Build();

if (await CommandLine.TryRunAsync(app, args)) return;

await StartupTasks.PrepareDatabaseAsync(app.Services, app.Configuration, app.Environment);

app.UseForwardedHeaders();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
    app.UseHsts();
    app.UseHttpsRedirection();
}
app.UseSecurityHeaders();
app.UseRequestLocalization("ko-KR");
app.UseStaticFiles();
app.UseRateLimiter();
app.UseAuthentication();
app.UseMustChangePassword();
app.UseAuthorization();
app.UseAntiforgery();

app.MapStaticAssets();
app.MapPortalModules();
app.MapLoadDiagnostics(app.Environment);
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

app.Run();

/// <summary>Exposed for WebApplicationFactory in the integration tests.</summary>
public partial class Program;
