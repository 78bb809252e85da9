namespace BackOffice.Tests.Platform;

/// <summary>
/// The authorization matrix, generated from <see cref="PermissionTable.All"/>: for every permission, a real service
/// call that requires it, run by an actor holding exactly one role, for every role. A cell the table allows must not be
/// refused for the role (a business refusal — bad input, nothing found — is fine: the role check came first and passed);
/// a cell the table does not allow must be refused with <see cref="ForbiddenException"/> naming that permission.
/// A permission with no command mapped here fails the test, so a new permission cannot slip past it.
/// <para>The expected cells come from <see cref="Reviewed"/>, the matrix as reviewed, written out by hand; a test pins
/// <see cref="PermissionTable"/> to it. The services ask the same table, so without the pinned copy a changed table row
/// would change the behaviour and the expectation together and nothing would go red: now a table edit turns both the
/// pin and the affected cells red until the reviewed matrix is updated with it (on purpose, in the same change).</para>
/// <para>View permissions are checked by the query services the pages call (the pages' <c>[Authorize]</c> policies use
/// the same table), so their cells run those queries.</para>
/// </summary>
public class AuthorizationMatrixTests(AuthorizationMatrixTests.Fixture fixture) : IClassFixture<AuthorizationMatrixTests.Fixture>
{
    /// <summary>One SQLite portal for all cells: the commands are refused or fail on bad input, so they change nothing.</summary>
    public sealed class Fixture : IAsyncLifetime
    {
        public Harness H { get; private set; } = null!;
        public async Task InitializeAsync() => H = await Harness.StartAsync("sqlite");
        public async Task DisposeAsync() => await H.DisposeAsync();
    }

    /// <summary>Per permission, the service calls that require it (and nothing stricter first).</summary>
    public static readonly IReadOnlyDictionary<Permission, (string Name, Func<Harness.Session, Task> Run)[]> Commands =
        new Dictionary<Permission, (string, Func<Harness.Session, Task>)[]>
        {
            [Permission.ViewMembers] = [("MemberQueries.GetAsync", s => s.Get<MemberQueries>().GetAsync(-1))],
            [Permission.UnmaskPersonalData] = [("PersonalDataService.UnmaskAsync", s => s.Get<PersonalDataService>().UnmaskAsync(-1, PersonalField.Phone, "")),
                ("DeductionRegistrationService.RegisterAsync", s => s.Get<DeductionRegistrationService>().RegisterAsync(-1, "", "")),
                ("DeductionRegistrationService.RevealAsync", s => s.Get<DeductionRegistrationService>().RevealAsync(-1, ""))],
            [Permission.ViewPrograms] = [("ProgramQueries.ListAsync", s => s.Get<ProgramQueries>().ListAsync())],
            [Permission.ViewCalendar] = [("HolidayService.YearsAsync", s => s.Get<HolidayService>().YearsAsync())],
            [Permission.ManageHolidays] = [("HolidayService.AddAsync", s => s.Get<HolidayService>().AddAsync(null, null, false))],
            [Permission.ReportLostCard] = [("LostCardService.ReportAsync", s => s.Get<LostCardService>().ReportAsync(new LostCardCommand(-1, LossKind.Lost, ReportChannel.Phone, "", "")))],
            [Permission.ReissueCard] = [("ReissueService.RequestAsync", s => s.Get<ReissueService>().RequestAsync(new ReissueCommand(-1, ReissueReason.Damaged, -1, false, null, "")))],
            [Permission.ApproveFeeWaiver] = [("ReissueService.DecideWaiverAsync", s => s.Get<ReissueService>().DecideWaiverAsync(-1, true, ""))],
            [Permission.HandleCardIntake] = [("CardIntakeService.OpenAsync", s => s.Get<CardIntakeService>().OpenAsync(new OpenIntakeCommand(-1, DefectKind.Damaged, "", "")))],
            [Permission.FileRefund] = [("RefundService.FileAsync", s => s.Get<RefundService>().FileAsync(new FileRefundCommand(new RefundTarget(-1, -1, RefundKind.BalanceRefund, null), null, "")))],
            [Permission.ViewRefundQueue] = [("RefundQueries.QueueAsync", s => s.Get<RefundQueries>().QueueAsync(new RefundQueueFilter(), 0, 10))],
            [Permission.ApproveRefund] = [("RefundApprovalService.ApproveAsync(Finance)", s => s.Get<RefundApprovalService>().ApproveAsync(-1, ApprovalStep.Finance))],
            [Permission.ApproveLargeRefund] = [("RefundApprovalService.ApproveAsync(Supervisor)", s => s.Get<RefundApprovalService>().ApproveAsync(-1, ApprovalStep.Supervisor))],
            [Permission.RejectRefund] = [("RefundApprovalService.RejectAsync", s => s.Get<RefundApprovalService>().RejectAsync(-1, ""))],
            [Permission.ManagePayouts] = [("PayoutService.ReadinessAsync", s => s.Get<PayoutService>().ReadinessAsync()),
                ("PayoutService.MarkPaidAsync", s => s.Get<PayoutService>().MarkPaidAsync(-1))],
            [Permission.CheckLedger] = [("LedgerCheckService.RunAsync", s => s.Get<LedgerCheckService>().RunAsync())],
            [Permission.ViewAudit] = [("AuditQueries.PageAsync", s => s.Get<AuditQueries>().PageAsync(new AuditFilter(), 0, 10)),
                ("AuditChainService.VerifyAsync", s => s.Get<AuditChainService>().VerifyAsync())],
            [Permission.ManageStaff] = [("StaffService.DisableAsync", s => s.Get<StaffService>().DisableAsync("no-such-user", "")),
                ("StaffMfaService.ResetAsync", s => s.Get<StaffMfaService>().ResetAsync("no-such-user", "인증 앱 분실 신고"))],
            [Permission.ApproveStaffChange] = [("StaffService.ApproveChangeAsync", s => s.Get<StaffService>().ApproveChangeAsync(-1)),
                ("StaffService.RejectChangeAsync", s => s.Get<StaffService>().RejectChangeAsync(-1, "요청 사유가 부족합니다"))],
            [Permission.ManageJobs] = [("JobsService.RunNowAsync", s => s.Get<JobsService>().RunNowAsync("no-such-job"))],
            [Permission.ManagePrograms] = [("ProgramPolicyService.CreateVersionAsync", s => s.Get<ProgramPolicyService>().CreateVersionAsync(-1, [], null, "", ""))],
            [Permission.SuspendMember] = [("MemberLifecycleService.SuspendAsync", s => s.Get<MemberLifecycleService>().SuspendAsync(new SuspendMemberCommand(-1, SuspensionCause.TermsViolation, "약관 위반 확인", "matrix-suspend"))),
                ("MemberLifecycleService.LiftAsync", s => s.Get<MemberLifecycleService>().LiftAsync(new LiftSuspensionCommand(-1, "사유 시정 확인", "matrix-lift")))],
            [Permission.IssueDocuments] = [("DocumentIssuer.ReprintAsync", s => s.Get<DocumentIssuer>().ReprintAsync("D00000000-000000", "재출력 확인"))],
            [Permission.VerifyDocuments] = [("DocumentIssuer.VerifyAsync", s => s.Get<DocumentIssuer>().VerifyAsync("D00000000-000000", []))],
            [Permission.ViewOwnFiles] = [("ExportService.ListMineAsync", s => s.Get<ExportService>().ListMineAsync())],
            [Permission.ProduceDeductionWorkbook] = [("DeductionService.StartAsync", s => s.Get<DeductionService>().StartAsync(1999, "", ""))],
            [Permission.ViewReconciliation] = [("ReconciliationQueries.ComputeAsync", s => s.Get<ReconciliationQueries>().ComputeAsync(new DateOnly(2026, 11, 19), new DateOnly(2026, 11, 19)))],
            [Permission.ManageOutages] = [("OutageService.AddAsync", s => s.Get<OutageService>().AddAsync(new OutageInput(null, null, null, null, false)))],
            [Permission.HandleShipments] = [("CardApplicationService.ApplyAsync", s => s.Get<CardApplicationService>().ApplyAsync(new CardApplicationCommand(-1, -1, -1, "", "", "", "matrix-apply"))),
                ("AddressChangeService.ChangeAsync", s => s.Get<AddressChangeService>().ChangeAsync(new AddressChangeCommand(-1, "", "", ""))),
                ("ShipmentService.OverdueAsync", s => s.Get<ShipmentService>().OverdueAsync(0, 10)),
                ("ResendService.ResendAsync", s => s.Get<ResendService>().ResendAsync(new ResendCommand(-1, false, null, true, null, null, null, "m"))),
                ("HappyCallService.QueueAsync", s => s.Get<HappyCallService>().QueueAsync(0, 10))],
            [Permission.ManageMailing] = [("MailingBatchService.PrepareDownloadAsync", s => s.Get<MailingBatchService>().PrepareDownloadAsync("M00000000-000000", MailingFileKind.MailingList, "권한 매트릭스 확인")),
                ("MailingBatchService.DownloadAsync", s => s.Get<MailingBatchService>().DownloadAsync("M00000000-000000", MailingFileKind.MailingList, "no-such-token")),
                ("ShipmentImportService.ListAsync", s => s.Get<ShipmentImportService>().ListAsync(0, 10))],
            [Permission.ApproveCaseAdjustment] = [("CaseAdjustmentService.RefuseAsync", s => s.Get<CaseAdjustmentService>().RefuseAsync(-1, ""))],
            [Permission.ViewCases] = [("CaseService.GetAsync", s => s.Get<CaseService>().GetAsync("K00000000-000000")),
                ("CaseService.DownloadAttachmentAsync", s => s.Get<CaseService>().DownloadAttachmentAsync(-1))],
            [Permission.HandleCases] = [("CaseService.OpenAsync", s => s.Get<CaseService>().OpenAsync(new OpenCaseCommand(-1, CaseType.Dispute, CaseChannel.Phone, DateTimeOffset.UnixEpoch.AddYears(56), "제목", "", [], [], "matrix-case"))),
                ("CaseService.CloseAsync", s => s.Get<CaseService>().CloseAsync(-1, CaseOutcome.Rejected, "매트릭스 확인용 결과"))],
            [Permission.AssignCases] = [("CaseAssignmentService.AssignAsync", s => s.Get<CaseAssignmentService>().AssignAsync("K00000000-000000", "no-such-user", "업무 분담 조정"))],
            [Permission.ViewCaseBreaches] = [("CaseBreachQueries.ReportAsync", s => s.Get<CaseBreachQueries>().ReportAsync(new DateOnly(2026, 11, 19), new DateOnly(2026, 11, 19)))],
            [Permission.HandleTopUps] = [("TopUpService.MoveDeadlineAsync", s => s.Get<TopUpService>().MoveDeadlineAsync("T00000000-000000", new DateOnly(2026, 11, 27), "매트릭스 확인", "matrix-deadline")),
                ("TopUpService.RecordEvidenceAsync", s => s.Get<TopUpService>().RecordEvidenceAsync("T00000000-000000", EvidenceDocumentKind.TaxInvoice, null, "matrix-evidence"))],
            [Permission.CancelTopUpForFraud] = [("TopUpService.CancelForFraudAsync", s => s.Get<TopUpService>().CancelForFraudAsync("T00000000-000000", "매트릭스 확인", "matrix-fraud"))],
            [Permission.ImportPayments] = [("PaymentImportService.ImportAsync", s => s.Get<PaymentImportService>().ImportAsync(PaymentImportKind.GatewaySettlement, "matrix.csv", [])),
                ("PaymentImportService.ListAsync", s => s.Get<PaymentImportService>().ListAsync(0, 10))],
            [Permission.ForfeitPoints] = [("PointService.ForfeitAsync", s => s.Get<PointService>().ForfeitAsync(new ForfeitPointsCommand(-1, PointForfeitCause.UnsoundUse, [], "권한 매트릭스 확인", "matrix-forfeit")))],
            [Permission.RecordDonationObjection] = [("PrescriptionService.RecordObjectionAsync", s => s.Get<PrescriptionService>().RecordObjectionAsync(-1, "매트릭스 확인용 이의", "matrix-objection"))],
            [Permission.ManagePrescription] = [("PrescriptionService.RunAsync", s => s.Get<PrescriptionService>().RunAsync()),
                ("PrescriptionService.ProposeAsync", s => s.Get<PrescriptionService>().ProposeAsync([-1], "matrix-propose"))],
            [Permission.ApproveDonation] = [("PrescriptionService.DecideAsync", s => s.Get<PrescriptionService>().DecideAsync("G00000000-000000", true, null))],
        };

    /// <summary>Who may do what, as reviewed (issue 10): A = Agent, S = Supervisor, F = Finance, C = Compliance, D = Admin.</summary>
    public static readonly IReadOnlyDictionary<Permission, string> Reviewed = new Dictionary<Permission, string>
    {
        [Permission.ViewMembers] = "ASFCD",
        [Permission.UnmaskPersonalData] = "AS-CD",
        [Permission.ViewPrograms] = "ASFCD",
        [Permission.ViewCalendar] = "ASFCD",
        [Permission.ManageHolidays] = "----D",
        [Permission.ReportLostCard] = "AS--D",
        [Permission.ReissueCard] = "AS--D",
        [Permission.ApproveFeeWaiver] = "-S--D",
        [Permission.HandleCardIntake] = "AS--D",
        [Permission.FileRefund] = "AS---",
        [Permission.ViewRefundQueue] = "-SFCD",
        [Permission.ApproveRefund] = "--F--",
        [Permission.ApproveLargeRefund] = "-S---",
        [Permission.RejectRefund] = "-SF--",
        [Permission.ManagePayouts] = "--F--",
        [Permission.CheckLedger] = "--FCD",
        [Permission.ViewAudit] = "---CD",
        [Permission.ManageStaff] = "----D",
        [Permission.ManageJobs] = "----D",
        [Permission.ApproveStaffChange] = "----D",
        [Permission.ManagePrograms] = "----D",
        [Permission.SuspendMember] = "-S---",
        [Permission.IssueDocuments] = "ASFC-",
        [Permission.VerifyDocuments] = "ASFCD",
        [Permission.ViewOwnFiles] = "ASFCD",
        [Permission.ViewCases] = "ASFCD",
        [Permission.HandleCases] = "AS---",
        [Permission.AssignCases] = "-S---",
        [Permission.ApproveCaseAdjustment] = "-SF--",
        [Permission.ViewCaseBreaches] = "-S-C-",
        [Permission.ManageOutages] = "----D",
        [Permission.HandleShipments] = "AS---",
        [Permission.ManageMailing] = "-S--D",
        [Permission.HandleTopUps] = "AS---",
        [Permission.CancelTopUpForFraud] = "-S---",
        [Permission.ImportPayments] = "--F--",
        [Permission.ForfeitPoints] = "-S---",
        [Permission.RecordDonationObjection] = "AS---",
        [Permission.ManagePrescription] = "--F--",
        [Permission.ApproveDonation] = "-SF--",
        [Permission.ProduceDeductionWorkbook] = "---C-",
        [Permission.ViewReconciliation] = "--FC-",
    };

    private static readonly string[] RoleColumns = [StaffRoles.Agent, StaffRoles.Supervisor, StaffRoles.Finance, StaffRoles.Compliance, StaffRoles.Admin];

    private static bool ReviewedAllows(Permission permission, string role) =>
        Reviewed.TryGetValue(permission, out var row) && row[Array.IndexOf(RoleColumns, role)] != '-';

    [Fact]
    public void The_permission_table_is_the_reviewed_matrix()
    {
        Assert.Equal(RoleColumns.Order(), StaffRoles.All.Order());
        foreach (var grant in PermissionTable.All)
        {
            Assert.True(Reviewed.ContainsKey(grant.Permission), $"{grant.Permission} is not in the reviewed matrix");
            foreach (var role in StaffRoles.All)
                Assert.True(grant.Roles.Contains(role) == ReviewedAllows(grant.Permission, role),
                    $"{grant.Permission} × {role}: the table says {(grant.Roles.Contains(role) ? "allowed" : "refused")}, the reviewed matrix the opposite");
        }
    }

    /// <summary>Every (permission, command, role) cell; a permission without a command yields a cell that fails.</summary>
    public static TheoryData<Permission, string, string> Cells()
    {
        var data = new TheoryData<Permission, string, string>();
        foreach (var grant in PermissionTable.All)
        {
            var names = Commands.TryGetValue(grant.Permission, out var commands) ? commands.Select(c => c.Name) : [Unmapped];
            foreach (var name in names)
                foreach (var role in StaffRoles.All)
                    data.Add(grant.Permission, name, role);
        }
        return data;
    }

    private const string Unmapped = "(no command mapped)";

    [Fact]
    public void Every_permission_in_the_table_has_a_command()
    {
        var missing = Enum.GetValues<Permission>().Where(p => !Commands.ContainsKey(p)).ToList();
        Assert.True(missing.Count == 0, $"map a service command for: {string.Join(", ", missing)}");
        Assert.Equal(Enum.GetValues<Permission>().Order(), PermissionTable.All.Select(g => g.Permission).Order());
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task Each_role_is_allowed_or_refused_as_the_table_says(Permission permission, string command, string role)
    {
        Assert.True(command != Unmapped, $"{permission} has no command in the matrix: add one to {nameof(Commands)}");
        var run = Commands[permission].Single(c => c.Name == command).Run;
        await using var session = fixture.H.SessionAs(TestActor.Make($"matrix-{role}", "매트릭스", role));
        Assert.True(Reviewed.ContainsKey(permission), $"{permission} is not in the reviewed matrix: add its row to {nameof(Reviewed)}");
        var allowed = ReviewedAllows(permission, role);
        var denial = $"'{permission.Label()}' 권한이 없습니다";

        Exception? thrown = null;
        try
        {
            await run(session);
        }
        catch (Exception e)
        {
            thrown = e;
        }

        if (allowed)
        {
            Assert.False(thrown is ForbiddenException f && f.Message.StartsWith(denial, StringComparison.Ordinal),
                $"{role} holds {permission} in the reviewed matrix but {command} refused it: {thrown?.Message}");
            Assert.True(thrown is null or CommandRefusedException, $"{command} as {role} failed unexpectedly: {thrown}");
        }
        else
        {
            Assert.True(thrown is ForbiddenException, $"{role} does not hold {permission} in the reviewed matrix but {command} let it through: {thrown?.Message ?? "no refusal"}");
            var forbidden = (ForbiddenException)thrown!;
            Assert.StartsWith(denial, forbidden.Message);
        }
    }
}
