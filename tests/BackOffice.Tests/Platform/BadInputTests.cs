using Microsoft.EntityFrameworkCore;

namespace BackOffice.Tests.Platform;

/// <summary>
/// Issue 11 point 13: every command refuses undefined enum values, missing or over-long text and out-of-range numbers
/// with a Korean message, and changes nothing (audit records, journal entries, postings, rows and versions all the same).
/// One test per command; refunds, payouts and programs belong to other parts (their gaps are listed in the report).
/// </summary>
public class BadInputTests
{
    private sealed record Snapshot(
        CommandTrace Trace, int Intakes, int Photos, int Reissues, int Reports, int Holidays, int Cards, long CardVersions, long IntakeVersions,
        string IntakeStates, int StaffChanges);

    private static async Task<Snapshot> SnapshotAsync(Harness h)
    {
        await using var db = await h.DbAsync();
        var states = await db.CardIntakeCases.OrderBy(c => c.Id).Select(c => c.Status).ToListAsync();
        return new Snapshot(await CommandTrace.TakeAsync(h), await db.CardIntakeCases.CountAsync(), await db.CardIntakePhotos.CountAsync(),
            await db.ReissueRequests.CountAsync(), await db.LostCardReports.CountAsync(), await db.PublicHolidays.CountAsync(),
            await db.Cards.CountAsync(), await db.Cards.SumAsync(c => c.Version), await db.CardIntakeCases.SumAsync(c => (long?)c.Version) ?? 0,
            string.Join(",", states), await db.StaffChangeRequests.CountAsync());
    }

    /// <summary>The command is refused with exactly this Korean message and nothing in the database moved.</summary>
    private static async Task RefusedAsync(Harness h, string message, Func<Task> command)
    {
        var before = await SnapshotAsync(h);
        var refused = await Assert.ThrowsAsync<BusinessRuleException>(command);
        Assert.Equal(message, refused.Message);
        Assert.Equal(before, await SnapshotAsync(h));
    }

    private static async Task<(long CardId, long Balance, long DesignId)> LocalCardAsync(Harness h, int skip = 0)
    {
        await using var db = await h.DbAsync();
        var card = await db.Cards.Where(c => c.Program!.Code == ProgramPresets.LocalCurrency && c.Status == CardStatus.Active && c.MemberId != null)
            .Join(db.Accounts, c => c.Id, a => a.CardId, (c, a) => new { c.Id, c.ProgramId, a.Balance })
            .Where(x => x.Balance > 5_000).OrderBy(x => x.Id).Skip(skip).FirstAsync();
        var design = await db.CardDesigns.Where(d => d.ProgramId == card.ProgramId && d.Stock > 0).Select(d => d.Id).FirstAsync();
        return (card.Id, card.Balance, design);
    }

    private static async Task<long> CaseIdAsync(Harness h, string caseNo)
    {
        await using var db = await h.DbAsync();
        return await db.CardIntakeCases.Where(c => c.CaseNo == caseNo).Select(c => c.Id).SingleAsync();
    }

    [Fact]
    public async Task Opening_an_intake_case_refuses_an_undefined_symptom_and_an_over_long_note()
    {
        await using var h = await Harness.StartAsync("sqlite", demoMembers: 20);
        h.Actor.Current = TestActor.Agent;
        var (cardId, _, _) = await LocalCardAsync(h);
        var intake = h.Get<CardIntakeService>();

        await RefusedAsync(h, "증상(파손·고장·모름)을 선택하세요.", () => intake.OpenAsync(new OpenIntakeCommand(cardId, (DefectKind)99, "메모", "k1")));
        await RefusedAsync(h, "메모는 1,000자 이하로 입력하세요.", () => intake.OpenAsync(new OpenIntakeCommand(cardId, DefectKind.Broken, new string('가', 1001), "k2")));
        await RefusedAsync(h, "카드를 찾을 수 없습니다.", () => intake.OpenAsync(new OpenIntakeCommand(-1, DefectKind.Broken, "", "k3")));

        // A missing note is no note (it used to throw a null reference).
        var caseNo = await intake.OpenAsync(new OpenIntakeCommand(cardId, DefectKind.Broken, null!, "k4"));
        await using var db = await h.DbAsync();
        Assert.Equal("", await db.CardIntakeCases.Where(c => c.CaseNo == caseNo).Select(c => c.InspectionNotes).SingleAsync());
    }

    [Fact]
    public async Task Inspecting_refuses_an_undefined_result_over_long_notes_and_reasons()
    {
        await using var h = await Harness.StartAsync("sqlite", demoMembers: 20);
        h.Actor.Current = TestActor.Agent;
        var (cardId, _, _) = await LocalCardAsync(h);
        var intake = h.Get<CardIntakeService>();
        var id = await CaseIdAsync(h, await intake.OpenAsync(new OpenIntakeCommand(cardId, DefectKind.Broken, new string('가', 900), "open")));
        await intake.ReceiveAsync(id);

        await RefusedAsync(h, "검수 결과(파손·고장)를 선택하세요.", () => intake.InspectAsync(new InspectCommand(id, (DefectKind)99, "확인", null)));
        await RefusedAsync(h, "검수 메모는 1,000자 이하로 입력하세요.", () => intake.InspectAsync(new InspectCommand(id, DefectKind.Broken, new string('나', 1001), null)));
        await RefusedAsync(h, "반려 사유는 500자 이하로 입력하세요.", () => intake.InspectAsync(new InspectCommand(id, null, "", new string('다', 501))));
        await RefusedAsync(h, "반려 사유를 5자 이상 입력하세요 (예: 단순 긁힘, 정상 작동 확인).", () => intake.InspectAsync(new InspectCommand(id, null, "", null)));
        await RefusedAsync(h, "접수 메모와 검수 메모를 합쳐 1,000자 이하로 입력하세요 (현재 1,203자).",
            () => intake.InspectAsync(new InspectCommand(id, DefectKind.Broken, new string('라', 300), null)));
        await RefusedAsync(h, "접수 건을 찾을 수 없습니다.", () => intake.InspectAsync(new InspectCommand(-1, DefectKind.Broken, "", null)));

        await intake.InspectAsync(new InspectCommand(id, DefectKind.Broken, null!, null)); // a missing note is no note
    }

    [Fact]
    public async Task Verifying_the_balance_refuses_a_negative_or_huge_amount()
    {
        await using var h = await Harness.StartAsync("sqlite", demoMembers: 20);
        h.Actor.Current = TestActor.Agent;
        var (cardId, _, _) = await LocalCardAsync(h);
        var intake = h.Get<CardIntakeService>();
        var id = await CaseIdAsync(h, await intake.OpenAsync(new OpenIntakeCommand(cardId, DefectKind.Broken, "", "open")));
        await intake.ReceiveAsync(id);
        await intake.InspectAsync(new InspectCommand(id, DefectKind.Broken, "", null));

        await RefusedAsync(h, "확인 잔액은 0원 이상의 올바른 금액이어야 합니다.", () => intake.VerifyBalanceAsync(id, -1));
        await RefusedAsync(h, "확인 잔액은 0원 이상의 올바른 금액이어야 합니다.", () => intake.VerifyBalanceAsync(id, long.MaxValue));
    }

    [Fact]
    public async Task Settling_refuses_an_undefined_settlement_instead_of_issuing_a_card()
    {
        await using var h = await Harness.StartAsync("sqlite", demoMembers: 20);
        h.Actor.Current = TestActor.Agent;
        var (cardId, balance, designId) = await LocalCardAsync(h);
        var intake = h.Get<CardIntakeService>();
        var id = await CaseIdAsync(h, await intake.OpenAsync(new OpenIntakeCommand(cardId, DefectKind.Broken, "", "open")));
        await intake.ReceiveAsync(id);
        await intake.InspectAsync(new InspectCommand(id, DefectKind.Broken, "", null));
        await intake.VerifyBalanceAsync(id, balance);

        await RefusedAsync(h, "정산 방법(계좌 환불·다른 카드 충전·카드 교체)을 선택하세요.",
            () => intake.SettleAsync(new SettleCommand(id, (IntakeSettlement)99, designId, null, "settle")));
        await RefusedAsync(h, "잔액을 옮길 이 회원의 사용 중인 다른 카드를 선택하세요.",
            () => intake.SettleAsync(new SettleCommand(id, IntakeSettlement.LoadToNewCard, null, -5, "settle")));
    }

    [Fact]
    public async Task A_photo_without_a_name_or_with_an_over_long_name_is_refused()
    {
        await using var h = await Harness.StartAsync("sqlite", demoMembers: 20);
        h.Actor.Current = TestActor.Agent;
        var (cardId, _, _) = await LocalCardAsync(h);
        var intake = h.Get<CardIntakeService>();
        var id = await CaseIdAsync(h, await intake.OpenAsync(new OpenIntakeCommand(cardId, DefectKind.Damaged, "", "open")));
        var storage = h.Database.Options;
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0];

        await RefusedAsync(h, "사진 파일 이름이 없습니다. 파일을 다시 선택하세요.",
            () => intake.AddPhotoAsync(id, null!, "image/png", new MemoryStream(png), png.Length, storage));
        await RefusedAsync(h, "사진 파일 이름은 200자 이하여야 합니다. 이름을 줄여 다시 올리세요.",
            () => intake.AddPhotoAsync(id, new string('a', 201) + ".png", "image/png", new MemoryStream(png), png.Length, storage));
        await RefusedAsync(h, "사진은 5MB 이하여야 합니다.", () => intake.AddPhotoAsync(id, "a.png", "image/png", new MemoryStream(png), -1, storage));
    }

    [Fact]
    public async Task A_reissue_refuses_an_undefined_reason_no_design_and_a_missing_or_over_long_waiver_reason()
    {
        await using var h = await Harness.StartAsync("sqlite", demoMembers: 20);
        h.Actor.Current = TestActor.Agent;
        var (cardId, _, designId) = await LocalCardAsync(h);
        var reissue = h.Get<ReissueService>();

        await RefusedAsync(h, "재발급 사유를 선택하세요.", () => reissue.RequestAsync(new ReissueCommand(cardId, (ReissueReason)99, designId, false, null, "r1")));
        await RefusedAsync(h, "재발급 사유를 선택하세요.", () => reissue.PreviewAsync(cardId, (ReissueReason)99));
        await RefusedAsync(h, "이 카드 프로그램의 디자인을 선택하세요.", () => reissue.RequestAsync(new ReissueCommand(cardId, ReissueReason.Broken, 0, false, null, "r2")));
        await RefusedAsync(h, "수수료 면제 사유를 5자 이상 입력하세요.", () => reissue.RequestAsync(new ReissueCommand(cardId, ReissueReason.Broken, designId, true, null, "r3")));
        await RefusedAsync(h, "면제 사유은(는) 최대 500자까지 입력할 수 있습니다 (입력 501자).", async () =>
        {
            await DirectDamagedReissue.AllowAsync(h);
            try { await reissue.RequestAsync(new ReissueCommand(cardId, ReissueReason.Damaged, designId, true, new string('가', 501), "r4")); }
            finally { await RestoreCollectionAsync(h); }
        });
        await RefusedAsync(h, "카드를 찾을 수 없습니다.", () => reissue.RequestAsync(new ReissueCommand(-1, ReissueReason.Broken, designId, false, null, "r5")));
    }

    private static async Task RestoreCollectionAsync(Harness h)
    {
        await using var db = await h.DbAsync();
        await db.ProgramPolicies.Where(p => p.Program!.Code == ProgramPresets.LocalCurrency)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.DamagedReissueNeedsCollection, true));
    }

    [Fact]
    public async Task A_waiver_decision_refuses_a_missing_or_over_long_note()
    {
        await using var h = await Harness.StartAsync("sqlite", demoMembers: 20);
        await DirectDamagedReissue.AllowAsync(h);
        h.Actor.Current = TestActor.Agent;
        var (cardId, _, designId) = await LocalCardAsync(h);
        var reissue = h.Get<ReissueService>();
        await reissue.RequestAsync(new ReissueCommand(cardId, ReissueReason.Damaged, designId, true, "배송 사고로 파손되어 재발급", "w"));
        h.Actor.Current = TestActor.Supervisor;
        var row = Assert.Single(await reissue.AwaitingWaiversAsync());

        await RefusedAsync(h, "승인·반려 의견을 입력하세요.", () => reissue.DecideWaiverAsync(row.Id, true, null!));
        await RefusedAsync(h, "승인·반려 의견을 입력하세요.", () => reissue.DecideWaiverAsync(row.Id, false, "  "));
        await RefusedAsync(h, "승인·반려 의견은 500자 이하로 입력하세요.", () => reissue.DecideWaiverAsync(row.Id, true, new string('가', 501)));
        await RefusedAsync(h, "재발급 요청을 찾을 수 없습니다.", () => reissue.DecideWaiverAsync(-1, true, "확인함"));
    }

    [Fact]
    public async Task A_loss_report_refuses_undefined_kinds_and_channels_and_an_over_long_note()
    {
        await using var h = await Harness.StartAsync("sqlite", demoMembers: 20);
        h.Actor.Current = TestActor.Agent;
        var (cardId, _, _) = await LocalCardAsync(h);
        var lost = h.Get<LostCardService>();

        await RefusedAsync(h, "분실·도난 구분을 선택하세요.", () => lost.ReportAsync(new LostCardCommand(cardId, (LossKind)99, ReportChannel.Phone, "", "l1")));
        await RefusedAsync(h, "신고 경로를 선택하세요.", () => lost.ReportAsync(new LostCardCommand(cardId, LossKind.Lost, (ReportChannel)99, "", "l2")));
        await RefusedAsync(h, "메모는 500자 이하로 입력하세요.", () => lost.ReportAsync(new LostCardCommand(cardId, LossKind.Lost, ReportChannel.Phone, new string('가', 501), "l3")));
        await RefusedAsync(h, "카드를 찾을 수 없습니다.", () => lost.ReportAsync(new LostCardCommand(-1, LossKind.Lost, ReportChannel.Phone, "", "l4")));
    }

    [Fact]
    public async Task Adding_a_holiday_refuses_a_missing_date_a_missing_or_over_long_name_and_removing_an_unknown_one()
    {
        await using var h = await Harness.StartAsync("sqlite");
        h.Actor.Current = TestActor.Admin;
        var holidays = h.Get<HolidayService>();

        await RefusedAsync(h, "날짜를 입력하세요.", () => holidays.AddAsync(null, "임시공휴일", false));
        await RefusedAsync(h, "공휴일 이름을 입력하세요.", () => holidays.AddAsync(new DateOnly(2026, 12, 30), null, false));
        await RefusedAsync(h, "공휴일 이름을 입력하세요.", () => holidays.AddAsync(new DateOnly(2026, 12, 30), "   ", false));
        await RefusedAsync(h, "공휴일 이름은 50자 이하로 입력하세요.", () => holidays.AddAsync(new DateOnly(2026, 12, 30), new string('가', 51), false));
        await RefusedAsync(h, "이미 삭제된 공휴일입니다. 목록을 새로 고치세요.", () => holidays.RemoveAsync(-1));
    }

    [Fact]
    public async Task Staff_changes_refuse_a_missing_account_and_a_missing_reason()
    {
        await using var h = await Harness.StartAsync("sqlite");
        h.Actor.Current = TestActor.Admin;
        var staff = h.Get<StaffService>();

        await RefusedAsync(h, "직원 계정을 찾을 수 없습니다.", () => staff.ChangeRolesAsync(null!, [StaffRoles.Agent], "역할 조정"));
        await RefusedAsync(h, "직원 계정을 찾을 수 없습니다.", () => staff.ChangeRolesAsync("", [StaffRoles.Agent], "역할 조정"));
        var before = await SnapshotAsync(h);
        var noReason = await Assert.ThrowsAsync<BusinessRuleException>(() => staff.DisableAsync("someone", null!));
        Assert.Contains("사유", noReason.Message);
        Assert.Equal(before, await SnapshotAsync(h));
    }

    [Fact]
    public async Task Unmasking_refuses_an_undefined_field_and_a_missing_or_over_long_reason()
    {
        await using var h = await Harness.StartAsync("sqlite", demoMembers: 5);
        h.Actor.Current = TestActor.Supervisor;
        long memberId;
        await using (var db = await h.DbAsync()) memberId = await db.Members.OrderBy(m => m.Id).Select(m => m.Id).FirstAsync();
        var data = h.Get<PersonalDataService>();

        await RefusedAsync(h, "열람할 수 없는 항목입니다.", () => data.UnmaskAsync(memberId, (PersonalField)99, "민원 처리 본인 확인"));
        await RefusedAsync(h, "열람 사유를 입력하세요.", () => data.UnmaskAsync(memberId, PersonalField.Phone, null!));
        await RefusedAsync(h, "열람 사유는 200자 이하로 입력하세요.", () => data.UnmaskAsync(memberId, PersonalField.Phone, new string('가', 201)));
    }
}
