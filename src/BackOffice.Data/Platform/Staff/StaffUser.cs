using Microsoft.AspNetCore.Identity;

namespace BackOffice.Data.Platform.Staff;

public class StaffUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    /// <summary>A disabled account cannot sign in; its open circuits end at the next revalidation.</summary>
    public bool IsDisabled { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>Set for an account whose password someone else chose (the first Admin, a reset): the next sign-in must change it.</summary>
    public bool MustChangePassword { get; set; }
}

public static class StaffRoles
{
    public const string Agent = "Agent";
    public const string Supervisor = "Supervisor";
    public const string Finance = "Finance";
    public const string Compliance = "Compliance";
    public const string Admin = "Admin";

    public static readonly IReadOnlyList<string> All = [Agent, Supervisor, Finance, Compliance, Admin];

    public static string KoreanName(string role) => role switch
    {
        Agent => "상담원",
        Supervisor => "상담 관리자",
        Finance => "재무",
        Compliance => "컴플라이언스",
        Admin => "시스템 관리자",
        _ => role,
    };
}
