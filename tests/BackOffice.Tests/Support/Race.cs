namespace BackOffice.Tests.Support;

/// <summary>
/// Two commands at once, from two sessions, released together. Which one is started first alternates by round, and
/// the one started second waits a little longer every other round (0, 5, 10 … 35 ms: no assertion depends on it, it
/// only lets the slower command win now and then), so that over the rounds each side gets its chance to win: a race
/// test then asserts that both orderings really happened (a test that saw only one ordering proved half of what it says).
/// </summary>
public static class Race
{
    public static readonly Type[] Refusals = [typeof(BusinessRuleException), typeof(ForbiddenException), typeof(LedgerRejectedException)];

    /// <summary>Null when the command succeeded, the refusal's message when it was refused; anything else fails the test.</summary>
    public static async Task<string?> TryAsync(Func<Task> action)
    {
        try
        {
            await action();
            return null;
        }
        catch (Exception ex) when (Refusals.Contains(ex.GetType()))
        {
            return ex.Message;
        }
    }

    /// <summary>Runs both at once (released by one gate; the first started alternates with the round) and returns each outcome.</summary>
    public static async Task<(string? A, string? B)> TwoAsync(int round, Func<Task> a, Func<Task> b)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var lag = TimeSpan.FromMilliseconds(round / 2 % 8 * 5);
        Task<string?> Start(Func<Task> action, TimeSpan wait) => Task.Run(async () =>
        {
            await gate.Task;
            if (wait > TimeSpan.Zero) await Task.Delay(wait);
            return await TryAsync(action);
        });
        Task<string?> ta, tb;
        if (round % 2 == 0)
        {
            ta = Start(a, TimeSpan.Zero);
            tb = Start(b, lag);
        }
        else
        {
            tb = Start(b, TimeSpan.Zero);
            ta = Start(a, lag);
        }
        gate.SetResult();
        return (await ta, await tb);
    }

    /// <summary>
    /// Runs rounds (each on its own fresh data, each checking the invariant and returning who won) until both sides
    /// have won at least once, at most <paramref name="maxRounds"/>; fails when one side never won.
    /// </summary>
    public static async Task<IReadOnlyList<string>> UntilBothWinAsync(int maxRounds, string sideA, string sideB, Func<int, Task<string>> round)
    {
        var winners = new List<string>();
        for (var i = 0; i < maxRounds && !(winners.Contains(sideA) && winners.Contains(sideB)); i++)
        {
            var winner = await round(i);
            Assert.True(winner == sideA || winner == sideB, $"round {i}: unexpected winner '{winner}'");
            winners.Add(winner);
        }
        Assert.True(winners.Contains(sideA) && winners.Contains(sideB),
            $"in {winners.Count} rounds only one ordering happened: {string.Join(", ", winners)}");
        return winners;
    }
}
