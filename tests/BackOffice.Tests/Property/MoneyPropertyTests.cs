using System.Diagnostics;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Xunit.Abstractions;

namespace BackOffice.Tests.Property;

/// <summary>A test of the long run: skipped unless <c>BACKOFFICE_LONG_PROPERTY=1</c>.</summary>
public sealed class LongPropertyFactAttribute : FactAttribute
{
    public const string Variable = "BACKOFFICE_LONG_PROPERTY";

    public static bool Enabled => Environment.GetEnvironmentVariable(Variable) == "1";

    public LongPropertyFactAttribute()
    {
        if (!Enabled) Skip = $"the long property run: set {Variable}=1";
    }
}

/// <summary>
/// Issue 16 item 6: FsCheck generates random sequences of every money action across programs (card top-ups and
/// payments, e-money, lost-card reports with their sweep, reissues with their fee, refunds filed, approved, rejected,
/// batched and paid by several staff so that the maker-checker refusals happen, credits and points earned, used, expired
/// and forfeited, time moving so that cards, credits and points expire), runs each through the real services on its own
/// database, and checks the invariants after every step (<see cref="MoneyRun"/>). A failure prints the sequence as it ran
/// and what broke after which step.
/// <para>CI runs the short form (SQLite, <see cref="ShortSequences"/> sequences of <see cref="ShortSteps"/> steps);
/// <c>BACKOFFICE_LONG_PROPERTY=1</c> runs 10,000 sequences on SQLite and a PostgreSQL variant. <c>BACKOFFICE_PROPERTY_SEQUENCES</c>
/// and <c>BACKOFFICE_PROPERTY_STEPS</c> override the counts of whichever run is selected.</para>
/// </summary>
public class MoneyPropertyTests(ITestOutputHelper output)
{
    public const int ShortSequences = 20;
    public const int ShortSteps = 20;
    public const int LongSequences = 10_000;
    public const int LongPostgresSequences = 1_000;
    public const int LongSteps = 25;

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;

    [Fact]
    public Task Short_run_random_money_sequences_keep_every_invariant_after_every_step_on_sqlite() =>
        RunAsync("sqlite", Setting("BACKOFFICE_PROPERTY_SEQUENCES", ShortSequences), Setting("BACKOFFICE_PROPERTY_STEPS", ShortSteps));

    [LongPropertyFact]
    public Task Long_run_random_money_sequences_keep_every_invariant_after_every_step_on_sqlite() =>
        RunAsync("sqlite", Setting("BACKOFFICE_PROPERTY_SEQUENCES", LongSequences), Setting("BACKOFFICE_PROPERTY_STEPS", LongSteps));

    [LongPropertyFact]
    public Task Long_run_random_money_sequences_keep_every_invariant_after_every_step_on_postgres() =>
        RunAsync("postgres", Setting("BACKOFFICE_PROPERTY_SEQUENCES", LongPostgresSequences), Setting("BACKOFFICE_PROPERTY_STEPS", LongSteps));

    private async Task RunAsync(string provider, int sequences, int steps)
    {
        var watch = Stopwatch.StartNew();
        await using var template = await MoneyTemplate.CreateAsync(provider);
        var templateSeconds = watch.Elapsed.TotalSeconds;
        var (runs, done, refused, paid) = (0, 0L, 0L, 0L);
        // FsCheck calls the property synchronously: run it off xUnit's synchronization context so the blocking wait
        // on each sequence cannot deadlock.
        await Task.Run(() =>
            Prop.ForAll(MoneyGen.Sequences(steps), sequence =>
            {
                var tally = MoneyRun.RunAsync(template, sequence).GetAwaiter().GetResult();
                runs++;
                done += tally.Done;
                refused += tally.Refused;
                paid += tally.Paid;
            }).Check(Config.QuickThrowOnFailure.WithMaxTest(sequences).WithName($"money sequences on {provider}")));
        output.WriteLine($"{provider}: {runs:N0} sequences of {steps} steps in {watch.Elapsed.TotalSeconds:0.0} s (template {templateSeconds:0.0} s) " +
            $"({done:N0} steps done, {refused:N0} refused, {paid:N0} refunds paid)");
        Assert.Equal(sequences, runs);
    }

    /// <summary>
    /// The interpreter reaches the end of the refund workflow and meets both maker-checker refusals, whatever the random
    /// runs happen to draw: a fixed sequence (card 0 is the LOCAL card of member 0).
    /// </summary>
    [Fact]
    public async Task A_fixed_sequence_pays_a_refund_after_refusing_the_requester_as_approver_and_the_approver_as_payer()
    {
        await using var template = await MoneyTemplate.CreateAsync("sqlite");
        MoneyStep[] steps =
        [
            new(MoneyAct.CardTopUp, 0, 0, 5, 50),     // 50,000 won, no discount
            new(MoneyAct.CardPay, 0, 0, 1, 0),        // 3,000 spent
            new(MoneyAct.FileRefund, 0, 0, 1, 0),     // 김상담 files a disaster/defect refund to the bank account
            new(MoneyAct.ApproveRefund, 5, 0, 1, 0),  // the requester (김상담, an Agent) tries to approve: refused
            new(MoneyAct.ApproveRefund, 0, 0, 1, 0),  // 최재무 approves the Finance step
            new(MoneyAct.PayoutBatch, 0, 0, 1, 0),    // 최재무 batches it and downloads the transfer file
            new(MoneyAct.PayoutResult, 0, 0, 1, 50),  // 최재무, the approver, marks it paid: refused
            new(MoneyAct.Repeat, 0, 0, 1, 0),         // the filing again with its key: nothing changes
            new(MoneyAct.PayoutResult, 1, 0, 1, 50),  // 정재무 marks it paid
        ];
        var tally = await MoneyRun.RunAsync(template, new MoneySequence(steps));
        foreach (var line in tally.Log) output.WriteLine(line);
        Assert.Equal((9, 1), (tally.Steps, tally.Paid));
        Assert.Contains("거절 (ForbiddenException)", tally.Log[3], StringComparison.Ordinal); // the requester (an Agent) may not approve
        Assert.Contains("거절 (ForbiddenException): 이 환불을 승인한 담당자는", tally.Log[6], StringComparison.Ordinal);
        Assert.Contains("지급 완료", tally.Log[8], StringComparison.Ordinal);
    }
}
