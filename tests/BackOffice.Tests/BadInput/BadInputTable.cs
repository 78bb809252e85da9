namespace BackOffice.Tests.BadInput;

/// <summary>One row: the command (service.method), the bad input in words, what to run, and words the Korean refusal must contain.</summary>
public sealed record BadInputRow(string Command, string Input, Func<BadInputWorld, Task> Act, string? Expect = null, Actor? Actor = null, bool Repeat = false);

/// <summary>
/// The bad inputs (issue 16 item 7): negative, zero and huge amounts (long.MaxValue, long.MinValue, 10^15), 5,000-character
/// and emoji texts, SQL and script text where a structured value is expected, undefined enum values, unknown ids, and
/// double submits (a key that already ran), for every command that takes them.
/// </summary>
public static class BadInputTable
{
    public static readonly string Long = new('가', 5_000);
    public static readonly string Emoji = string.Concat(Enumerable.Repeat("😀", 2_500)); // 5,000 UTF-16 units
    public const string Sql = "'; DROP TABLE \"Members\"; --";
    public const string Script = "<script>alert(1)</script>";
    public const long Quadrillion = 1_000_000_000_000_000;

    public static bool HasHangul(string text) => text.Any(c => c is >= '\uAC00' and <= '\uD7A3');

    public static BadInputRow Find(string command, string input) =>
        Rows.Single(r => r.Command == command && r.Input == input);

    private static string NewKey() => Guid.NewGuid().ToString("N");

    public static readonly IReadOnlyList<BadInputRow> Rows = Build();

    private static List<BadInputRow> Build()
    {
        var rows = new List<BadInputRow>();
        void Add(string command, string input, Func<BadInputWorld, Task> act, string? expect = null, Actor? actor = null, bool repeat = false) =>
            rows.Add(new BadInputRow(command, input, act, expect, actor, repeat));

        // Amounts: the shapes every amount gets.
        (string Name, long Value)[] amounts = [("0", 0), ("-1", -1), ("long.MinValue", long.MinValue), ("long.MaxValue", long.MaxValue), ("10^15", Quadrillion)];
        (string Name, string Value)[] texts = [("5,000 characters", Long), ("5,000 units of emoji", Emoji)];

        // ---- Lost cards (LostCardService.ReportAsync)
        const string lost = "LostCardService.ReportAsync";
        Add(lost, "undefined LossKind 99", w => w.Get<LostCardService>().ReportAsync(new LostCardCommand(w.Card.CardId, (LossKind)99, ReportChannel.Phone, "", NewKey())));
        Add(lost, "undefined ReportChannel -1", w => w.Get<LostCardService>().ReportAsync(new LostCardCommand(w.Card.CardId, LossKind.Lost, (ReportChannel)(-1), "", NewKey())));
        foreach (var (name, value) in texts)
            Add(lost, "notes of " + name, w => w.Get<LostCardService>().ReportAsync(new LostCardCommand(w.Card.CardId, LossKind.Lost, ReportChannel.Phone, value, NewKey())));
        Add(lost, "card id long.MaxValue", w => w.Get<LostCardService>().ReportAsync(new LostCardCommand(long.MaxValue, LossKind.Lost, ReportChannel.Phone, "", NewKey())));
        Add(lost, "key of 5,000 characters", w => w.Get<LostCardService>().ReportAsync(new LostCardCommand(w.Card.CardId, LossKind.Lost, ReportChannel.Phone, "", Long)), "요청 키");
        Add(lost, "double submit (the key of the first report)", w => w.Get<LostCardService>().ReportAsync(new LostCardCommand(w.LostCard.CardId, LossKind.Lost, ReportChannel.Phone, "", BadInputWorld.LostKey)), repeat: true);

        // ---- Reissue (ReissueService.RequestAsync)
        const string reissue = "ReissueService.RequestAsync";
        Add(reissue, "undefined ReissueReason 99", w => w.Get<ReissueService>().RequestAsync(new ReissueCommand(w.Card.CardId, (ReissueReason)99, w.DesignId, false, null, NewKey())));
        Add(reissue, "design id -1", w => w.Get<ReissueService>().RequestAsync(new ReissueCommand(w.Card.CardId, ReissueReason.Broken, -1, false, null, NewKey())));
        foreach (var (name, value) in texts)
            Add(reissue, "waiver reason of " + name, w => w.Get<ReissueService>().RequestAsync(new ReissueCommand(w.Card.CardId, ReissueReason.Broken, w.DesignId, true, value, NewKey())));

        // ---- Refunds (RefundService.FileAsync, RefundApprovalService, PayoutService)
        const string file = "RefundService.FileAsync";
        Add(file, "undefined RefundKind 99", w => w.Get<RefundService>().FileAsync(new FileRefundCommand(new RefundTarget(w.Card.MemberId, w.Card.CardId, (RefundKind)99, null), "메모", NewKey())));
        Add(file, "undefined RefundChannel 99", w => w.Get<RefundService>().FileAsync(new FileRefundCommand(new RefundTarget(w.Card.MemberId, w.Card.CardId, RefundKind.BalanceRefund, null, (RefundChannel)99), "메모", NewKey())));
        foreach (var (name, value) in texts)
            Add(file, "note of " + name, w => w.Get<RefundService>().FileAsync(new FileRefundCommand(new RefundTarget(w.Card.MemberId, w.Card.CardId, RefundKind.BalanceRefund, null), value, NewKey())));
        Add(file, "charge cancel of charge entry -1", w => w.Get<RefundService>().FileAsync(new FileRefundCommand(new RefundTarget(w.Card.MemberId, w.Card.CardId, RefundKind.ChargeCancel, -1), "메모", NewKey())));
        Add(file, "charge cancel of charge entry long.MaxValue", w => w.Get<RefundService>().FileAsync(new FileRefundCommand(new RefundTarget(w.Card.MemberId, w.Card.CardId, RefundKind.ChargeCancel, long.MaxValue), "메모", NewKey())));
        Add(file, "another member's card", w => w.Get<RefundService>().FileAsync(new FileRefundCommand(new RefundTarget(w.RefundCard.MemberId, w.Card.CardId, RefundKind.BalanceRefund, null), "메모", NewKey())));
        Add(file, "member id -1", w => w.Get<RefundService>().FileAsync(new FileRefundCommand(new RefundTarget(-1, w.Card.CardId, RefundKind.BalanceRefund, null), "메모", NewKey())));
        Add(file, "empty key", w => w.Get<RefundService>().FileAsync(new FileRefundCommand(new RefundTarget(w.Card.MemberId, w.Card.CardId, RefundKind.BalanceRefund, null), "메모", "")), "요청 키");
        Add(file, "key of 5,000 characters", w => w.Get<RefundService>().FileAsync(new FileRefundCommand(new RefundTarget(w.Card.MemberId, w.Card.CardId, RefundKind.BalanceRefund, null), "메모", Long)), "요청 키");
        Add(file, "double submit (the key of the filed refund)", w => w.Get<RefundService>().FileAsync(new FileRefundCommand(new RefundTarget(w.RefundCard.MemberId, w.RefundCard.CardId, RefundKind.BalanceRefund, null), "잔액 환불 신청", BadInputWorld.RefundKey)), repeat: true);

        const string approve = "RefundApprovalService.ApproveAsync";
        Add(approve, "undefined ApprovalStep 99", w => w.Get<RefundApprovalService>().ApproveAsync(w.RefundId, (ApprovalStep)99));
        Add(approve, "refund id -1", w => w.Get<RefundApprovalService>().ApproveAsync(-1, ApprovalStep.Finance));
        const string reject = "RefundApprovalService.RejectAsync";
        foreach (var (name, value) in texts)
            Add(reject, "reason of " + name, w => w.Get<RefundApprovalService>().RejectAsync(w.RefundId, value));
        Add(reject, "empty reason", w => w.Get<RefundApprovalService>().RejectAsync(w.RefundId, ""));
        Add(reject, "null reason", w => w.Get<RefundApprovalService>().RejectAsync(w.RefundId, null!));
        Add("PayoutService.MarkFailedAsync", "reason of 5,000 characters", w => w.Get<PayoutService>().MarkFailedAsync(w.RefundId, Long));
        Add("PayoutService.CloseFollowUpAsync", "refund id -1", w => w.Get<PayoutService>().CloseFollowUpAsync(-1, "후속 조치 완료"));
        Add("PayoutService.CloseFollowUpAsync", "note of 5,000 characters", w => w.Get<PayoutService>().CloseFollowUpAsync(w.RefundId, Long));
        Add("PayoutService.TransferFileAsync", "batch number of SQL text", w => w.Get<PayoutService>().TransferFileAsync(Sql));

        // ---- Case adjustments (CaseAdjustmentService)
        const string propose = "CaseAdjustmentService.ProposeAsync";
        // A negative adjustment takes from the member (signed by design): -1 is a valid amount here, -10^15 is not.
        foreach (var (name, value) in amounts.Where(a => a.Value != -1).Append(("-10^15", -Quadrillion)))
            Add(propose, "amount " + name, w => w.Get<CaseAdjustmentService>().ProposeAsync(new ProposeAdjustmentCommand(w.OpenCaseNo, AccountKind.CardBalance, w.Card.CardId, value, "이중 결제 정정 (가맹점 확인)", NewKey())));
        Add(propose, "undefined AccountKind 99", w => w.Get<CaseAdjustmentService>().ProposeAsync(new ProposeAdjustmentCommand(w.OpenCaseNo, (AccountKind)99, null, 1_000, "이중 결제 정정 (가맹점 확인)", NewKey())));
        Add(propose, "an operator account (FundingClearing)", w => w.Get<CaseAdjustmentService>().ProposeAsync(new ProposeAdjustmentCommand(w.OpenCaseNo, AccountKind.FundingClearing, null, 1_000, "이중 결제 정정 (가맹점 확인)", NewKey())));
        Add(propose, "card id -1", w => w.Get<CaseAdjustmentService>().ProposeAsync(new ProposeAdjustmentCommand(w.OpenCaseNo, AccountKind.CardBalance, -1, 1_000, "이중 결제 정정 (가맹점 확인)", NewKey())));
        Add(propose, "case number of SQL text", w => w.Get<CaseAdjustmentService>().ProposeAsync(new ProposeAdjustmentCommand(Sql, AccountKind.CardBalance, w.Card.CardId, 1_000, "이중 결제 정정 (가맹점 확인)", NewKey())));
        foreach (var (name, value) in texts)
            Add(propose, "reason of " + name, w => w.Get<CaseAdjustmentService>().ProposeAsync(new ProposeAdjustmentCommand(w.OpenCaseNo, AccountKind.CardBalance, w.Card.CardId, 1_000, value, NewKey())));
        Add(propose, "double submit (the key of the proposed adjustment)", w => w.Get<CaseAdjustmentService>().ProposeAsync(new ProposeAdjustmentCommand(w.PendingCaseNo, AccountKind.CardBalance, w.Card.CardId, 1_000, "이중 결제 정정 (가맹점 확인)", BadInputWorld.AdjustmentKey)), repeat: true);
        const string refuse = "CaseAdjustmentService.RefuseAsync";
        foreach (var (name, value) in texts)
            Add(refuse, "reason of " + name, w => w.Get<CaseAdjustmentService>().RefuseAsync(w.AdjustmentId, value), actor: TestActor.Supervisor);
        Add(refuse, "adjustment id -1", w => w.Get<CaseAdjustmentService>().RefuseAsync(-1, "가맹점 확인 결과 정상 결제"), actor: TestActor.Supervisor);
        Add("CaseAdjustmentService.ApproveAsync", "adjustment id -1", w => w.Get<CaseAdjustmentService>().ApproveAsync(-1));

        // ---- Cases (CaseService)
        const string openCase = "CaseService.OpenAsync";
        OpenCaseCommand Case(BadInputWorld w) => new(w.Card.MemberId, CaseType.Complaint, CaseChannel.Phone, w.H.Clock.GetUtcNow().AddHours(-1), "민원", "회원 요청", [w.Card.CardId], [], NewKey());
        Add(openCase, "undefined CaseType 99", w => w.Get<CaseService>().OpenAsync(Case(w) with { Type = (CaseType)99 }));
        Add(openCase, "undefined CaseChannel 99", w => w.Get<CaseService>().OpenAsync(Case(w) with { Channel = (CaseChannel)99 }));
        foreach (var (name, value) in texts)
        {
            Add(openCase, "subject of " + name, w => w.Get<CaseService>().OpenAsync(Case(w) with { Subject = value }));
            Add(openCase, "description of " + name, w => w.Get<CaseService>().OpenAsync(Case(w) with { Description = value }));
        }
        Add(openCase, "received a year in the future", w => w.Get<CaseService>().OpenAsync(Case(w) with { ReceivedAt = w.H.Clock.GetUtcNow().AddYears(1) }));
        Add(openCase, "received at DateTimeOffset.MinValue", w => w.Get<CaseService>().OpenAsync(Case(w) with { ReceivedAt = DateTimeOffset.MinValue }));
        Add(openCase, "card id -1", w => w.Get<CaseService>().OpenAsync(Case(w) with { CardIds = [-1] }));
        Add(openCase, "journal entry id -1", w => w.Get<CaseService>().OpenAsync(Case(w) with { JournalEntryIds = [-1] }));
        Add(openCase, "member id -1", w => w.Get<CaseService>().OpenAsync(Case(w) with { MemberId = -1 }));
        Add(openCase, "double submit (the key of the open case)", w => w.Get<CaseService>().OpenAsync(new OpenCaseCommand(w.Card.MemberId, CaseType.ErrorCorrection, CaseChannel.Phone,
            w.H.Clock.GetUtcNow().AddHours(-1), "오류 정정 테스트", "회원 요청", [w.Card.CardId], [], BadInputWorld.CaseKey)), repeat: true);
        foreach (var (name, value) in texts)
        {
            Add("CaseService.AddNoteAsync", "text of " + name, w => w.Get<CaseService>().AddNoteAsync(w.OpenCaseId, value));
            Add("CaseService.PauseAsync", "reason of " + name, w => w.Get<CaseService>().PauseAsync(w.ComplaintCaseId, value));
            Add("CaseService.SendDelayNoticeAsync", "reason of " + name, w => w.Get<CaseService>().SendDelayNoticeAsync(w.OpenCaseId, value, null));
            Add("CaseService.CloseAsync", "resolution of " + name, w => w.Get<CaseService>().CloseAsync(w.OpenCaseId, CaseOutcome.Upheld, value));
        }
        Add("CaseService.AddNoteAsync", "empty text", w => w.Get<CaseService>().AddNoteAsync(w.OpenCaseId, " "));
        Add("CaseService.AddNoteAsync", "case id -1", w => w.Get<CaseService>().AddNoteAsync(-1, "메모"));
        Add("CaseService.CloseAsync", "undefined CaseOutcome 99", w => w.Get<CaseService>().CloseAsync(w.OpenCaseId, (CaseOutcome)99, "처리 완료"));
        Add("CaseService.SendDelayNoticeAsync", "promised by DateOnly.MinValue", w => w.Get<CaseService>().SendDelayNoticeAsync(w.OpenCaseId, "가맹점 확인 지연", DateOnly.MinValue));
        Add("CaseService.AddAttachmentAsync", "file name of script text", w => w.Get<CaseService>().AddAttachmentAsync(w.OpenCaseId, Script, new MemoryStream([1, 2, 3])));
        Add("CaseService.AddAttachmentAsync", "file name of 5,000 characters", w => w.Get<CaseService>().AddAttachmentAsync(w.OpenCaseId, Long + ".pdf", new MemoryStream([1, 2, 3])));
        Add("CaseAssignmentService.AssignAsync", "assignee of SQL text", w => w.Get<CaseAssignmentService>().AssignAsync(w.OpenCaseNo, Sql, "담당자 변경"));
        Add("CaseAssignmentService.AssignAsync", "reason of 5,000 characters", w => w.Get<CaseAssignmentService>().AssignAsync(w.OpenCaseNo, "agent2-id", Long));
        Add("FraudClaimService.AssessAsync", "case number of SQL text", w => w.Get<FraudClaimService>().AssessAsync(new AssessFraudClaimCommand(Sql, [], [], null, NewKey())));
        Add("PaperStatementService.IssueAsync", "period from after to", w => w.Get<PaperStatementService>().IssueAsync(new IssuePaperStatementCommand(w.PaperCaseNo, new DateOnly(2026, 11, 1), new DateOnly(2026, 10, 1), null, NewKey())));
        Add("PaperStatementService.IssueAsync", "period of DateOnly.MinValue..MaxValue", w => w.Get<PaperStatementService>().IssueAsync(new IssuePaperStatementCommand(w.PaperCaseNo, DateOnly.MinValue, DateOnly.MaxValue, null, NewKey())));

        // ---- Credits (CreditService.UseAsync, TopUpService)
        const string creditUse = "CreditService.UseAsync";
        foreach (var (name, value) in amounts)
            Add(creditUse, "amount " + name, w => w.Get<CreditService>().UseAsync(w.CreditMemberId, value, "서비스 이용", NewKey()));
        Add(creditUse, "more than the member has", w => w.Get<CreditService>().UseAsync(w.CreditMemberId, 10_000_000, "서비스 이용", NewKey()));
        foreach (var (name, value) in texts)
            Add(creditUse, "reference of " + name, w => w.Get<CreditService>().UseAsync(w.CreditMemberId, 100, value, NewKey()));
        Add(creditUse, "member id -1", w => w.Get<CreditService>().UseAsync(-1, 100, "서비스 이용", NewKey()));
        Add(creditUse, "double submit (the key of the first use)", w => w.Get<CreditService>().UseAsync(w.CreditMemberId, 1_000, "테스트 사용", BadInputWorld.CreditUseKey), repeat: true);

        const string cardTopUp = "TopUpService.RequestCardAsync";
        const string vaTopUp = "TopUpService.OpenVirtualAccountAsync";
        foreach (var (name, value) in amounts)
        {
            Add(cardTopUp, "amount " + name, w => w.Get<TopUpService>().RequestCardAsync(w.CreditMemberId, value, "BC카드", NewKey()));
            Add(vaTopUp, "amount " + name, w => w.Get<TopUpService>().OpenVirtualAccountAsync(w.CreditMemberId, value, "신한은행", NewKey()));
        }
        foreach (var (name, value) in texts)
        {
            Add(cardTopUp, "card company of " + name, w => w.Get<TopUpService>().RequestCardAsync(w.CreditMemberId, 10_000, value, NewKey()));
            Add(vaTopUp, "bank of " + name, w => w.Get<TopUpService>().OpenVirtualAccountAsync(w.CreditMemberId, 10_000, value, NewKey()));
            Add("TopUpService.MoveDeadlineAsync", "reason of " + name, w => w.Get<TopUpService>().MoveDeadlineAsync(w.TopUpNo, w.H.Clock.GetUtcNow().ToKstDate().AddDays(5), value, NewKey()));
            Add("TopUpService.CancelForFraudAsync", "reason of " + name, w => w.Get<TopUpService>().CancelForFraudAsync(w.TopUpNo, value, NewKey()));
            Add("TopUpService.RecordEvidenceAsync", "note of " + name, w => w.Get<TopUpService>().RecordEvidenceAsync(w.TopUpNo, EvidenceDocumentKind.CashReceipt, value, NewKey()));
        }
        Add(vaTopUp, "double submit (the key of the open virtual account)", w => w.Get<TopUpService>().OpenVirtualAccountAsync(w.CreditMemberId, 10_000, "신한은행", BadInputWorld.TopUpKey), repeat: true);
        Add("TopUpService.MoveDeadlineAsync", "new last day DateOnly.MaxValue", w => w.Get<TopUpService>().MoveDeadlineAsync(w.TopUpNo, DateOnly.MaxValue, "회원 요청으로 연장", NewKey()));
        Add("TopUpService.MoveDeadlineAsync", "new last day DateOnly.MinValue", w => w.Get<TopUpService>().MoveDeadlineAsync(w.TopUpNo, DateOnly.MinValue, "회원 요청으로 연장", NewKey()));
        Add("TopUpService.MoveDeadlineAsync", "top-up number of SQL text", w => w.Get<TopUpService>().MoveDeadlineAsync(Sql, w.H.Clock.GetUtcNow().ToKstDate().AddDays(5), "회원 요청으로 연장", NewKey()));
        Add("TopUpService.RecordEvidenceAsync", "undefined EvidenceDocumentKind 99", w => w.Get<TopUpService>().RecordEvidenceAsync(w.TopUpNo, (EvidenceDocumentKind)99, "메모", NewKey()));
        Add("TopUpService.ApproveCardAsync", "top-up number of script text", w => w.Get<TopUpService>().ApproveCardAsync(Script, "12345678"));

        // ---- Points (PointService)
        foreach (var (name, value) in amounts)
        {
            Add("PointService.EarnAsync", "amount " + name, w => w.Get<PointService>().EarnAsync(w.CreditMemberId, value, w.H.Clock.GetUtcNow().AddDays(-1), "가맹점 적립", NewKey()));
            Add("PointService.UseAsync", "amount " + name, w => w.Get<PointService>().UseAsync(w.CreditMemberId, value, "가맹점 사용", NewKey()));
        }
        Add("PointService.UseAsync", "more than the member has", w => w.Get<PointService>().UseAsync(w.CreditMemberId, 10_000_000, "가맹점 사용", NewKey()));
        Add("PointService.EarnAsync", "earned a day in the future", w => w.Get<PointService>().EarnAsync(w.CreditMemberId, 100, w.H.Clock.GetUtcNow().AddDays(1), "가맹점 적립", NewKey()));
        Add("PointService.EarnAsync", "earned at DateTimeOffset.MinValue", w => w.Get<PointService>().EarnAsync(w.CreditMemberId, 100, DateTimeOffset.MinValue, "가맹점 적립", NewKey()));
        foreach (var (name, value) in texts)
        {
            Add("PointService.EarnAsync", "reference of " + name, w => w.Get<PointService>().EarnAsync(w.CreditMemberId, 100, w.H.Clock.GetUtcNow().AddDays(-1), value, NewKey()));
            Add("PointService.ForfeitAsync", "reason of " + name, w => w.Get<PointService>().ForfeitAsync(new ForfeitPointsCommand(w.CreditMemberId, PointForfeitCause.FraudulentIssue, [w.PointLotId], value, NewKey())));
        }
        Add("PointService.ForfeitAsync", "undefined PointForfeitCause 99", w => w.Get<PointService>().ForfeitAsync(new ForfeitPointsCommand(w.CreditMemberId, (PointForfeitCause)99, [w.PointLotId], "부정 적립 확인", NewKey())));
        Add("PointService.ForfeitAsync", "lot id -1", w => w.Get<PointService>().ForfeitAsync(new ForfeitPointsCommand(w.CreditMemberId, PointForfeitCause.FraudulentIssue, [-1], "부정 적립 확인", NewKey())));
        Add("PointService.EarnAsync", "double submit (the key of the first earning)", w => w.Get<PointService>().EarnAsync(w.CreditMemberId, 5_000, w.H.Clock.GetUtcNow().AddDays(-1), "테스트 적립", BadInputWorld.PointEarnKey), repeat: true);
        Add("PointService.UseAsync", "double submit (the key of the first use)", w => w.Get<PointService>().UseAsync(w.CreditMemberId, 500, "테스트 사용", BadInputWorld.PointUseKey), repeat: true);

        // ---- Member lifecycle (MemberLifecycleService)
        Add("MemberLifecycleService.WithdrawAsync", "undefined WithdrawalChoice 99", w => w.Get<MemberLifecycleService>().WithdrawAsync(new WithdrawCommand(w.Card.MemberId, (WithdrawalChoice)99, "동의함", ConsentChannel.Phone, "회원 요청", NewKey())));
        Add("MemberLifecycleService.WithdrawAsync", "reason of 5,000 characters", w => w.Get<MemberLifecycleService>().WithdrawAsync(new WithdrawCommand(w.Card.MemberId, WithdrawalChoice.ForfeitWithConsent, "동의함", ConsentChannel.Phone, Long, NewKey())));
        Add("MemberLifecycleService.WithdrawAsync", "consent text of 5,000 characters", w => w.Get<MemberLifecycleService>().WithdrawAsync(new WithdrawCommand(w.Card.MemberId, WithdrawalChoice.ForfeitWithConsent, Long, ConsentChannel.Phone, "회원 요청", NewKey())));
        Add("MemberLifecycleService.WithdrawAsync", "undefined ConsentChannel 99", w => w.Get<MemberLifecycleService>().WithdrawAsync(new WithdrawCommand(w.Card.MemberId, WithdrawalChoice.ForfeitWithConsent, "동의함", (ConsentChannel)99, "회원 요청", NewKey())));
        Add("MemberLifecycleService.SuspendAsync", "undefined SuspensionCause 99", w => w.Get<MemberLifecycleService>().SuspendAsync(new SuspendMemberCommand(w.Card.MemberId, (SuspensionCause)99, "부정 사용 의심", NewKey())));
        foreach (var (name, value) in texts)
        {
            Add("MemberLifecycleService.SuspendAsync", "reason of " + name, w => w.Get<MemberLifecycleService>().SuspendAsync(new SuspendMemberCommand(w.Card.MemberId, SuspensionCause.TermsViolation, value, NewKey())));
            Add("MemberLifecycleService.RecoverAsync", "notes of " + name, w => w.Get<MemberLifecycleService>().RecoverAsync(new RecoverCardCommand(w.LostCard.CardId, value, NewKey())));
        }
        Add("MemberLifecycleService.LiftAsync", "member id -1", w => w.Get<MemberLifecycleService>().LiftAsync(new LiftSuspensionCommand(-1, "정지 사유 해소", NewKey())));

        // ---- Delivery
        const string apply = "CardApplicationService.ApplyAsync";
        CardApplicationCommand Application(BadInputWorld w) => new(w.Card.MemberId, w.ProgramId, w.DesignId, "21000", "인천광역시 서구 봉오대로 1", "101동 101호", NewKey());
        Add(apply, "postcode of letters", w => w.Get<CardApplicationService>().ApplyAsync(Application(w) with { Postcode = "ABCDE" }));
        Add(apply, "postcode of SQL text", w => w.Get<CardApplicationService>().ApplyAsync(Application(w) with { Postcode = Sql }));
        Add(apply, "postcode of 6 digits", w => w.Get<CardApplicationService>().ApplyAsync(Application(w) with { Postcode = "123456" }));
        Add(apply, "postcode of emoji", w => w.Get<CardApplicationService>().ApplyAsync(Application(w) with { Postcode = "😀😀😀" }));
        foreach (var (name, value) in texts)
        {
            Add(apply, "road address of " + name, w => w.Get<CardApplicationService>().ApplyAsync(Application(w) with { RoadAddress = value }));
            Add(apply, "address detail of " + name, w => w.Get<CardApplicationService>().ApplyAsync(Application(w) with { AddressDetail = value }));
        }
        Add(apply, "design id -1", w => w.Get<CardApplicationService>().ApplyAsync(Application(w) with { DesignId = -1 }));
        Add(apply, "program id -1", w => w.Get<CardApplicationService>().ApplyAsync(Application(w) with { ProgramId = -1 }));
        Add("HappyCallService.RecordAttemptAsync", "undefined HappyCallOutcome 99", w => w.Get<HappyCallService>().RecordAttemptAsync(new HappyCallCommand(w.ShipmentId, (HappyCallOutcome)99, "통화", null)));
        Add("HappyCallService.RecordAttemptAsync", "shipment id -1", w => w.Get<HappyCallService>().RecordAttemptAsync(new HappyCallCommand(-1, HappyCallOutcome.Reached, "통화", null)));
        Add("ShipmentService.ConfirmDeliveryAsync", "shipment id -1", w => w.Get<ShipmentService>().ConfirmDeliveryAsync(-1, "수령 확인"));
        Add("ShipmentService.UnmaskAddressAsync", "reason of 5,000 characters", w => w.Get<ShipmentService>().UnmaskAddressAsync(w.ShipmentId, Long));
        Add("ShipmentService.UnmaskAddressAsync", "empty reason", w => w.Get<ShipmentService>().UnmaskAddressAsync(w.ShipmentId, ""));
        Add("ResendService.ResendAsync", "shipment id -1", w => w.Get<ResendService>().ResendAsync(new ResendCommand(-1, false, null, true, null, null, null, NewKey())));

        // ---- Personal data (PersonalDataService, DeductionRegistrationService)
        Add("PersonalDataService.UnmaskAsync", "reason of 5,000 characters", w => w.Get<PersonalDataService>().UnmaskAsync(w.Card.MemberId, PersonalField.Phone, Long));
        Add("PersonalDataService.UnmaskAsync", "reason of emoji only", w => w.Get<PersonalDataService>().UnmaskAsync(w.Card.MemberId, PersonalField.Phone, Emoji));
        Add("PersonalDataService.UnmaskAsync", "undefined PersonalField 99", w => w.Get<PersonalDataService>().UnmaskAsync(w.Card.MemberId, (PersonalField)99, "민원 처리 본인 확인"));
        Add("PersonalDataService.UnmaskAsync", "member id -1", w => w.Get<PersonalDataService>().UnmaskAsync(-1, PersonalField.Phone, "민원 처리 본인 확인"));
        const string deduction = "DeductionRegistrationService.RegisterAsync";
        (string Name, string Value)[] residentNumbers =
        [
            ("letters", "ABCDEF-GHIJKLM"), ("12 digits", "900101-123456"), ("14 digits", "900101-12345678"), ("SQL text", Sql),
            ("script text", Script), ("emoji", "😀😀😀😀😀😀-😀😀😀😀😀😀😀"), ("5,000 characters", Long), ("month 13", "901301-1234567"),
        ];
        foreach (var (name, value) in residentNumbers)
            Add(deduction, "resident number of " + name, w => w.Get<DeductionRegistrationService>().RegisterAsync(w.Card.MemberId, value, "연말정산 소득공제 등록"));
        Add(deduction, "reason of 5,000 characters", w => w.Get<DeductionRegistrationService>().RegisterAsync(w.Card.MemberId, "900101-1234568", Long));
        Add("DeductionService.StartAsync", "year 0", w => w.Get<DeductionService>().StartAsync(0, ProgramPresets.LocalCurrency, "연말정산 자료 작성"));
        Add("DeductionService.StartAsync", "year int.MaxValue", w => w.Get<DeductionService>().StartAsync(int.MaxValue, ProgramPresets.LocalCurrency, "연말정산 자료 작성"));
        Add("DeductionService.StartAsync", "program of SQL text", w => w.Get<DeductionService>().StartAsync(2025, Sql, "연말정산 자료 작성"));

        // ---- Prescription, outages, holidays, staff
        Add("PrescriptionService.RecordObjectionAsync", "item id -1", w => w.Get<PrescriptionService>().RecordObjectionAsync(-1, "회원 이의 제기", NewKey()));
        Add("PrescriptionService.ProposeAsync", "item id -1", w => w.Get<PrescriptionService>().ProposeAsync([-1], NewKey()));
        Add("PrescriptionService.DecideAsync", "batch number of SQL text", w => w.Get<PrescriptionService>().DecideAsync(Sql, true, "승인"));
        foreach (var (name, value) in texts)
        {
            Add("OutageService.AddAsync", "systems of " + name, w => w.Get<OutageService>().AddAsync(new OutageInput(w.H.Clock.GetUtcNow().AddHours(-3), w.H.Clock.GetUtcNow().AddHours(-2), value, "전산 장애", false)));
            Add("OutageService.AddAsync", "description of " + name, w => w.Get<OutageService>().AddAsync(new OutageInput(w.H.Clock.GetUtcNow().AddHours(-3), w.H.Clock.GetUtcNow().AddHours(-2), "카드 승인", value, false)));
            Add("HolidayService.AddAsync", "name of " + name, w => w.Get<HolidayService>().AddAsync(new DateOnly(2026, 12, 30), value, false));
        }
        Add("OutageService.AddAsync", "ends before it starts", w => w.Get<OutageService>().AddAsync(new OutageInput(w.H.Clock.GetUtcNow().AddHours(-2), w.H.Clock.GetUtcNow().AddHours(-3), "카드 승인", "전산 장애", false)));
        Add("HolidayService.AddAsync", "date DateOnly.MinValue", w => w.Get<HolidayService>().AddAsync(DateOnly.MinValue, "임시공휴일", false));
        Add("StaffService.CreateAsync", "display name of 5,000 characters", w => w.Get<StaffService>().CreateAsync(new NewStaff("badinput1", Long, "Correct-Horse-Battery-9", [StaffRoles.Agent])), actor: TestActor.Admin);
        Add("StaffService.CreateAsync", "user name of SQL text", w => w.Get<StaffService>().CreateAsync(new NewStaff(Sql, "오입력", "Correct-Horse-Battery-9", [StaffRoles.Agent])), actor: TestActor.Admin);
        Add("StaffService.CreateAsync", "user name of script text", w => w.Get<StaffService>().CreateAsync(new NewStaff(Script, "오입력", "Correct-Horse-Battery-9", [StaffRoles.Agent])), actor: TestActor.Admin);
        Add("StaffService.CreateAsync", "undefined role", w => w.Get<StaffService>().CreateAsync(new NewStaff("badinput2", "오입력", "Correct-Horse-Battery-9", ["Root"])), actor: TestActor.Admin);
        Add("StaffService.DisableAsync", "reason of 5,000 characters", w => w.Get<StaffService>().DisableAsync("agent2-id", Long), actor: TestActor.Admin);
        return rows;
    }
}
