using Microsoft.AspNetCore.Authorization;

namespace BackOffice.Web.Platform.Modules;

public static class PermissionPolicies
{
    /// <summary>One policy per permission, named after it, requiring any of the roles the table gives it.</summary>
    public static AuthorizationBuilder AddPermissionPolicies(this AuthorizationBuilder authorization)
    {
        foreach (var grant in PermissionTable.All)
            authorization.AddPolicy(grant.Permission.Policy(), policy => policy.RequireRole(grant.Roles));
        return authorization;
    }
}
