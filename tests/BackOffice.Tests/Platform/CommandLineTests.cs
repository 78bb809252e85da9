using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Tests.Platform;

/// <summary>Issue 10 item 6: seed-demo only in Development; bootstrap-admin creates the first Admin once.</summary>
public class CommandLineTests
{
    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public async Task Seed_demo_outside_Development_refuses_before_touching_the_database(string environment)
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddBackOfficeDatabase(database.Options);
        await using var root = services.BuildServiceProvider();
        var error = new StringWriter();

        var exit = await CommandLine.SeedDemoAsync(root, new ConfigurationBuilder().Build(), new TestHostEnvironment(environment), error);

        Assert.Equal(1, exit);
        Assert.Contains("seed-demo는 개발 환경(Development)에서만", error.ToString(), StringComparison.Ordinal);
        Assert.Contains($"this is {environment}", error.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(database.Options.ResolvedDataFolder(), "backoffice.db")), "not migrated, no demo accounts");
    }

    [Fact]
    public async Task Bootstrap_admin_creates_one_admin_with_a_one_time_password_who_must_change_it_and_is_audited()
    {
        await using var h = await Harness.StartAsync("sqlite");
        var (output, error) = (new StringWriter(), new StringWriter());

        Assert.Equal(0, await CommandLine.BootstrapAdminAsync(h.Services, "firstadmin", output, error));

        var password = output.ToString().Split('\n').Single(l => l.StartsWith("일회용 비밀번호", StringComparison.Ordinal)).Split(": ")[1].Trim();
        Assert.Equal(20, password.Length);
        await using (var scope = h.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            var admin = await users.FindByNameAsync("firstadmin");
            Assert.NotNull(admin);
            Assert.True(admin.MustChangePassword);
            Assert.True(await users.CheckPasswordAsync(admin, password));
            Assert.Equal([StaffRoles.Admin], await users.GetRolesAsync(admin));
            await using var db = await h.DbAsync();
            var audit = await db.AuditRecords.SingleAsync(a => a.Action == "staff.bootstrap-admin");
            Assert.Equal(admin.Id, audit.EntityId);
            Assert.Contains("firstadmin", audit.After);
            Assert.DoesNotContain(password, audit.After);
        }

        // Once an Admin exists the command refuses, and creates nobody.
        var (again, againError) = (new StringWriter(), new StringWriter());
        Assert.Equal(1, await CommandLine.BootstrapAdminAsync(h.Services, "secondadmin", again, againError));
        Assert.Contains("이미 시스템 관리자가 있습니다", againError.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("비밀번호", again.ToString(), StringComparison.Ordinal);
        await using (var db = await h.DbAsync())
        {
            Assert.False(await db.Users.AnyAsync(u => u.UserName == "secondadmin"));
            Assert.Equal(1, await db.AuditRecords.CountAsync(a => a.Action == "staff.bootstrap-admin"));
        }
    }

    [Fact]
    public async Task Bootstrap_admin_without_a_name_prints_the_usage()
    {
        await using var h = await Harness.StartAsync("sqlite");
        var error = new StringWriter();
        Assert.Equal(1, await CommandLine.BootstrapAdminAsync(h.Services, "  ", new StringWriter(), error));
        Assert.Contains("bootstrap-admin --user", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void One_time_passwords_are_long_random_and_pass_the_staff_password_rule()
    {
        var a = CommandLine.OneTimePassword();
        Assert.Equal(20, a.Length);
        Assert.NotEqual(a, CommandLine.OneTimePassword());
        Assert.True(a.Distinct().Count() >= 4);
    }
}
