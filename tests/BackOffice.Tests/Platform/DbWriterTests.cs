using Microsoft.EntityFrameworkCore;

namespace BackOffice.Tests.Platform;

/// <summary>
/// DbWriter retries only what it expects and surfaces everything else at once; every text value is checked
/// against its column before saving (issue 9, Build 4: "a 700-character note overflows a 500-character column,
/// is retried twenty times and kills the circuit").
/// </summary>
public class DbWriterTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    private static async Task<(long CardId, long DesignId)> CardAsync(Harness h)
    {
        await DirectDamagedReissue.AllowAsync(h);
        await using var db = await h.DbAsync();
        var card = await db.Cards.Where(c => c.Program!.Code == ProgramPresets.LocalCurrency && c.Status == CardStatus.Active)
            .Join(db.Accounts, c => c.Id, a => a.CardId, (c, a) => new { c.Id, c.ProgramId, a.Balance })
            .Where(x => x.Balance > 5_000).OrderBy(x => x.Id).FirstAsync();
        var design = await db.CardDesigns.Where(d => d.ProgramId == card.ProgramId && d.Stock > 0).Select(d => d.Id).FirstAsync();
        return (card.Id, design);
    }

    private static async Task<(int Requests, int Entries, int Audits, int Counters)> CountsAsync(Harness h)
    {
        await using var db = await h.DbAsync();
        return (await db.ReissueRequests.CountAsync(), await db.JournalEntries.CountAsync(), await db.AuditRecords.CountAsync(),
            await db.BusinessNumberCounters.CountAsync(c => c.Series == "reissue-request"));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_700_character_waiver_reason_gets_the_Korean_length_message_changes_nothing_and_is_not_retried(string provider)
    {
        // ReissueService has no length check of its own for the waiver reason (column: 500): the platform check is the net.
        await using var h = await Harness.StartAsync(provider, demoMembers: 20);
        var (cardId, designId) = await CardAsync(h);
        h.Actor.Current = TestActor.Supervisor;
        var service = h.Get<ReissueService>();
        var before = await CountsAsync(h);
        var attemptsBefore = h.Writer.Attempts;

        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() =>
            service.RequestAsync(new ReissueCommand(cardId, ReissueReason.Damaged, designId, true, new string('가', 700), "long")));

        Assert.Equal("면제 사유은(는) 최대 500자까지 입력할 수 있습니다 (입력 700자).", refused.Message);
        Assert.Equal(1, h.Writer.Attempts - attemptsBefore);
        Assert.Equal(before, await CountsAsync(h));
        await using (var db = await h.DbAsync())
            Assert.Equal(CardStatus.Active, await db.Cards.Where(c => c.Id == cardId).Select(c => c.Status).SingleAsync());

        // the refused command took no number: the next request of the day is the first
        var issued = await service.RequestAsync(new ReissueCommand(cardId, ReissueReason.Damaged, designId, true, "배송 사고로 파손되어 재발급", "ok"));
        Assert.Equal("R20261120-000001", issued.RequestNo);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_too_long_lost_card_note_is_refused_by_the_service_and_nothing_changes(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 20);
        var (cardId, _) = await CardAsync(h);
        var before = await CountsAsync(h);
        int reports;
        await using (var db = await h.DbAsync()) reports = await db.LostCardReports.CountAsync();
        var attemptsBefore = h.Writer.Attempts;

        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() =>
            h.Get<LostCardService>().ReportAsync(new LostCardCommand(cardId, LossKind.Lost, ReportChannel.Phone, new string('a', 700), "k")));

        Assert.Contains("500자", refused.Message);
        Assert.Equal(0, h.Writer.Attempts - attemptsBefore);
        Assert.Equal(before, await CountsAsync(h));
        await using var read = await h.DbAsync();
        Assert.Equal(reports, await read.LostCardReports.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_platform_check_names_the_field_from_the_model_and_falls_back_to_the_property_name(string provider)
    {
        await using var h = await Harness.StartAsync(provider);

        var named = await Assert.ThrowsAsync<BusinessRuleException>(() => h.Writer.ExecuteAsync((db, _) =>
        {
            db.PublicHolidays.Add(new PublicHoliday { Date = new DateOnly(2026, 12, 24), Name = new string('휴', 51) });
            return Task.CompletedTask;
        }));
        Assert.Equal("이름은(는) 최대 50자까지 입력할 수 있습니다 (입력 51자).", named.Message);

        var unnamed = await Assert.ThrowsAsync<BusinessRuleException>(() => h.Writer.ExecuteAsync(async (db, ct) =>
        {
            var program = await db.Programs.OrderBy(p => p.Id).FirstAsync(ct);
            program.Code = new string('X', 33);
        }));
        Assert.Equal("Code은(는) 최대 32자까지 입력할 수 있습니다 (입력 33자).", unnamed.Message);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_foreign_key_failure_surfaces_at_once_as_a_Korean_message(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var attemptsBefore = h.Writer.Attempts;

        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() => h.Writer.ExecuteAsync((db, _) =>
        {
            db.Accounts.Add(new Account { Kind = AccountKind.Emoney, MemberId = 987_654 }); // no such member
            return Task.CompletedTask;
        }));

        Assert.Equal("연결된 기록을 찾을 수 없습니다. 화면을 새로 고친 뒤 다시 시도하세요.", refused.Message);
        Assert.Equal(1, h.Writer.Attempts - attemptsBefore);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_unknown_failure_surfaces_at_once_as_itself(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var attemptsBefore = h.Writer.Attempts;

        await Assert.ThrowsAsync<InvalidOperationException>(() => h.Writer.ExecuteAsync((_, _) => throw new InvalidOperationException("bug")));

        Assert.Equal(1, h.Writer.Attempts - attemptsBefore);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_known_unique_race_is_retried_a_bounded_number_of_times(string provider)
    {
        // A command without the check that would find the winner: the known unique index refuses it on every run,
        // and DbWriter gives up after MaxAttempts with a Korean message instead of spinning.
        await using var h = await Harness.StartAsync(provider);
        var day = new DateOnly(2026, 12, 24);
        await h.Writer.ExecuteAsync((db, _) =>
        {
            db.PublicHolidays.Add(new PublicHoliday { Date = day, Name = "첫째" });
            return Task.CompletedTask;
        });
        var (attemptsBefore, retriesBefore) = (h.Writer.Attempts, h.Writer.Retries);
        var failures = new List<DbFailureKind>();
        h.Writer.Retrying += (_, failure) => failures.Add(failure.Kind);

        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() => h.Writer.ExecuteAsync((db, _) =>
        {
            db.PublicHolidays.Add(new PublicHoliday { Date = day, Name = "둘째" });
            return Task.CompletedTask;
        }));

        Assert.Contains("동시에", refused.Message);
        Assert.Equal(DbWriter.MaxAttempts, h.Writer.Attempts - attemptsBefore);
        Assert.Equal(DbWriter.MaxAttempts - 1, h.Writer.Retries - retriesBefore);
        Assert.All(failures, f => Assert.Equal(DbFailureKind.UniqueViolation, f));
    }
}
