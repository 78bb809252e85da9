using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;

namespace BackOffice.Web.Platform.Auth;

public static class IdentitySetup
{
    public const string DisplayNameClaim = "display_name";

    public static IServiceCollection AddStaffIdentity(this IServiceCollection services, TimeSpan revalidationInterval)
    {
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider>(sp =>
            new StaffAuthenticationStateProvider(
                sp.GetRequiredService<ILoggerFactory>(),
                sp.GetRequiredService<IServiceScopeFactory>(),
                revalidationInterval));
        services.AddScoped<CurrentActor>();
        services.AddSingleton<StepUpRegistry>();
        services.AddScoped<StepUp>();
        services.AddScoped<StepUpPrompt>();

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/account/login";
            options.AccessDeniedPath = "/account/access-denied";
            options.Cookie.Name = "backoffice.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.ExpireTimeSpan = TimeSpan.FromHours(9);
            options.SlidingExpiration = true;
        });
        services.AddAuthorization();
        // The cookie itself is re-checked against the security stamp every minute (Identity's default is
        // 30): a disabled account cannot open new pages with an old cookie for longer than that.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));

        services.AddIdentityCore<StaffUser>(options =>
            {
                // Long passphrases, no composition rules (NIST 800-63B); staff passwords are stronger than the
                // member rules of 004 웹 제3조.
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 4;
                // Five wrong passwords or codes lock the account (000 §5, 004 웹 제8조⑤). SignInService counts them
                // and sets LockoutEnd itself on the injected clock: 15 minutes, doubling on each repeat (issue 10).
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = false;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<StaffClaimsPrincipalFactory>()
            .AddDefaultTokenProviders();
        // Identity's stores want a scoped context; everything else uses the factory.
        services.AddScoped(sp => sp.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<AppDbContext>>().CreateDbContext());
        return services;
    }
}
