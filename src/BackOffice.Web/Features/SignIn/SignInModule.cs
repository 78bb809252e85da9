namespace BackOffice.Web.Features.SignIn;

public sealed class SignInModule : IPortalModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration) => services.AddScoped<SignInService>();

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapAccountEndpoints();

    public IReadOnlyDictionary<string, string> AuditActions => new Dictionary<string, string>
    {
        ["staff.signin"] = "로그인",
        ["staff.signin.refused"] = "로그인 거부",
        ["staff.locked"] = "계정 잠금",
    };
}
