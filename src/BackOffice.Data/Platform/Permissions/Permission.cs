namespace BackOffice.Data.Platform.Permissions;

/// <summary>
/// What a staff member may do. Pages, endpoints, menus and services ask for a permission, never for a role:
/// which roles hold it is written once, in <see cref="PermissionTable"/>.
/// </summary>
public enum Permission
{
    ViewMembers,
    UnmaskPersonalData,
    ViewPrograms,
    ViewCalendar,
    ManageHolidays,
    ReportLostCard,
    ReissueCard,
    ApproveFeeWaiver,
    HandleCardIntake,
    FileRefund,
    ViewRefundQueue,
    ApproveRefund,
    ApproveLargeRefund,
    RejectRefund,
    ManagePayouts,
    CheckLedger,
    ViewAudit,
    ManageStaff,
    ManageJobs,
    /// <summary>Approve or reject a staff-change request granting a money role (a second Admin, issue 10).</summary>
    ApproveStaffChange,
    /// <summary>Change a program's operator settings ("운영 정책") by a new, dated policy version (issue 11).</summary>
    ManagePrograms,
    /// <summary>Suspend a member and lift the suspension (003 하나로 제25조, 004 제7조③④); Supervisor only.</summary>
    SuspendMember,
    /// <summary>Preview, issue and reprint PDF documents (statements, receipts, letters, batch summaries; issue 12).</summary>
    IssueDocuments,
    /// <summary>Check an uploaded file against the document issued under its number (issue 12).</summary>
    VerifyDocuments,
    /// <summary>Produce and download the income-deduction workbook with resident registration numbers in full (issue 12).</summary>
    ProduceDeductionWorkbook,
    /// <summary>See and export the finance reconciliation (issue 12).</summary>
    ViewReconciliation,
    /// <summary>See, cancel and download one's own background files (내 파일; issue 12).</summary>
    ViewOwnFiles,
}
