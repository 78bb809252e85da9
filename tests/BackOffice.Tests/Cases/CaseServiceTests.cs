using System.Text;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Tests.Cases;

/// <summary>
/// Opening and working cases through the real <see cref="CaseService"/> on a real database (issue 13 items 1 and 4):
/// idempotent opening with the receipt notice, refusals in Korean, the pause only where the rule allows one, resume
/// recomputing the due date, identity confirmation starting the 캐시비 clock, the delay and result notices in the outbox
/// and the history, and the close rules. The harness clock starts Fri 2026-11-20 10:00 KST.
/// </summary>
public class CaseServiceTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    private static async Task<(long MemberId, long CardId)> CardOfAsync(Harness h, string programCode)
    {
        await using var db = await h.DbAsync();
        var card = await db.Cards.Where(c => c.Program!.Code == programCode && c.MemberId != null).OrderBy(c => c.Id)
            .Select(c => new { c.Id, c.MemberId }).FirstAsync();
        return (card.MemberId!.Value, card.Id);
    }

    private static OpenCaseCommand Dispute(long memberId, long cardId, DateTimeOffset receivedAt, string key = "open-1", string subject = "이중 결제 이의 제기") =>
        new(memberId, CaseType.Dispute, CaseChannel.Phone, receivedAt, subject, "버스 요금이 두 번 빠져나갔다고 함", [cardId], [], key);

    private static async Task<ServiceCase> CaseAsync(Harness h, string number)
    {
        await using var db = await h.DbAsync();
        return await db.Cases.AsNoTracking().SingleAsync(c => c.Number == number);
    }

    private static async Task<List<string>> HistoryAsync(Harness h, long caseId)
    {
        await using var db = await h.DbAsync();
        return await db.CaseEvents.Where(e => e.CaseId == caseId).OrderBy(e => e.Id).Select(e => e.Kind).ToListAsync();
    }

    private static async Task<List<NoticeMessage>> NoticesAsync(Harness h, string templateKey)
    {
        await using var db = await h.DbAsync();
        return await db.Set<NoticeMessage>().AsNoTracking().Where(m => m.TemplateKey == templateKey).ToListAsync();
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Opening_twice_with_one_key_opens_one_case_and_sends_one_receipt_notice(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 20);
        var (memberId, cardId) = await CardOfAsync(h, ProgramPresets.Hanaro);
        var cases = h.Get<CaseService>();

        var first = await cases.OpenAsync(Dispute(memberId, cardId, h.Clock.GetUtcNow().AddHours(-1)));
        var again = await cases.OpenAsync(Dispute(memberId, cardId, h.Clock.GetUtcNow().AddHours(-1)));

        Assert.Equal(first.Number, again.Number);
        // 접수 Fri 11-20 + 15일 = Sat 12-05 → next business day Mon 12-07 (003 하나로 제23조②, 민법 제157조·제161조).
        Assert.Equal(new DateOnly(2026, 12, 7), first.DueOn);
        Assert.Contains("다음 영업일 2026-12-07", first.DueDerivation, StringComparison.Ordinal);
        Assert.Contains("003 하나로 제23조②", first.DueDerivation, StringComparison.Ordinal);
        await using var db = await h.DbAsync();
        Assert.Equal(1, await db.Cases.CountAsync());
        var receipts = await NoticesAsync(h, CaseNotices.ReceiptKey);
        Assert.NotEmpty(receipts);
        Assert.All(receipts, m => Assert.Contains(first.Number, m.Body, StringComparison.Ordinal));
        var @case = await CaseAsync(h, first.Number);
        Assert.NotNull(@case.ReceiptNoticeAt);
        Assert.Equal(["opened", "notice.receipt"], await HistoryAsync(h, @case.Id));
        var receiptLine = await db.CaseEvents.SingleAsync(e => e.CaseId == @case.Id && e.Kind == "notice.receipt");
        Assert.Contains($"#{receipts[0].Id}", receiptLine.Text, StringComparison.Ordinal);
        Assert.Equal(1, await db.AuditRecords.CountAsync(a => a.Action == "case.open" && a.EntityId == first.Number && a.MemberId == memberId));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Bad_input_is_refused_in_Korean_and_nothing_is_written(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 20);
        var (memberId, cardId) = await CardOfAsync(h, ProgramPresets.Hanaro);
        long otherCard;
        await using (var db = await h.DbAsync())
            otherCard = await db.Cards.Where(c => c.MemberId != null && c.MemberId != memberId).Select(c => c.Id).FirstAsync();
        var cases = h.Get<CaseService>();
        var now = h.Clock.GetUtcNow();

        var refusals = new (OpenCaseCommand Command, string Message)[]
        {
            (Dispute(memberId, cardId, now, "k1", subject: "  "), "제목을 입력하세요."),
            (Dispute(memberId, cardId, now, "k2", subject: new string('가', CaseService.MaxSubject + 1)), "제목은 200자 이하로 입력하세요."),
            (Dispute(memberId, cardId, now.AddMinutes(5), "k3"), "접수 시각은 지금보다 늦을 수 없습니다."),
            (Dispute(memberId, otherCard, now, "k4"), "이 회원의 카드만 연결할 수 있습니다."),
        };
        foreach (var (command, message) in refusals)
            Assert.Equal(message, (await Assert.ThrowsAsync<BusinessRuleException>(() => cases.OpenAsync(command))).Message);

        h.Actor.Current = TestActor.Finance; // may view, may not handle
        await Assert.ThrowsAsync<ForbiddenException>(() => cases.OpenAsync(Dispute(memberId, cardId, now, "k5")));
        await using var check = await h.DbAsync();
        Assert.Equal(0, await check.Cases.CountAsync());
        Assert.Empty(await NoticesAsync(h, CaseNotices.ReceiptKey));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_pause_is_refused_where_the_rule_allows_none_and_resuming_recomputes_the_due_date(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 20);
        var (memberId, cardId) = await CardOfAsync(h, ProgramPresets.Hanaro);
        var cases = h.Get<CaseService>();
        var error = await cases.OpenAsync(new OpenCaseCommand(memberId, CaseType.ErrorCorrection, CaseChannel.Mail, h.Clock.GetUtcNow(),
            "충전 금액 오류", "", [cardId], [], "error"));
        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() => cases.PauseAsync(error.Id, "회원 서류 대기"));
        Assert.Contains("003 하나로 제17조①", refused.Message, StringComparison.Ordinal); // 오류 정정 2주: no pause in the clause

        var dispute = await cases.OpenAsync(Dispute(memberId, cardId, h.Clock.GetUtcNow()));
        Assert.Equal("정지 사유(기다리는 자료)를 5자 이상 입력하세요.",
            (await Assert.ThrowsAsync<BusinessRuleException>(() => cases.PauseAsync(dispute.Id, "서류"))).Message);
        h.Clock.Advance(TimeSpan.FromDays(3)); // Mon 11-23
        await cases.PauseAsync(dispute.Id, "회원의 이용 내역 캡처 대기");
        Assert.Equal(CaseStatus.Paused, (await CaseAsync(h, dispute.Number)).Status);
        await Assert.ThrowsAsync<BusinessRuleException>(() => cases.PauseAsync(dispute.Id, "다시 정지해 봄"));

        h.Clock.Advance(TimeSpan.FromDays(3)); // Thu 11-26: 11-23, 11-24, 11-25 paused
        var due = await cases.ResumeAsync(dispute.Id);

        // 접수 11-20, 15 days counted from 11-21 without the three paused days: 12-08 (Tue) (민법 제157조; 003 하나로 제23조②).
        Assert.Equal(new DateOnly(2026, 12, 8), due.DueOn);
        var resumed = await CaseAsync(h, dispute.Number);
        Assert.Equal((CaseStatus.Open, new DateOnly(2026, 12, 8), 3), (resumed.Status, resumed.DueOn, resumed.PausedDays));
        Assert.Contains("자료 대기 정지 3일 제외", resumed.DueDerivation, StringComparison.Ordinal);
        Assert.Equal(["opened", "notice.receipt", "paused", "resumed"], await HistoryAsync(h, resumed.Id));
        await using var db = await h.DbAsync();
        var pause = await db.CasePauses.SingleAsync(p => p.CaseId == resumed.Id);
        Assert.Equal((new DateOnly(2026, 11, 23), (DateOnly?)new DateOnly(2026, 11, 26), "김상담"), (pause.From, pause.Until, pause.ResumedByName));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_cashbee_statement_clock_starts_at_identity_confirmation(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 20);
        var (memberId, cardId) = await CardOfAsync(h, ProgramPresets.Cashbee);
        var cases = h.Get<CaseService>();
        var opened = await cases.OpenAsync(new OpenCaseCommand(memberId, CaseType.PaperStatement, CaseChannel.Mail, h.Clock.GetUtcNow(),
            "거래내역 서면 교부 요청", "", [cardId], [], "statement"));
        Assert.Null(opened.DueOn);
        // Case page: no delay is owed while the clock has not started.
        Assert.Equal("본인 확인 전이라 기한이 시작되지 않았습니다. 지연 안내는 기한이 있을 때 보냅니다.",
            (await Assert.ThrowsAsync<BusinessRuleException>(() => cases.SendDelayNoticeAsync(opened.Id, "자료 확인 중입니다", new DateOnly(2026, 12, 30)))).Message);

        h.Clock.Advance(TimeSpan.FromDays(4)); // Tue 11-24 10:00 KST
        var due = await cases.ConfirmIdentityAsync(opened.Id, h.Clock.GetUtcNow());
        // 본인 확인 11-24 + 10일 = 12-04 (Fri) (003 캐시비 제13조②, 민법 제157조).
        Assert.Equal(new DateOnly(2026, 12, 4), due.DueOn);
        Assert.StartsWith("본인 확인 2026-11-24", due.Derivation, StringComparison.Ordinal);
        await Assert.ThrowsAsync<BusinessRuleException>(() => cases.ConfirmIdentityAsync(opened.Id, h.Clock.GetUtcNow()));
        var dispute = await cases.OpenAsync(Dispute(memberId, cardId, h.Clock.GetUtcNow(), "d"));
        Assert.Contains("접수일부터", (await Assert.ThrowsAsync<BusinessRuleException>(() => cases.ConfirmIdentityAsync(dispute.Id, h.Clock.GetUtcNow()))).Message,
            StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_delay_notice_needs_a_reason_and_a_later_schedule_and_goes_to_the_outbox(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 20);
        var (memberId, cardId) = await CardOfAsync(h, ProgramPresets.Hanaro);
        var cases = h.Get<CaseService>();
        var opened = await cases.OpenAsync(Dispute(memberId, cardId, h.Clock.GetUtcNow())); // due Mon 12-07

        var refusals = new (string Reason, DateOnly? Promised, string Message)[]
        {
            ("조사", new DateOnly(2026, 12, 20), "지연 사유를 5자 이상 입력하세요."),
            ("가맹점 회신 대기 중", null, "새 처리 일정(처리 예정일)을 입력하세요."),
            ("가맹점 회신 대기 중", new DateOnly(2026, 11, 20), "처리 예정일은 오늘 이후여야 합니다."),
            ("가맹점 회신 대기 중", new DateOnly(2026, 12, 7), "처리 예정일이 기한(2026-12-07) 안입니다. 기한 안에 처리할 수 있으면 지연 안내가 필요 없습니다."),
        };
        foreach (var (reason, promised, message) in refusals)
            Assert.Equal(message, (await Assert.ThrowsAsync<BusinessRuleException>(() => cases.SendDelayNoticeAsync(opened.Id, reason, promised))).Message);
        Assert.Empty(await NoticesAsync(h, CaseNotices.DelayKey));

        await cases.SendDelayNoticeAsync(opened.Id, "가맹점 회신 대기 중", new DateOnly(2026, 12, 18));

        var @case = await CaseAsync(h, opened.Number);
        Assert.Equal(("가맹점 회신 대기 중", (DateOnly?)new DateOnly(2026, 12, 18)), (@case.DelayReason, @case.PromisedBy));
        Assert.NotNull(@case.DelayNoticeAt);
        var delays = await NoticesAsync(h, CaseNotices.DelayKey);
        Assert.NotEmpty(delays);
        Assert.All(delays, m => Assert.Contains("2026-12-18", m.Body, StringComparison.Ordinal));
        Assert.All(delays, m => Assert.Contains("가맹점 회신 대기 중", m.Body, StringComparison.Ordinal));
        Assert.Equal(["opened", "notice.receipt", "notice.delay"], await HistoryAsync(h, @case.Id));
        await using var db = await h.DbAsync();
        Assert.Equal(1, await db.AuditRecords.CountAsync(a => a.Action == "case.delay-notice" && a.MemberId == memberId));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Closing_needs_a_result_text_and_after_the_due_date_a_delay_notice_on_record(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 20);
        var (memberId, cardId) = await CardOfAsync(h, ProgramPresets.Hanaro);
        var cases = h.Get<CaseService>();
        var opened = await cases.OpenAsync(Dispute(memberId, cardId, h.Clock.GetUtcNow())); // due Mon 12-07

        Assert.Equal("회원에게 안내할 처리 결과를 10자 이상 입력하세요.",
            (await Assert.ThrowsAsync<BusinessRuleException>(() => cases.CloseAsync(opened.Id, CaseOutcome.Upheld, "환불함"))).Message);
        Assert.Equal("처리 결과(인용·일부 인용·기각·취하 등)를 선택하세요.",
            (await Assert.ThrowsAsync<BusinessRuleException>(() => cases.CloseAsync(opened.Id, CaseOutcome.None, "이중 결제가 확인되어 환불했습니다."))).Message);
        Assert.Equal("'교부 완료'는 거래내역 서면 교부 사건에만 쓸 수 있습니다.",
            (await Assert.ThrowsAsync<BusinessRuleException>(() => cases.CloseAsync(opened.Id, CaseOutcome.Delivered, "이중 결제가 확인되어 환불했습니다."))).Message);

        // Tue 12-08 00:00 KST: the due date has passed and no delay notice is on record.
        h.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 8, 0, 0, 0, KoreanTime.Offset));
        Assert.Equal("기한(2026-12-07)이 지났는데 지연 안내 기록이 없습니다. 먼저 지연 안내(사유와 처리 일정)를 보낸 뒤 종결하세요.",
            (await Assert.ThrowsAsync<BusinessRuleException>(() => cases.CloseAsync(opened.Id, CaseOutcome.Upheld, "이중 결제가 확인되어 환불했습니다."))).Message);
        Assert.Empty(await NoticesAsync(h, CaseNotices.ResultKey));

        await cases.SendDelayNoticeAsync(opened.Id, "가맹점 회신 대기 중", new DateOnly(2026, 12, 11));
        await cases.CloseAsync(opened.Id, CaseOutcome.Upheld, "이중 결제가 확인되어 환불했습니다.");

        var closed = await CaseAsync(h, opened.Number);
        Assert.Equal((CaseStatus.Closed, CaseOutcome.Upheld, "김상담"), (closed.Status, closed.Outcome, closed.ClosedByName));
        Assert.NotNull(closed.ResultNoticeAt);
        var results = await NoticesAsync(h, CaseNotices.ResultKey);
        Assert.NotEmpty(results);
        Assert.Contains(results, m => m.Body.Contains("인용", StringComparison.Ordinal));
        Assert.Equal(["opened", "notice.receipt", "notice.delay", "notice.result", "closed"], await HistoryAsync(h, closed.Id));
        Assert.Equal("이미 종결된 사건입니다.",
            (await Assert.ThrowsAsync<BusinessRuleException>(() => cases.CloseAsync(opened.Id, CaseOutcome.Upheld, "이중 결제가 확인되어 환불했습니다."))).Message);
        await using var db = await h.DbAsync();
        var delayLine = await db.CaseEvents.SingleAsync(e => e.CaseId == closed.Id && e.Kind == "notice.delay");
        Assert.EndsWith("기한 경과 후 발송", delayLine.Text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Attachments_are_checked_by_their_bytes_hashed_and_every_download_is_audited(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 20);
        var (memberId, cardId) = await CardOfAsync(h, ProgramPresets.Hanaro);
        var cases = h.Get<CaseService>();
        var opened = await cases.OpenAsync(Dispute(memberId, cardId, h.Clock.GetUtcNow()));
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n");

        var id = await cases.AddAttachmentAsync(opened.Id, "letter.pdf", new MemoryStream(pdf));
        Assert.Equal(CaseAttachmentSignature.WrongTypeMessage,
            (await Assert.ThrowsAsync<BusinessRuleException>(() => cases.AddAttachmentAsync(opened.Id, "letter.pdf", new MemoryStream("MZ\x90\0"u8.ToArray())))).Message);
        Assert.Equal(CaseAttachmentSignature.TooLargeMessage,
            (await Assert.ThrowsAsync<BusinessRuleException>(() => cases.AddAttachmentAsync(opened.Id, "big.pdf",
                new MemoryStream([.. pdf, .. new byte[CaseService.MaxAttachmentBytes]])))).Message);

        h.Actor.Current = TestActor.Compliance; // views cases
        var file = await cases.DownloadAttachmentAsync(id);
        Assert.Equal(("letter.pdf", "application/pdf"), (file!.FileName, file.ContentType));
        Assert.Equal(pdf, file.Content);
        await using var db = await h.DbAsync();
        var stored = await db.CaseAttachments.SingleAsync();
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf)), stored.Sha256);
        Assert.Equal(1, await db.AuditRecords.CountAsync(a => a.Action == "case.attachment.download" && a.ActorId == "compliance-id" && a.MemberId == memberId));
        Assert.Equal(1, await db.CaseEvents.CountAsync(e => e.CaseId == opened.Id && e.Kind == "attachment"));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Taking_a_case_and_notes_are_history_lines(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 20);
        var (memberId, cardId) = await CardOfAsync(h, ProgramPresets.Hanaro);
        var cases = h.Get<CaseService>();
        var opened = await cases.OpenAsync(Dispute(memberId, cardId, h.Clock.GetUtcNow()));
        Assert.Equal("이미 담당 중인 사건입니다.", (await Assert.ThrowsAsync<BusinessRuleException>(() => cases.TakeAsync(opened.Id))).Message);
        h.Actor.Current = TestActor.Agent2;
        Assert.Equal("김상담 님이 담당 중인 사건입니다. 인계는 팀장에게 요청하세요.",
            (await Assert.ThrowsAsync<BusinessRuleException>(() => cases.TakeAsync(opened.Id))).Message);
        await using (var db = await h.DbAsync())
            await db.Cases.Where(c => c.Id == opened.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.AssigneeId, (string?)null).SetProperty(c => c.AssigneeName, (string?)null));
        await cases.TakeAsync(opened.Id);
        await cases.AddNoteAsync(opened.Id, "회원과 통화: 영수증 사진을 보내기로 함");
        Assert.Equal("메모 내용을 입력하세요.", (await Assert.ThrowsAsync<BusinessRuleException>(() => cases.AddNoteAsync(opened.Id, " "))).Message);

        var detail = await cases.GetAsync(opened.Number);
        Assert.Equal("이상담", detail!.AssigneeName);
        Assert.Equal(["opened", "notice.receipt", "assigned", "note"], detail.History.Select(l => l.Kind));
        Assert.Equal(new DateOnly(2026, 12, 7), detail.DueOn);
        Assert.Contains("민법 제157조", detail.DueDerivation, StringComparison.Ordinal);
        Assert.NotEmpty(detail.Notices);
        Assert.Single(detail.LinkedCards);
        var mine = await cases.ForMemberAsync(memberId);
        Assert.Equal((opened.Number, (int?)17), (mine.Single().Number, mine.Single().DaysLeft));
    }
}
