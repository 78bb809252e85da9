using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Tests.Cases;

/// <summary>Cases for the queue, breach and register tests, opened through the real <see cref="CaseService.OpenAsync"/>.
/// What the cases part's own commands do (delay notice, pause, close) is written straight to the database here, since
/// those commands are built on another branch: the queue only reads the columns they set.</summary>
public static class CaseQueueScenario
{
    private static int _seq;

    public static async Task<CaseOpened> OpenAsync(Harness h, TestCard card, CaseType type, DateTimeOffset receivedAt, Actor? by = null)
    {
        var before = h.Actor.Current;
        h.Actor.Current = by ?? TestActor.Agent;
        try
        {
            var seq = Interlocked.Increment(ref _seq);
            return await h.Get<CaseService>().OpenAsync(new OpenCaseCommand(card.MemberId, type, CaseChannel.Phone, receivedAt, $"문의 {seq}", "내용",
                [card.CardId], [], $"queue-test-{Guid.NewGuid():N}"));
        }
        finally
        {
            h.Actor.Current = before;
        }
    }

    /// <summary>Changes a case row directly (what another part's command would have done).</summary>
    public static async Task EditAsync(Harness h, string number, Action<ServiceCase> edit)
    {
        await using var db = await h.DbAsync();
        var c = await db.Cases.SingleAsync(x => x.Number == number);
        edit(c);
        await db.SaveChangesAsync();
    }

    public static DateTimeOffset Kst(int year, int month, int day, int hour = 10, int minute = 0, int second = 0) =>
        new(year, month, day, hour, minute, second, KoreanTime.Offset);

    /// <summary>A staff account with one role (what the assignee choices and the assignment check read).</summary>
    public static async Task StaffAsync(Harness h, Actor actor, string role, bool disabled = false)
    {
        var users = h.Get<UserManager<StaffUser>>();
        var user = new StaffUser
        {
            Id = actor.Id,
            UserName = "q" + actor.Id.Replace("-", "", StringComparison.Ordinal),
            DisplayName = actor.Name,
            CreatedAt = h.Clock.GetUtcNow(),
            IsDisabled = disabled,
        };
        Assert.True((await users.CreateAsync(user)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
    }

    public sealed class Progress : IProgress<ExportProgress>
    {
        public List<ExportProgress> Reports { get; } = [];
        public void Report(ExportProgress value) => Reports.Add(value);
    }
}
