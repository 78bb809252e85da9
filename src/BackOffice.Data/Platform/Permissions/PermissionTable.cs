using System.Security.Claims;
using BackOffice.Data.Platform.Staff;
using static BackOffice.Data.Platform.Staff.StaffRoles;

namespace BackOffice.Data.Platform.Permissions;

/// <summary>The one table of permission → roles, with the Korean name refusals and menus show.</summary>
public static class PermissionTable
{
    public sealed record Grant(Permission Permission, string Label, IReadOnlyList<string> Roles);

    private static readonly string[] Everyone = [.. StaffRoles.All];

    public static readonly IReadOnlyList<Grant> All =
    [
        new(Permission.ViewMembers, "고객 조회", Everyone),
        new(Permission.UnmaskPersonalData, "개인정보 열람", [Agent, Supervisor, Compliance, Admin]),
        new(Permission.ViewPrograms, "프로그램 정책 조회", Everyone),
        new(Permission.ViewCalendar, "공휴일 조회", Everyone),
        new(Permission.ManageHolidays, "공휴일 관리", [Admin]),
        new(Permission.ReportLostCard, "분실·도난 신고", [Agent, Supervisor, Admin]),
        new(Permission.ReissueCard, "카드 재발급", [Agent, Supervisor, Admin]),
        new(Permission.ApproveFeeWaiver, "수수료 면제 승인", [Supervisor, Admin]),
        new(Permission.HandleCardIntake, "불량 카드 접수", [Agent, Supervisor, Admin]),
        new(Permission.FileRefund, "환불 신청", [Agent, Supervisor]),
        new(Permission.ViewRefundQueue, "환불 업무 조회", [Finance, Supervisor, Compliance, Admin]),
        new(Permission.ApproveRefund, "환불 승인", [Finance]),
        new(Permission.ApproveLargeRefund, "고액 환불 추가 승인", [Supervisor]),
        new(Permission.RejectRefund, "환불 반려", [Finance, Supervisor]),
        new(Permission.ManagePayouts, "환불 지급 처리", [Finance]),
        new(Permission.CheckLedger, "원장 정합성 점검", [Finance, Compliance, Admin]),
        new(Permission.ViewAudit, "감사 로그 조회", [Compliance, Admin]),
        new(Permission.ManageStaff, "직원 관리", [Admin]),
        new(Permission.ManageJobs, "배치 작업 관리", [Admin]),
        new(Permission.ApproveStaffChange, "직원 권한 변경 승인", [Admin]),
        new(Permission.ManagePrograms, "프로그램 운영 정책 변경", [Admin]),
        new(Permission.SuspendMember, "회원 자격 정지·해제", [Supervisor]),
        new(Permission.IssueDocuments, "증명서·내역서 발급", [Agent, Supervisor, Finance, Compliance]),
        new(Permission.VerifyDocuments, "발급 문서 진위 확인", Everyone),
        new(Permission.ProduceDeductionWorkbook, "소득공제 신고 자료 생성", [Compliance]),
        new(Permission.ViewReconciliation, "정산 대사 조회", [Finance, Compliance]),
        new(Permission.ViewOwnFiles, "내 파일", Everyone),
        new(Permission.ViewCases, "민원·분쟁 사건 조회", Everyone),
        new(Permission.HandleCases, "민원·분쟁 사건 처리", [Agent, Supervisor]),
        new(Permission.AssignCases, "사건 배정·인계", [Supervisor]),
        new(Permission.ApproveCaseAdjustment, "오류 정정 조정 승인", [Finance, Supervisor]),
        new(Permission.ViewCaseBreaches, "처리 기한 위반 현황·사건 대장", [Supervisor, Compliance]),
        new(Permission.ManageOutages, "장애 일정 관리", [Admin]),
        new(Permission.HandleShipments, "카드 발급 신청·배송 처리", [Agent, Supervisor]),
        new(Permission.ManageMailing, "우편 발송 배치·배송 파일 관리", [Supervisor, Admin]),
        new(Permission.HandleTopUps, "크레딧 충전 처리 (입금기한 변경·증빙서류)", [Agent, Supervisor]),
        new(Permission.CancelTopUpForFraud, "부정 결제 충전 승인 취소", [Supervisor]),
        new(Permission.ImportPayments, "PG 정산·가상계좌 입금 파일 반영", [Finance]),
        new(Permission.ForfeitPoints, "포인트 즉시 소멸", [Supervisor]),
        new(Permission.RecordDonationObjection, "기부 이의 접수", [Agent, Supervisor]),
        new(Permission.ManagePrescription, "소멸시효 점검·기부 상신", [Finance]),
        new(Permission.ApproveDonation, "소멸시효 잔액 기부 승인", [Finance, Supervisor]),
    ];

    private static readonly Dictionary<Permission, Grant> ByPermission = All.ToDictionary(g => g.Permission);

    public static Grant Of(Permission permission) => ByPermission[permission];

    public static string Label(this Permission permission) => Of(permission).Label;

    /// <summary>The authorization policy name of a permission: the same word the code uses.</summary>
    public static string Policy(this Permission permission) => permission.ToString();

    public static bool Allows(Permission permission, IEnumerable<string> roles) => roles.Any(Of(permission).Roles.Contains);

    /// <summary>For screens that decide what to show; the services check again on every command.</summary>
    public static bool Can(this ClaimsPrincipal user, Permission permission) => Of(permission).Roles.Any(user.IsInRole);
}
