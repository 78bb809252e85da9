using Microsoft.EntityFrameworkCore;

namespace BackOffice.Tests.Platform;

/// <summary>
/// Business numbers come from a per-day counter taken inside the command's transaction (issue 9, Build 4):
/// gap-free per day, never the same number twice, and no retry storm when fifty commands want one at once.
/// </summary>
public class BusinessNumberTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    private static readonly DateOnly Day = new(2026, 11, 20);

    [Fact]
    public void A_number_keeps_its_prefix_and_date_with_a_zero_padded_sequence()
    {
        Assert.Equal("F20261120-000001", BusinessNumbers.Format("F", Day, 1));
        Assert.Equal("P20261120-001234", BusinessNumbers.Format("P", Day, 1234));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Fifty_parallel_commands_get_the_numbers_1_to_50_once_each_without_a_retry_storm(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var writer = h.Writer;
        var attemptsBefore = writer.Attempts;

        var numbers = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() =>
            writer.ExecuteAsync((db, ct) => BusinessNumbers.NextAsync(db, "test-series", Day, ct)))));

        Assert.Equal(Enumerable.Range(1, 50).Select(n => (long)n), numbers.Order());
        var attempts = writer.Attempts - attemptsBefore;
        Assert.InRange(attempts, 50, 100); // at most one extra run per command on average, never a storm
        await using var read = await h.DbAsync();
        var counter = await read.BusinessNumberCounters.SingleAsync(c => c.Series == "test-series");
        Assert.Equal((Day, 50L), (counter.Day, counter.Last));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Each_series_and_each_day_counts_from_1(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        Task<long> Next(string series, DateOnly day) => h.Writer.ExecuteAsync((db, ct) => BusinessNumbers.NextAsync(db, series, day, ct));

        Assert.Equal(1, await Next("a", Day));
        Assert.Equal(2, await Next("a", Day));
        Assert.Equal(1, await Next("b", Day));
        Assert.Equal(1, await Next("a", Day.AddDays(1)));
        Assert.Equal(3, await Next("a", Day));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_rolled_back_command_does_not_consume_a_number(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var writer = h.Writer;
        Task<long> Next() => writer.ExecuteAsync((db, ct) => BusinessNumbers.NextAsync(db, "s", Day, ct));

        Assert.Equal(1, await Next());
        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() => writer.ExecuteAsync(async (db, ct) =>
        {
            await BusinessNumbers.NextAsync(db, "s", Day, ct);
            throw new BusinessRuleException("거절");
        }));
        Assert.Equal("거절", refused.Message);
        Assert.Equal(2, await Next());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_retried_command_gives_back_the_number_of_its_failed_run(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var writer = h.Writer;
        var (attemptsBefore, retriesBefore) = (writer.Attempts, writer.Retries);
        var runs = 0;

        var number = await writer.ExecuteAsync(async (db, ct) =>
        {
            var n = await BusinessNumbers.NextAsync(db, "s", Day, ct);
            if (++runs == 1) throw new DbUpdateConcurrencyException("someone else changed the row first");
            return n;
        });

        Assert.Equal((1L, 2), (number, runs));
        Assert.Equal((2L, 1L), (writer.Attempts - attemptsBefore, writer.Retries - retriesBefore));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Fifty_parallel_lost_card_reports_get_report_numbers_1_to_50(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 60);
        List<long> cards;
        await using (var db = await h.DbAsync())
        {
            // one active card per member, so the fifty commands share no row but the counter
            cards = await db.Cards.Where(c => c.Status == CardStatus.Active && c.MemberId != null)
                .GroupBy(c => c.MemberId).Select(g => g.Min(c => c.Id)).OrderBy(id => id).Take(50).ToListAsync();
        }
        Assert.Equal(50, cards.Count);
        var service = h.Get<LostCardService>();
        var attemptsBefore = h.Writer.Attempts;

        var receipts = await Task.WhenAll(cards.Select(id => Task.Run(() =>
            service.ReportAsync(new LostCardCommand(id, LossKind.Lost, ReportChannel.Phone, "지하철에서 분실", $"lost-{id}")))));

        Assert.Equal(Enumerable.Range(1, 50).Select(n => $"L20261120-{n:D6}"), receipts.Select(r => r.ReportNo).Order(StringComparer.Ordinal));
        Assert.InRange(h.Writer.Attempts - attemptsBefore, 50, 100);
        await using var read = await h.DbAsync();
        Assert.Equal(50, await read.LostCardReports.CountAsync());
        Assert.True((await LedgerConsistencyCheck.RunAsync(read)).IsConsistent);
    }
}
