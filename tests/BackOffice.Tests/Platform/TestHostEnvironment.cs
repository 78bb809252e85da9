using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace BackOffice.Tests.Platform;

/// <summary>An <see cref="IHostEnvironment"/> for calling start-up code as Development or Production.</summary>
public sealed class TestHostEnvironment(string environmentName = "Development") : IHostEnvironment
{
    public string EnvironmentName { get; set; } = environmentName;
    public string ApplicationName { get; set; } = "BackOffice.Web";
    public string ContentRootPath { get; set; } = AppContext.BaseDirectory;
    public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
}
