using System.Globalization;
using Microsoft.AspNetCore.DataProtection;
using MudBlazor;
using MudBlazor.Services;

var builder = WebApplication.CreateBuilder(args);
// appsettings.Development.json lives at the repository root; the build copies it beside the app.
builder.Configuration.AddJsonFile(
    Path.Combine(AppContext.BaseDirectory, $"appsettings.{builder.Environment.EnvironmentName}.json"), optional: true, reloadOnChange: false);
builder.Configuration.AddEnvironmentVariables();
builder.Configuration.AddCommandLine(args);

var database = builder.Configuration.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
if (!Path.IsPathRooted(database.DataFolder))
    database.DataFolder = Path.Combine(builder.Environment.ContentRootPath, database.DataFolder);

CultureInfo.DefaultThreadCurrentCulture = KoreanTime.Culture;
CultureInfo.DefaultThreadCurrentUICulture = KoreanTime.Culture;

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddBackOfficeDatabase(database);
builder.Services.AddStaffIdentity(TimeSpan.FromSeconds(builder.Configuration.GetValue("Auth:RevalidationSeconds", 30)));
builder.Services.AddDataProtection()
    .SetApplicationName("BackOffice")
    .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(database.ResolvedDataFolder(), "keys")));
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
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

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
}
app.UseRequestLocalization("ko-KR");
app.UseStaticFiles();
app.UseRateLimiter();
app.UseAuthentication();
app.UseMustChangePassword();
app.UseAuthorization();
app.UseAntiforgery();

app.MapStaticAssets();
app.MapPortalModules();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

app.Run();

/// <summary>Exposed for WebApplicationFactory in the integration tests.</summary>
public partial class Program;
