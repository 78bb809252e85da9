using Xunit.Abstractions;

namespace BackOffice.Tests.BadInput;

/// <summary>
/// Issue 16 item 7: a table of bad inputs for every command (service level). Each row names the command and the input;
/// the command must be refused with a Korean message (a <see cref="CommandRefusedException"/> whose message has Hangul,
/// containing the row's expected words) and nothing may change: every table of the EF model (row count and a hash of all
/// values) and the ledger's totals per account kind are compared before and after. A double submit (the key of a command
/// that already ran) must change nothing either: it returns the first result or is refused in Korean.
/// All rows run against one shared portal per provider (<see cref="BadInputWorld"/>); SQLite always, PostgreSQL too
/// (a too-long text is where the two differ: SQLite stores it, PostgreSQL refuses it, so only the service's own check
/// makes both refuse it in Korean).
/// </summary>
public class BadInputTableTests(BadInputWorlds worlds, ITestOutputHelper output) : IClassFixture<BadInputWorlds>
{
    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var provider in Providers())
            foreach (var row in BadInputTable.Rows)
                data.Add(provider, row.Command, row.Input);
        return data;
    }

    /// <summary>
    /// SQLite always (the CI run); PostgreSQL too in the long form (<c>BACKOFFICE_LONG_BADINPUT=1</c>, with the test server
    /// of <c>BACKOFFICE_TEST_POSTGRES</c>): it doubles the table's time, more than the CI budget allows.
    /// </summary>
    private static IEnumerable<string> Providers()
    {
        yield return "sqlite";
        if (Environment.GetEnvironmentVariable("BACKOFFICE_LONG_BADINPUT") == "1"
            && !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(TestDatabase.PostgresVariable))) yield return "postgres";
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_bad_input_is_refused_in_Korean_and_changes_nothing(string provider, string command, string input)
    {
        var row = BadInputTable.Find(command, input);
        var world = await worlds.ForAsync(provider);
        world.H.Actor.Current = row.Actor ?? BadInputWorld.Everyone;
        var before = await world.FingerprintAsync();

        CommandRefusedException? refused = null;
        try
        {
            await row.Act(world);
        }
        catch (CommandRefusedException e)
        {
            refused = e;
        }

        output.WriteLine($"{command} | {input} | {refused?.Message ?? "(not refused)"}");
        var after = await world.FingerprintAsync();
        var changed = before.Keys.Union(after.Keys)
            .Where(k => before.GetValueOrDefault(k) != after.GetValueOrDefault(k))
            .Select(k => $"{k}: {before.GetValueOrDefault(k)} → {after.GetValueOrDefault(k)}").ToList();
        Assert.True(changed.Count == 0, $"{command} with {input} changed: {string.Join("; ", changed)} (refusal: {refused?.Message ?? "none"})");

        if (row.Repeat && refused is null) return; // a double submit may return the first result, as long as nothing changed
        Assert.True(refused is not null, $"{command} accepted {input}.");
        Assert.True(BadInputTable.HasHangul(refused!.Message), $"{command} with {input}: the refusal is not in Korean: {refused.Message}");
        if (row.Expect is not null) Assert.Contains(row.Expect, refused.Message);
        // An over-long text is refused for its length (the message names the limit: "500자 이하"), not for something else.
        if (row.Expect is null && (input.Contains("5,000 characters", StringComparison.Ordinal) || input.Contains("5,000 units", StringComparison.Ordinal)))
            Assert.Matches(@"\d자", refused.Message);
        // A bad amount is refused for the amount (the message names a limit or the amount), not for something else.
        if (input.StartsWith("amount ", StringComparison.Ordinal)) Assert.Matches(@"\d", refused.Message);
    }

    [Fact]
    public void Every_row_names_a_distinct_command_and_input()
    {
        var keys = BadInputTable.Rows.Select(r => r.Command + " | " + r.Input).ToList();
        Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
    }
}
