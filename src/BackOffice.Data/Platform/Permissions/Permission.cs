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
    /// <summary>See cases (disputes, complaints, error corrections, paper statements, fraud claims) and their clocks (issue 13).</summary>
    ViewCases,
    /// <summary>Open and work cases: notes, notices, pauses, take a case, close it with the result (issue 13).</summary>
    HandleCases,
    /// <summary>Assign cases to others and hand them over (issue 13).</summary>
    AssignCases,
    /// <summary>Approve or refuse an error correction's adjusting entry proposed by someone else (four eyes; issue 13).</summary>
    ApproveCaseAdjustment,
    /// <summary>The breach dashboard and the case register export (issue 13).</summary>
    ViewCaseBreaches,
    /// <summary>Maintain the outage calendar (장애 일정; issue 13).</summary>
    ManageOutages,
    /// <summary>Apply for cards, change a delivery address, record happy calls, confirm delivery, re-send (issue 14).</summary>
    HandleShipments,
    /// <summary>The daily mailing batch files and the imports of dispatch and returned-mail files (issue 14).</summary>
    ManageMailing,
    /// <summary>Serve a member's credit top-ups: move a virtual-account deadline on request, record an evidence document (issue 15).</summary>
    HandleTopUps,
    /// <summary>Cancel a top-up's approval for fraud and take its credits back (001 §5; issue 15).</summary>
    CancelTopUpForFraud,
    /// <summary>Import the payment gateway's settlement and virtual-account deposit files (issue 15).</summary>
    ImportPayments,
    /// <summary>Forfeit points at once for a cause of 004 제5조⑤ (issue 15).</summary>
    ForfeitPoints,
    /// <summary>Record a member's objection to the donation of a prescribed balance (004 제5조③; issue 15).</summary>
    RecordDonationObjection,
    /// <summary>Run the prescription listing and propose due balances for donation (004 제5조②; issue 15).</summary>
    ManagePrescription,
    /// <summary>Approve or refuse a donation batch someone else proposed (four eyes; issue 15).</summary>
    ApproveDonation,
}
