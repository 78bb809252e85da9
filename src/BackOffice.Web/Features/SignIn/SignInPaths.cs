namespace BackOffice.Web.Features.SignIn;

public static class SignInPaths
{
    public const string Login = "/account/login";
    public const string Code = "/account/login/code";
    public const string Enrol = "/account/enrol";
    public const string Password = "/account/password";

    /// <summary>Only local paths: an open redirect would let a phishing link land staff on another site.</summary>
    public static string SafeReturnUrl(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal) ? url : "/";
}
