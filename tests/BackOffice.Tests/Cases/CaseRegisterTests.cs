using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static BackOffice.Tests.Cases.CaseQueueScenario;
using static BackOffice.Tests.Refunds.RefundScenario;

namespace BackOffice.Tests.Cases;

/// <summary>
/// The case register workbook (issue 13 item 6) written by the real export kind and opened with the OpenXml SDK: one
/// row per case received in the period with its clock, due date, days taken, outcome, late and delay notice; text cells
/// are inline text (a value starting with "=" never becomes a formula), counts are numbers; no names, the member number only.
/// </summary>
public class CaseRegisterTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    private static IExportKind Kind(Harness h) => h.Services.GetServices<IExportKind>().Single(k => k.Key == CaseRegisterWorkbook.Kind);

    private static async Task<byte[]> WriteAsync(Harness h, DateOnly from, DateOnly to, Actor actor)
    {
        var kind = Kind(h);
        var progress = new Progress();
        using var output = new MemoryStream();
        await kind.WriteAsync(new ExportJob(CaseBreachQueries.Parameters(from, to), actor, null, progress), output, CancellationToken.None);
        Assert.Equal("완료", progress.Reports[^1].Stage);
        return output.ToArray();
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_register_lists_the_periods_cases_with_clocks_days_taken_and_lateness_formula_safe(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var card = await NewCardAsync(h);
        var cases = await CaseBreachTests.SevenCasesAsync(h, card);
        var outside = await OpenAsync(h, card, CaseType.ErrorCorrection, Kst(2026, 10, 31, 23, 59, 59)); // received before the period
        await using (var db = await h.DbAsync()) // a member number a spreadsheet would run as a formula stays text
            await db.Members.Where(m => m.Id == card.MemberId).ExecuteUpdateAsync(s => s.SetProperty(m => m.MemberNo, "=HYPERLINK(\"x\")"));

        var kind = Kind(h);
        Assert.False(kind.HoldsPersonalData);
        Assert.Equal(Permission.ViewCaseBreaches, kind.Permission);
        Assert.Equal("사건대장_2026-11-01_2026-11-30.xlsx", kind.Validate(CaseBreachQueries.Parameters(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30))));
        await Assert.ThrowsAsync<ForbiddenException>(() => WriteAsync(h, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), TestActor.Agent));

        var book = Deduction.Workbook.Read(await WriteAsync(h, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), TestActor.Compliance));
        Assert.Equal(CaseRegisterWorkbook.SheetNames, book.SheetNames);
        var rows = book.Rows("사건 대장");
        Assert.Equal(CaseRegisterWorkbook.Header, rows[0].Select(c => c.Text));
        var lines = rows.Skip(1).ToDictionary(r => r[0].Text);
        Assert.Equal(cases.Values.Select(c => c.Number).Order(), lines.Keys.Order());
        Assert.DoesNotContain(outside.Number, lines.Keys);
        Assert.All(rows.SelectMany(r => r), c => Assert.False(c.HasFormula));
        Assert.All(rows.Skip(1), r => Assert.Equal(("=HYPERLINK(\"x\")", true), (r[1].Text, r[1].IsInlineString)));
        Assert.DoesNotContain(rows.SelectMany(r => r), c => c.Text.Contains("정환불", StringComparison.Ordinal)); // no names

        var late = lines[cases["closed-late"].Number];
        Assert.Equal(["분쟁", "전화", "종결", "2026-11-02 10:00", "dispute.default"], late.Skip(2).Take(5).Select(c => c.Text));
        Assert.Contains("민법 제157조", late[7].Text, StringComparison.Ordinal);
        Assert.Equal(("2026-11-17", "2026-11-19 00:00"), (late[8].Text, late[9].Text));
        Assert.True(late[10].IsNumber);
        Assert.Equal(17, late[10].Number); // 11-02 → 11-19
        Assert.Equal(["인용", "예", "아니오", ""], late.Skip(11).Select(c => c.Text));

        var onTime = lines[cases["closed-on-time"].Number];
        Assert.Equal((15L, "기각", "아니오"), (onTime[10].Number, onTime[11].Text, onTime[12].Text));
        var told = lines[cases["open-told"].Number];
        Assert.Equal(("", "예", "예", "2026-11-17 23:59"), (told[10].Text, told[12].Text, told[13].Text, told[14].Text));
        Assert.False(told[10].IsNumber);
        Assert.Equal(("예", "늦음"), (lines[cases["open-told-late"].Number][12].Text, lines[cases["open-told-late"].Number][13].Text));
        Assert.Equal(("아니오", "아니오"), (lines[cases["paused"].Number][12].Text, lines[cases["not-due"].Number][12].Text));

        var byType = book.Rows("유형별");
        Assert.Equal(["기간", "2026-11-01 ~ 2026-11-30"], byType[0].Select(c => c.Text));
        var disputes = byType.Single(r => r[0].Text == "분쟁");
        Assert.All(disputes.Skip(1), c => Assert.True(c.IsNumber));
        Assert.Equal([6L, 2L, 4L, 1L], disputes.Skip(1).Select(c => c.Number)); // received, closed, late, told in time
        Assert.Equal([1L, 0L, 0L, 0L], byType.Single(r => r[0].Text == "민원").Skip(1).Select(c => c.Number));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Compliance_starts_the_register_as_a_background_export_without_a_reason(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        h.Actor.Current = TestActor.Compliance;
        var id = await h.Get<CaseBreachQueries>().StartRegisterAsync(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30));
        await h.Get<ExportRunner>().RunPendingAsync();
        var file = await h.Get<ExportService>().GetAsync(id);
        Assert.Equal((ExportFileStatus.Done, "사건대장_2026-11-01_2026-11-30.xlsx"), (file.Status, file.FileName));
        Assert.Equal("기간의 끝이 시작보다 앞설 수 없습니다.",
            (await Assert.ThrowsAsync<BusinessRuleException>(() => h.Get<CaseBreachQueries>().StartRegisterAsync(new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 1)))).Message);
    }
}
