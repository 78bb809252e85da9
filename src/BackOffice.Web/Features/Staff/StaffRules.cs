using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;

namespace BackOffice.Web.Features.Staff;

/// <summary>Input rules for staff accounts, each returning the Korean sentence the screen shows (null when fine).</summary>
public static partial class StaffRules
{
    public const int MinPasswordLength = 12;
    public const int MinDisableReasonLength = 5;
    public const int MaxReasonLength = 200;

    [GeneratedRegex("^[A-Za-z0-9]{4,15}$")]
    private static partial Regex UserNamePattern();

    public static string? UserNameProblem(string? userName) =>
        UserNamePattern().IsMatch(userName?.Trim() ?? "") ? null : "아이디는 영문자와 숫자 4~15자로 입력하세요.";

    public static string? DisplayNameProblem(string? displayName)
    {
        var text = displayName?.Trim() ?? "";
        if (text.Length == 0) return "이름을 입력하세요.";
        return text.Length > 50 ? "이름은 50자 이하로 입력하세요." : null;
    }

    public static string? PasswordProblem(string? password) =>
        (password?.Length ?? 0) < MinPasswordLength ? $"초기 비밀번호는 {MinPasswordLength}자 이상이어야 합니다." : null;

    public static string? RolesProblem(IReadOnlyCollection<string> roles)
    {
        if (roles.Count == 0) return "역할을 하나 이상 선택하세요.";
        return roles.All(StaffRoles.All.Contains) ? null : "알 수 없는 역할이 있습니다.";
    }

    public static string? DisableReasonProblem(string? reason)
    {
        var text = reason?.Trim() ?? "";
        if (text.Length == 0) return "사용 중지 사유를 입력하세요.";
        if (text.Length < MinDisableReasonLength) return $"사용 중지 사유를 {MinDisableReasonLength}자 이상 구체적으로 입력하세요.";
        return ReasonLengthProblem(text);
    }

    public static string? ReasonLengthProblem(string? reason) =>
        (reason?.Trim().Length ?? 0) > MaxReasonLength ? $"사유는 {MaxReasonLength}자 이하로 입력하세요." : null;

    public static string? NewStaffProblem(NewStaff input) =>
        UserNameProblem(input.UserName) ?? DisplayNameProblem(input.DisplayName) ?? PasswordProblem(input.Password) ?? RolesProblem(input.Roles);

    /// <summary>Identity's error codes in Korean; its own descriptions are English.</summary>
    public static string Describe(IEnumerable<IdentityError> errors) =>
        string.Join(" ", errors.Select(Describe).Distinct());

    private static string Describe(IdentityError error) => error.Code switch
    {
        nameof(IdentityErrorDescriber.DuplicateUserName) => "이미 사용 중인 아이디입니다.",
        nameof(IdentityErrorDescriber.InvalidUserName) => "아이디에 사용할 수 없는 문자가 있습니다.",
        nameof(IdentityErrorDescriber.PasswordTooShort) => $"비밀번호는 {MinPasswordLength}자 이상이어야 합니다.",
        nameof(IdentityErrorDescriber.PasswordRequiresUniqueChars) => "비밀번호에 서로 다른 문자를 더 많이 사용하세요.",
        nameof(IdentityErrorDescriber.PasswordRequiresDigit) => "비밀번호에 숫자를 포함하세요.",
        nameof(IdentityErrorDescriber.PasswordRequiresLower) => "비밀번호에 영문 소문자를 포함하세요.",
        nameof(IdentityErrorDescriber.PasswordRequiresUpper) => "비밀번호에 영문 대문자를 포함하세요.",
        nameof(IdentityErrorDescriber.PasswordRequiresNonAlphanumeric) => "비밀번호에 특수문자를 포함하세요.",
        nameof(IdentityErrorDescriber.UserAlreadyInRole) => "이미 부여된 역할입니다.",
        nameof(IdentityErrorDescriber.UserNotInRole) => "부여되지 않은 역할입니다.",
        nameof(IdentityErrorDescriber.InvalidRoleName) => "알 수 없는 역할입니다.",
        nameof(IdentityErrorDescriber.UserLockoutNotEnabled) => "이 계정은 잠금 기능이 꺼져 있습니다.",
        nameof(IdentityErrorDescriber.ConcurrencyFailure) => "다른 사용자가 먼저 이 계정을 변경했습니다. 목록을 새로 고친 뒤 다시 시도하세요.",
        _ => "계정을 변경하지 못했습니다. 입력값을 확인하세요.",
    };
}
