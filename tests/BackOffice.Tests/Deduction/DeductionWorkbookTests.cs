using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Tests.Deduction;

/// <summary>
/// The workbook through the real export kind against a real database (SQLite): members registered through the real
/// service, payments and cancels through the real ledger, the file written to a stream and opened with the OpenXml SDK.
/// </summary>
public class DeductionWorkbookTests
{
    private static readonly Actor CardNetwork = new("card-network", "카드망", new HashSet<string>());

    private sealed class Scenario
    {
        public required Harness H { get; init; }
        public required TestCard Registered { get; init; }
        public required TestCard Transit { get; init; }
        public required TestCard Foreigner { get; init; }
        public required TestCard NotRegistered { get; init; }
        public required TestCard Formula { get; init; }
        public required DateTimeOffset RegisteredAt { get; init; }
        public required string Number { get; init; }
    }

    private static async Task<Scenario> BuildAsync()
    {
        var h = await Harness.StartAsync("sqlite", clock: KstClock.At(2026, 6, 1, 10));
        var jan = new DateTimeOffset(2026, 1, 5, 9, 0, 0, KoreanTime.Offset);
        var registered = await RefundScenario.NewCardAsync(h);
        var transit = await RefundScenario.NewCardAsync(h, ProgramPresets.Hanaro);
        var foreigner = await RefundScenario.NewCardAsync(h);
        var notRegistered = await RefundScenario.NewCardAsync(h);
        var formula = await RefundScenario.NewCardAsync(h);
        foreach (var card in new[] { registered, transit, foreigner, notRegistered, formula })
            await RefundScenario.TopUpAsync(h, card, 300_000, new DateTimeOffset(2025, 12, 20, 9, 0, 0, KoreanTime.Offset));
        await using (var db = await h.DbAsync())
        {
            await db.Members.Where(m => m.Id == formula.MemberId).ExecuteUpdateAsync(s => s.SetProperty(m => m.Name, "=HYPERLINK(\"x\")"));
            await db.Members.Where(m => m.Id == foreigner.MemberId).ExecuteUpdateAsync(s => s.SetProperty(m => m.IsForeigner, true).SetProperty(m => m.HasAlienRegistration, true));
        }

        // Before the registration: last year (other year), January, the second before.
        await PostAsync(h, registered, EntryType.Payment, 50_000, new DateTimeOffset(2025, 12, 31, 23, 59, 59, KoreanTime.Offset), "R-2025");
        await PostAsync(h, registered, EntryType.Payment, 10_000, jan, "R-0");
        await PostAsync(h, registered, EntryType.Payment, 7_000, h.Clock.GetUtcNow().AddSeconds(-1), "R-1");
        await PostAsync(h, transit, EntryType.Payment, 1_000, jan, "T-0");
        await PostAsync(h, foreigner, EntryType.Payment, 4_000, jan, "F-0");
        await PostAsync(h, notRegistered, EntryType.Payment, 6_000, jan, "N-0");

        h.Actor.Current = TestActor.Agent;
        var number = ResidentNumber.Fake(new DateOnly(1990, 1, 1), false, 4242);
        var registrations = h.Get<DeductionRegistrationService>();
        var view = await registrations.RegisterAsync(registered.MemberId, ResidentNumber.Format(number), "고객 전화 소득공제 신청");
        await registrations.RegisterAsync(transit.MemberId, ResidentNumber.Fake(new DateOnly(1985, 5, 5), true, 1), "고객 전화 소득공제 신청");
        await registrations.RegisterAsync(formula.MemberId, ResidentNumber.Fake(new DateOnly(2001, 7, 7), true, 2), "고객 전화 소득공제 신청");
        await using (var db = await h.DbAsync()) // a foreigner's registration recorded before the rule (legacy data): still excluded
            await db.Members.Where(m => m.Id == foreigner.MemberId).ExecuteUpdateAsync(s => s.SetProperty(m => m.IncomeDeductionRegisteredAt, h.Clock.GetUtcNow()));

        h.Clock.Advance(TimeSpan.FromSeconds(1));
        await PostAsync(h, registered, EntryType.Payment, 20_000, h.Clock.GetUtcNow(), "R-2");
        await PostAsync(h, formula, EntryType.Payment, 1_000, h.Clock.GetUtcNow(), "H-1");
        h.Clock.Advance(TimeSpan.FromDays(10));
        await PostAsync(h, registered, EntryType.Payment, 5_000, h.Clock.GetUtcNow(), "R-3");
        await PostAsync(h, transit, EntryType.Payment, 3_000, h.Clock.GetUtcNow(), "T-1");
        await PostAsync(h, foreigner, EntryType.Payment, 2_000, h.Clock.GetUtcNow(), "F-1");
        h.Clock.Advance(TimeSpan.FromDays(1));
        await PostAsync(h, registered, EntryType.PaymentCancel, 5_000, h.Clock.GetUtcNow(), "R-3");  // netted
        await PostAsync(h, registered, EntryType.PaymentCancel, 10_000, h.Clock.GetUtcNow(), "R-0"); // before registration: only the excluded amount shrinks
        await RefundHoldAsync(h, registered, 2_000, h.Clock.GetUtcNow());
        return new Scenario
        {
            H = h,
            Registered = registered,
            Transit = transit,
            Foreigner = foreigner,
            NotRegistered = notRegistered,
            Formula = formula,
            RegisteredAt = view.RegisteredAt!.Value,
            Number = number,
        };
    }

    private static Task PostAsync(Harness h, TestCard card, EntryType type, long amount, DateTimeOffset at, string reference) =>
        h.Writer.ExecuteAsync(async (db, ct) =>
        {
            var settlement = await SystemAccounts.IdAsync(db, AccountKind.MerchantSettlement);
            var sign = type == EntryType.Payment ? -1 : 1;
            await LedgerPosting.PostAsync(db, new JournalRequest(type, $"test:{Guid.NewGuid():N}", at, CardNetwork, reference, type.ToString(),
                [new(card.AccountId, sign * amount), new(settlement, -sign * amount)]), h.Clock.GetUtcNow(), ct);
            await db.SaveChangesAsync(ct);
        });

    private static Task RefundHoldAsync(Harness h, TestCard card, long amount, DateTimeOffset at) =>
        h.Writer.ExecuteAsync(async (db, ct) =>
        {
            var hold = await SystemAccounts.MemberAccountAsync(db, card.MemberId, AccountKind.RefundHold, ct);
            await LedgerPosting.PostAsync(db, new JournalRequest(EntryType.RefundHold, $"test:{Guid.NewGuid():N}", at, CardNetwork, "refund", "환불 보류",
                [new(card.AccountId, -amount), new(hold.Id, amount)]), h.Clock.GetUtcNow(), ct);
            await db.SaveChangesAsync(ct);
        });

    private sealed class Recorder : IProgress<ExportProgress>
    {
        public List<ExportProgress> Reports { get; } = [];
        public void Report(ExportProgress value) => Reports.Add(value);
    }

    private static async Task<(Workbook Book, Recorder Progress)> WriteAsync(Harness h, string program, int year = 2026)
    {
        var kind = h.Get<IEnumerable<IExportKind>>().Single(k => k.Key == DeductionWorkbookKind.KindKey);
        var parameters = new ExportParameters(new Dictionary<string, string> { ["year"] = year.ToString(KoreanTime.Culture), ["program"] = program });
        Assert.Equal($"소득공제_{program}_{year}.xlsx", kind.Validate(parameters));
        var progress = new Recorder();
        using var stream = new MemoryStream();
        await kind.WriteAsync(new ExportJob(parameters, TestActor.Compliance, "2026년 귀속 신고", progress), stream, CancellationToken.None);
        return (Workbook.Read(stream.ToArray()), progress);
    }

    [Fact]
    public async Task The_workbook_files_registered_use_and_lists_every_exclusion()
    {
        var s = await BuildAsync();
        await using var h = s.H;
        var (book, progress) = await WriteAsync(h, DeductionSource.AllPrograms);

        Assert.Equal(["신고자료", "검증", "요약"], book.SheetNames);
        Assert.Equal("완료", progress.Reports[^1].Stage);

        // 신고자료: one row per registered member with use; the number in full; text cells are inline strings, amounts numbers.
        var filed = book.Rows("신고자료");
        Assert.Equal(DeductionWorkbookWriter.FiledHeader, filed[0].Select(c => c.Text));
        var memberNos = await MemberNosAsync(h, s);
        var registered = filed.Single(r => r[1].Text == memberNos[s.Registered.MemberId]);
        Assert.Equal(ResidentNumber.Format(s.Number), registered[3].Text);
        Assert.Equal(s.RegisteredAt.ToKst().ToString("yyyy-MM-dd HH:mm:ss", KoreanTime.Culture), registered[4].Text);
        Assert.All(registered.Take(5).Skip(1), c => Assert.True(c.IsInlineString, $"text cell {c.Text} is not an inline string"));
        Assert.All(registered.Skip(5), c => Assert.True(c.IsNumber, $"amount cell {c.Text} is not a number"));
        // 20,000 + 5,000 after registration, 5,000 cancelled; 7,000 the second before (the 10,000 of January was cancelled).
        Assert.Equal([25_000, 5_000, 20_000, 0, 7_000, 2_000], registered.Skip(5).Select(c => c.Number));

        var formula = filed.Single(r => r[1].Text == memberNos[s.Formula.MemberId]);
        Assert.Equal("=HYPERLINK(\"x\")", formula[2].Text);
        Assert.True(formula[2].IsInlineString);
        Assert.False(formula[2].HasFormula);
        Assert.Equal(1_000, formula[7].Number);

        var transit = filed.Single(r => r[1].Text == memberNos[s.Transit.MemberId]);
        Assert.Equal(0, transit[7].Number);   // 000 교통기능: never deductible
        Assert.Equal(4_000, transit[8].Number);
        Assert.DoesNotContain(filed, r => r[1].Text == memberNos[s.Foreigner.MemberId] || r[1].Text == memberNos[s.NotRegistered.MemberId]);
        Assert.Equal(3, filed.Count - 1);

        // 검증: every excluded member or amount with its reason.
        var check = book.Rows("검증").Skip(1).Select(r => (No: r[0].Text, Reason: r[2].Text, Clause: r[3].Text, Amount: r[4].Number)).ToList();
        Assert.Contains((memberNos[s.Foreigner.MemberId], "외국인 (소득공제 신청 불가)", "000 소득공제", 6_000L), check);
        Assert.Contains((memberNos[s.NotRegistered.MemberId], "소득공제 미등록", "000 소득공제, 004 제11조", 6_000L), check);
        Assert.Contains((memberNos[s.Registered.MemberId], "등록 전 사용 (소급 적용 불가)", "000 소득공제, 004 제11조1", 7_000L), check);
        Assert.Contains((memberNos[s.Registered.MemberId], "환불 금액 (공제 제외)", "004 제11조2", 2_000L), check);
        Assert.Contains((memberNos[s.Transit.MemberId], "교통 사용 (교통카드사 별도 신고)", "000 교통기능", 4_000L), check);
        Assert.Equal(5, check.Count);

        // Sums against the ledger: the year's payments less cancels on these cards = filed + transit + excluded.
        var (from, to) = IncomeDeduction.YearRange(2026);
        await using var db = await h.DbAsync();
        var netUse = -await db.Postings.Where(p => p.Account!.Kind == AccountKind.CardBalance
                && (p.JournalEntry!.Type == EntryType.Payment || p.JournalEntry.Type == EntryType.PaymentCancel)
                && p.JournalEntry.OccurredAt >= from && p.JournalEntry.OccurredAt < to)
            .Select(p => p.Amount).SumAsync();
        var filedDeductible = filed.Skip(1).Sum(r => r[7].Number);
        var excludedUse = check.Where(c => c.Reason != "환불 금액 (공제 제외)").Sum(c => c.Amount);
        Assert.Equal(netUse, filedDeductible + excludedUse);
        Assert.Equal(21_000, filedDeductible);

        var summary = book.Rows("요약").ToDictionary(r => r[0].Text, r => r[1]);
        Assert.Equal(21_000, summary["공제 대상 사용액 합계"].Number);
        Assert.Equal(3, summary["신고 대상 회원 수"].Number);
        Assert.Equal(4_000, summary["교통 사용액 합계 (별도 신고)"].Number);
        Assert.Equal("2026", summary["귀속 연도"].Text);
    }

    [Fact]
    public async Task A_program_workbook_holds_only_that_programs_cards()
    {
        var s = await BuildAsync();
        await using var h = s.H;
        var (book, _) = await WriteAsync(h, ProgramPresets.LocalCurrency);
        var memberNos = await MemberNosAsync(h, s);
        Assert.DoesNotContain(book.Rows("신고자료").Concat(book.Rows("검증")), r => r[0].Text == memberNos[s.Transit.MemberId] || r[1].Text == memberNos[s.Transit.MemberId]);
        Assert.Equal(2, book.Rows("신고자료").Count - 1);

        var (lastYear, _) = await WriteAsync(h, ProgramPresets.LocalCurrency, 2025);
        var only = Assert.Single(lastYear.Rows("검증").Skip(1)); // the registration came in 2026: the 2025 payment is before it
        Assert.Equal(50_000, only[4].Number);
        Assert.Single(lastYear.Rows("신고자료"));
    }

    private static async Task<Dictionary<long, string>> MemberNosAsync(Harness h, Scenario s)
    {
        await using var db = await h.DbAsync();
        return await db.Members.ToDictionaryAsync(m => m.Id, m => m.MemberNo);
    }

    [Fact]
    public async Task Resident_numbers_are_encrypted_at_rest_masked_on_screen_and_revealed_only_with_a_reason()
    {
        var s = await BuildAsync();
        await using var h = s.H;
        await using (var db = await h.DbAsync())
        {
            var cipher = await db.Members.Where(m => m.Id == s.Registered.MemberId).Select(m => m.ResidentNumberCipher).SingleAsync();
            Assert.NotNull(cipher);
            Assert.DoesNotContain(s.Number, cipher);
            Assert.DoesNotContain(s.Number[..6], cipher);
        }
        var registrations = h.Get<DeductionRegistrationService>();
        var view = await registrations.GetAsync(s.Registered.MemberId);
        Assert.Equal(s.Number[..6] + "-1******", view.MaskedResidentNumber);

        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() => registrations.RevealAsync(s.Registered.MemberId, ""));
        Assert.Equal("열람 사유를 입력하세요.", refused.Message);
        Assert.Equal(ResidentNumber.Format(s.Number), await registrations.RevealAsync(s.Registered.MemberId, "국세청 신고 오류 확인"));
        await using (var db = await h.DbAsync())
        {
            var audit = await db.AuditRecords.Where(a => a.Action == "member.unmask" && a.MemberId == s.Registered.MemberId).ToListAsync();
            var record = Assert.Single(audit);
            Assert.Equal("국세청 신고 오류 확인", record.Reason);
            Assert.Contains("ResidentNumber", record.After);
            Assert.Single(await db.AuditRecords.Where(a => a.Action == "deduction.register" && a.MemberId == s.Registered.MemberId).ToListAsync());
            Assert.DoesNotContain(await db.AuditRecords.Select(a => a.After ?? "").ToListAsync(), a => a.Contains(s.Number, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Registration_refuses_foreigners_repeats_and_bad_numbers_in_korean()
    {
        var s = await BuildAsync();
        await using var h = s.H;
        var registrations = h.Get<DeductionRegistrationService>();
        var foreigner = await Assert.ThrowsAsync<BusinessRuleException>(() =>
            registrations.RegisterAsync(s.Foreigner.MemberId, "900101-1234567", "고객 전화 소득공제 신청"));
        Assert.Equal("외국인은 소득공제를 신청할 수 없습니다 (000 소득공제).", foreigner.Message);
        var again = await Assert.ThrowsAsync<BusinessRuleException>(() =>
            registrations.RegisterAsync(s.Registered.MemberId, "900101-1234567", "고객 전화 소득공제 신청"));
        Assert.Contains("소급 적용할 수 없습니다", again.Message);
        var alien = await Assert.ThrowsAsync<BusinessRuleException>(() =>
            registrations.RegisterAsync(s.NotRegistered.MemberId, "900101-5234567", "고객 전화 소득공제 신청"));
        Assert.StartsWith("외국인등록번호입니다", alien.Message);
        await Assert.ThrowsAsync<BusinessRuleException>(() => registrations.RegisterAsync(s.NotRegistered.MemberId, "900101-1234567", ""));

        var before = h.Clock.GetUtcNow();
        var view = await registrations.RegisterAsync(s.NotRegistered.MemberId, "9001011234567", "고객 전화 소득공제 신청");
        Assert.Equal(before, view.RegisteredAt); // now, never earlier: no retroactive registration
    }

    [Fact]
    public async Task Only_compliance_starts_the_workbook_with_a_reason_and_a_fresh_code()
    {
        await using var h = await Harness.StartAsync("sqlite");
        var service = h.Get<DeductionService>();
        h.Actor.Current = TestActor.Agent;
        await h.StepUpAsync();
        var agent = await Assert.ThrowsAsync<ForbiddenException>(() => service.StartAsync(2025, ProgramPresets.LocalCurrency, "2025년 귀속 신고"));
        Assert.Equal("'소득공제 신고 자료 생성' 권한이 없습니다. 필요한 역할: 컴플라이언스", agent.Message);
        foreach (var other in new[] { TestActor.Supervisor, TestActor.Finance, TestActor.Admin })
        {
            h.Actor.Current = other;
            await Assert.ThrowsAsync<ForbiddenException>(() => service.StartAsync(2025, ProgramPresets.LocalCurrency, "2025년 귀속 신고"));
        }

        h.Actor.Current = TestActor.Compliance;
        var noCode = await Assert.ThrowsAsync<ForbiddenException>(() => service.StartAsync(2025, ProgramPresets.LocalCurrency, "2025년 귀속 신고"));
        Assert.StartsWith(StepUp.Required, noCode.Message);
        await h.StepUpAsync();
        Assert.Equal("작성 사유를 입력하세요.", (await Assert.ThrowsAsync<BusinessRuleException>(() => service.StartAsync(2025, ProgramPresets.LocalCurrency, " "))).Message);
        Assert.StartsWith("귀속 연도는 2000년부터 2026년", (await Assert.ThrowsAsync<BusinessRuleException>(() => service.StartAsync(2027, ProgramPresets.LocalCurrency, "2027년 귀속 신고"))).Message);
        Assert.Equal("없는 프로그램입니다.", (await Assert.ThrowsAsync<BusinessRuleException>(() => service.StartAsync(2025, "NOPE", "2025년 귀속 신고"))).Message);
        var choices = await service.ChoicesAsync();
        Assert.Contains(choices.Programs, p => p.Code == DeductionSource.AllPrograms);
        Assert.Equal(2026, choices.Years[0]);
    }
}

/// <summary>A workbook opened with the OpenXml SDK: every cell of every sheet, in order, with its type.</summary>
public sealed class Workbook
{
    public sealed record CellView(string Text, bool IsInlineString, bool IsNumber, bool HasFormula)
    {
        public long Number => long.Parse(Text, KoreanTime.Culture);
    }

    private readonly Dictionary<string, List<List<CellView>>> _sheets = new(StringComparer.Ordinal);

    public List<string> SheetNames { get; } = [];

    public List<List<CellView>> Rows(string sheet) => _sheets[sheet];

    public static Workbook Read(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        using var document = SpreadsheetDocument.Open(stream, false);
        var part = document.WorkbookPart!;
        var book = new Workbook();
        foreach (var sheet in part.Workbook.Sheets!.Elements<Sheet>())
        {
            var name = sheet.Name!.Value!;
            book.SheetNames.Add(name);
            var worksheet = (WorksheetPart)part.GetPartById(sheet.Id!.Value!);
            book._sheets[name] = [.. worksheet.Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(View).ToList())];
        }
        return book;
    }

    private static CellView View(Cell c)
    {
        var inline = c.DataType?.Value == CellValues.InlineString;
        var text = inline ? c.InlineString?.InnerText ?? "" : c.CellValue?.Text ?? "";
        var number = c.DataType is null || c.DataType.Value == CellValues.Number;
        return new(text, inline, number && !inline, c.CellFormula is not null);
    }
}
