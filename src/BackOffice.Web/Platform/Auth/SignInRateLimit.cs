using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace BackOffice.Web.Platform.Auth;

/// <summary>
/// A fixed window per remote address on the sign-in form posts (password, code, enrolment, password change):
/// <see cref="SignInSecurityOptions.SignInPostsPerMinute"/> (10 by default) a minute, then 429 with a Korean page.
/// Everything else is not limited here.
/// </summary>
public static class SignInRateLimit
{
    public const string Message = "로그인 시도가 너무 많습니다. 1분 뒤에 다시 시도하세요.";

    public static IServiceCollection AddSignInRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var permit = configuration.GetSection(SignInSecurityOptions.Section).Get<SignInSecurityOptions>()?.SignInPostsPerMinute
                     ?? new SignInSecurityOptions().SignInPostsPerMinute;
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                IsSignInPost(context.Request)
                    ? RateLimitPartition.GetFixedWindowLimiter(
                        context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = permit, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                    : RateLimitPartition.GetNoLimiter("other"));
            options.OnRejected = async (context, ct) =>
            {
                context.HttpContext.Response.ContentType = "text/html; charset=utf-8";
                await context.HttpContext.Response.WriteAsync(
                    $"<!DOCTYPE html><html lang=\"ko\"><head><meta charset=\"utf-8\"><title>잠시 후 다시 시도</title></head><body><h1>잠시 후 다시 시도하세요</h1><p data-testid=\"rate-limited\">{Message}</p><p><a href=\"{SignInPaths.Login}\">로그인 화면</a></p></body></html>", ct);
            };
        });
        return services;
    }

    public static bool IsSignInPost(HttpRequest request) =>
        HttpMethods.IsPost(request.Method)
        && (request.Path.StartsWithSegments(SignInPaths.Login) || request.Path.StartsWithSegments(SignInPaths.Enrol)
            || request.Path.StartsWithSegments(SignInPaths.Password));
}
