using Microsoft.EntityFrameworkCore;

namespace BackOffice.Tests.LostCards;

/// <summary>The lost-card report is a creating command: its client key is checked first, its sweep keyed by the report number.</summary>
public class LostCardCommandTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_repeated_report_key_returns_the_first_receipt_without_a_second_report_or_sweep(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 20);
        long cardId;
        await using (var db = await h.DbAsync())
        {
            cardId = await db.Cards.Where(c => c.Program!.Code == ProgramPresets.LocalCurrency && c.Status == CardStatus.Active && c.IsRegistered)
                .Join(db.Accounts, c => c.Id, a => a.CardId, (c, a) => new { c.Id, a.Balance }).Where(x => x.Balance > 0).OrderBy(x => x.Id).Select(x => x.Id).FirstAsync();
        }
        var service = h.Get<LostCardService>();
        var command = new LostCardCommand(cardId, LossKind.Lost, ReportChannel.Phone, "버스에서 분실", "lost-dialog-1");

        var first = await service.ReportAsync(command);
        var trace = await CommandTrace.TakeAsync(h);
        var second = await service.ReportAsync(command);

        Assert.Equal(first.ReportNo, second.ReportNo);
        Assert.Equal(trace, await CommandTrace.TakeAsync(h));
        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() => service.ReportAsync(command with { IdempotencyKey = "lost-dialog-2" }));
        Assert.StartsWith("이미 신고된 카드입니다", refused.Message);
        Assert.Equal(trace, await CommandTrace.TakeAsync(h));
        await Assert.ThrowsAsync<BusinessRuleException>(() => service.ReportAsync(command with { IdempotencyKey = "" }));
        await using var check = await h.DbAsync();
        Assert.Equal(1, await check.LostCardReports.CountAsync(r => r.CardId == cardId));
        Assert.Equal(first.SweptToEmoney > 0 ? 1 : 0, await check.JournalEntries.CountAsync(e => e.IdempotencyKey == $"lost:{first.ReportNo}:sweep"));
    }

    /// <summary>Undefined choices are refused in Korean and change nothing; a report without a note is a report with no note.</summary>
    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Undefined_choices_are_refused_in_Korean_and_a_missing_note_is_no_note(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 20);
        long cardId;
        await using (var db = await h.DbAsync())
        {
            cardId = await db.Cards.Where(c => c.Status == CardStatus.Active && c.MemberId != null).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
        }
        var service = h.Get<LostCardService>();
        var command = new LostCardCommand(cardId, LossKind.Lost, ReportChannel.Phone, "버스에서 분실", "lost-bad-input");
        var trace = await CommandTrace.TakeAsync(h);

        Assert.Equal("분실·도난 구분을 선택하세요.", (await Assert.ThrowsAsync<BusinessRuleException>(() => service.ReportAsync(command with { Kind = (LossKind)99 }))).Message);
        Assert.Equal("신고 경로를 선택하세요.", (await Assert.ThrowsAsync<BusinessRuleException>(() => service.ReportAsync(command with { Channel = (ReportChannel)99 }))).Message);
        Assert.Equal("메모는 500자 이하로 입력하세요.", (await Assert.ThrowsAsync<BusinessRuleException>(() => service.ReportAsync(command with { Notes = new string('가', 501) }))).Message);
        Assert.Equal(trace, await CommandTrace.TakeAsync(h));

        var receipt = await service.ReportAsync(command with { Notes = null! });
        await using var check = await h.DbAsync();
        Assert.Equal("", (await check.LostCardReports.SingleAsync(r => r.ReportNo == receipt.ReportNo)).Notes);
    }
}
