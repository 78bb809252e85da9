namespace BackOffice.Web.Features.SignIn;

public sealed class SignInModule : IPortalModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<SignInService>();
        services.Configure<SignInSecurityOptions>(configuration.GetSection(SignInSecurityOptions.Section));
        services.AddSignInRateLimit(configuration);
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapAccountEndpoints();

    public IReadOnlyDictionary<string, string> AuditActions => new Dictionary<string, string>
    {
        ["staff.signin"] = "로그인",
        ["staff.signin.refused"] = "로그인 거부",
        ["staff.locked"] = "계정 잠금",
        ["staff.signin.recovery"] = "복구 코드로 로그인",
        ["staff.mfa.enrol"] = "인증 앱 등록",
        ["staff.password"] = "비밀번호 변경",
        ["staff.password.refused"] = "비밀번호 변경 거부",
        ["staff.stepup.refused"] = "OTP 재인증 실패",
    };
}
