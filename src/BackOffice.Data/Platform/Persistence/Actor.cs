namespace BackOffice.Data.Platform.Persistence;

/// <summary>Who is acting: the signed-in staff member as the server knows them, never as the browser says.</summary>
public sealed record Actor(string Id, string Name, IReadOnlySet<string> Roles)
{
    public static readonly Actor System = new("system", "시스템", new HashSet<string>());

    public bool Can(Permission permission) => PermissionTable.Allows(permission, Roles);

    /// <summary>Throws <see cref="ForbiddenException"/> unless one of the actor's roles holds the permission.</summary>
    public void Require(Permission permission)
    {
        if (!Can(permission))
        {
            var roles = PermissionTable.Of(permission).Roles.Select(StaffRoles.KoreanName);
            throw new ForbiddenException($"'{permission.Label()}' 권한이 없습니다. 필요한 역할: {string.Join(", ", roles)}");
        }
    }
}

/// <summary>A command refused because the actor lacks the role. Nothing was changed.</summary>
public sealed class ForbiddenException(string message) : CommandRefusedException(message);

/// <summary>A command refused by a business rule, with the Korean sentence the screen shows. Nothing was changed.</summary>
public sealed class BusinessRuleException(string message) : CommandRefusedException(message);
