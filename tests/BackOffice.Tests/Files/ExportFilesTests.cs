using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Tests.Files;

/// <summary>
/// A test export kind the harness registers: <c>rows</c> lines of text, progress after every line, and on request a
/// pause half-way (so a test can look at the progress, cancel, or crash the runner there) or a failure.
/// </summary>
public sealed class TestExportKind(string key, Permission permission, bool personal) : IExportKind
{
    private int _writes;

    public string Key => key;
    public string Title => personal ? "시험 개인정보 파일" : "시험 파일";
    public Permission Permission => permission;
    public bool HoldsPersonalData => personal;
    public string ContentType => "text/csv";

    /// <summary>How many times <see cref="WriteAsync"/> started (a job run twice counts twice).</summary>
    public int Writes => Volatile.Read(ref _writes);

    /// <summary>Set when a paused run reaches half-way; the test releases it with <see cref="Release"/>.</summary>
    public TaskCompletionSource Reached { get; private set; } = New();
    public TaskCompletionSource Release { get; private set; } = New();

    public void ResetPause()
    {
        Reached = New();
        Release = New();
    }

    private static TaskCompletionSource New() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static byte[] Expected(int rows) => Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, rows).Select(i => $"행 {i:D7},{i * 10}\n")));

    public string Validate(ExportParameters parameters)
    {
        if (!int.TryParse(parameters["rows"], out var rows) || rows < 0) throw new BusinessRuleException("행 수를 숫자로 입력하세요.");
        return $"시험_{rows}.csv";
    }

    public async Task WriteAsync(ExportJob job, Stream output, CancellationToken ct)
    {
        Interlocked.Increment(ref _writes);
        var rows = int.Parse(job.Parameters["rows"]!, System.Globalization.CultureInfo.InvariantCulture);
        if (job.Parameters["fail"] == "1") throw new InvalidOperationException("시험 실패");
        await using var writer = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        for (var i = 0; i < rows; i++)
        {
            await writer.WriteAsync($"행 {i:D7},{i * 10}\n");
            if (i + 1 == rows / 2 && job.Parameters["pause"] == "1")
            {
                job.Progress.Report(new ExportProgress(i + 1, rows, "절반 씀"));
                Reached.TrySetResult();
                await Release.Task.WaitAsync(ct);
            }
            else if (i % 1000 == 0)
            {
                job.Progress.Report(new ExportProgress(i + 1, rows, "쓰는 중"));
            }
        }
        await writer.FlushAsync(ct);
    }
}

/// <summary>
/// Background exports (issue 12 item 5) through the real <see cref="ExportService"/> and <see cref="ExportRunner"/> on a
/// real database: start → progress → done → download, permissions, the personal-data reason and step-up, expiry,
/// racing runners, crash recovery, cancel and failure.
/// </summary>
public class ExportFilesTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    private const string Plain = "test-export";
    private const string Personal = "test-personal";

    private static async Task<(Harness H, TestExportKind Plain, TestExportKind Personal)> StartAsync(string provider)
    {
        var plain = new TestExportKind(Plain, Permission.CheckLedger, personal: false); // Finance, Compliance, Admin
        var personal = new TestExportKind(Personal, Permission.ProduceDeductionWorkbook, personal: true); // Compliance
        var h = await Harness.StartAsync(provider, configure: s =>
        {
            s.AddSingleton<IExportKind>(plain);
            s.AddSingleton<IExportKind>(personal);
        });
        return (h, plain, personal);
    }

    private static ExportParameters Rows(int rows, bool pause = false, bool fail = false) => new(new Dictionary<string, string>
    {
        ["rows"] = rows.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["pause"] = pause ? "1" : "0",
        ["fail"] = fail ? "1" : "0",
    });

    private static async Task<ExportFile> RowAsync(Harness h, long id)
    {
        await using var db = await h.DbAsync();
        return await db.ExportFiles.AsNoTracking().SingleAsync(f => f.Id == id);
    }

    private static async Task<byte[]> DownloadAsync(Harness h, long id)
    {
        var exports = h.Get<ExportService>();
        await exports.OpenDownloadAsync(id);
        using var bytes = new MemoryStream();
        await exports.CopyContentAsync(id, bytes);
        return bytes.ToArray();
    }

    /// <summary>Waits (a bounded number of short polls, no timing assertion) until the row satisfies the condition.</summary>
    private static async Task<ExportFile> UntilAsync(Harness h, long id, Func<ExportFile, bool> condition)
    {
        for (var i = 0; i < 500; i++)
        {
            var row = await RowAsync(h, id);
            if (condition(row)) return row;
            await Task.Delay(20);
        }
        var last = await RowAsync(h, id);
        Assert.Fail($"export {id} never reached the condition; last: {last.Status} {last.ProgressDone}/{last.ProgressTotal} {last.Stage}");
        return last;
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_export_runs_with_progress_and_its_owner_downloads_the_same_bytes(string provider)
    {
        var (h, plain, _) = await StartAsync(provider);
        await using var _h = h;
        h.Actor.Current = TestActor.Finance;
        var exports = h.Get<ExportService>();
        const int rows = 150_000; // about 2.4 MB: three chunks
        var id = await exports.StartAsync(Plain, Rows(rows, pause: true), null);

        var queued = await exports.GetAsync(id);
        Assert.Equal((ExportFileStatus.Queued, "시험_150000.csv", "시험 파일"), (queued.Status, queued.FileName, queued.Title));

        var runner = h.Get<ExportRunner>();
        var claimed = await runner.ClaimNextAsync();
        Assert.NotNull(claimed);
        var run = runner.RunClaimedAsync(claimed, CancellationToken.None);
        await plain.Reached.Task.WaitAsync(TimeSpan.FromSeconds(30));
        h.Clock.Advance(TimeSpan.FromSeconds(1)); // the heartbeat writes the progress
        var half = await UntilAsync(h, id, f => f.ProgressDone == rows / 2);
        Assert.Equal((ExportFileStatus.Running, rows / 2L, (long)rows, "절반 씀", runner.RunnerId), (half.Status, half.ProgressDone, half.ProgressTotal, half.Stage, half.RunnerId));
        Assert.Equal(50, (await exports.GetAsync(id)).Percent);
        plain.Release.TrySetResult();
        await run;

        var done = await exports.GetAsync(id);
        var expected = TestExportKind.Expected(rows);
        Assert.Equal(ExportFileStatus.Done, done.Status);
        Assert.Equal(expected.Length, done.Size);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(expected)), done.Sha256);
        Assert.Equal(h.Clock.GetUtcNow().AddDays(7), done.ExpiresAt); // the operator's default for files without personal data
        await using (var db = await h.DbAsync())
        {
            Assert.Equal(3, await db.ExportFileChunks.CountAsync(c => c.FileId == id));
        }

        var downloaded = await DownloadAsync(h, id);
        Assert.Equal(expected, downloaded);
        Assert.Equal(1, (await exports.GetAsync(id)).Downloads);
        Assert.Single(await exports.ListMineAsync());
        await using (var db = await h.DbAsync())
        {
            var entityId = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var actions = await db.AuditRecords.Where(a => a.EntityType == nameof(ExportFile) && a.EntityId == entityId).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync();
            Assert.Equal(["export.start", "export.done", "export.download"], actions);
        }
        Assert.Equal(1, plain.Writes);
    }

    [Fact]
    public async Task Only_holders_of_the_kinds_permission_start_it_and_only_the_requester_sees_cancels_or_downloads_it()
    {
        var (h, _, _) = await StartAsync("sqlite");
        await using var _h = h;
        var exports = h.Get<ExportService>();

        h.Actor.Current = TestActor.Agent;
        var refused = await Assert.ThrowsAsync<ForbiddenException>(() => exports.StartAsync(Plain, Rows(10), null));
        Assert.Contains(Permission.CheckLedger.Label(), refused.Message);
        Assert.Empty(await exports.ListMineAsync());
        await Assert.ThrowsAsync<BusinessRuleException>(() => exports.StartAsync("no-such-kind", Rows(10), null));

        h.Actor.Current = TestActor.Finance;
        var bad = await Assert.ThrowsAsync<BusinessRuleException>(() => exports.StartAsync(Plain, new ExportParameters(new Dictionary<string, string>()), null));
        Assert.Equal("행 수를 숫자로 입력하세요.", bad.Message);
        var id = await exports.StartAsync(Plain, Rows(10), null);
        await h.Get<ExportRunner>().RunPendingAsync();

        h.Actor.Current = TestActor.Finance2; // holds the permission, but it is not theirs
        Assert.Equal(ExportService.NotYours, (await Assert.ThrowsAsync<ForbiddenException>(() => exports.OpenDownloadAsync(id))).Message);
        await Assert.ThrowsAsync<ForbiddenException>(() => exports.GetAsync(id));
        await Assert.ThrowsAsync<ForbiddenException>(() => exports.CancelAsync(id));
        Assert.Empty(await exports.ListMineAsync());
        h.Actor.Current = TestActor.Agent; // neither theirs nor permitted
        await Assert.ThrowsAsync<ForbiddenException>(() => exports.OpenDownloadAsync(id));

        h.Actor.Current = TestActor.Finance;
        Assert.Equal(TestExportKind.Expected(10), await DownloadAsync(h, id));
        await using var db = await h.DbAsync();
        Assert.Equal(1, await db.AuditRecords.CountAsync(a => a.Action == "export.download"));
        Assert.Equal(1, (await db.ExportFiles.SingleAsync(f => f.Id == id)).Downloads);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_personal_data_file_needs_a_reason_and_a_fresh_code_and_expires_after_30_days(string provider)
    {
        var (h, _, personal) = await StartAsync(provider);
        await using var _h = h;
        var exports = h.Get<ExportService>();
        h.Actor.Current = TestActor.Finance;
        await Assert.ThrowsAsync<ForbiddenException>(() => exports.StartAsync(Personal, Rows(10), "연말정산 신고 자료 제출"));

        h.Actor.Current = TestActor.Compliance;
        Assert.Contains("5자 이상", (await Assert.ThrowsAsync<BusinessRuleException>(() => exports.StartAsync(Personal, Rows(10), null))).Message);
        Assert.Contains("5자 이상", (await Assert.ThrowsAsync<BusinessRuleException>(() => exports.StartAsync(Personal, Rows(10), " 신고 "))).Message);
        Assert.StartsWith(StepUp.Required, (await Assert.ThrowsAsync<ForbiddenException>(() => exports.StartAsync(Personal, Rows(10), "연말정산 신고 자료 제출"))).Message);
        Assert.Empty(await exports.ListMineAsync());

        await h.StepUpAsync();
        var id = await exports.StartAsync(Personal, Rows(10), "연말정산 신고 자료 제출");
        await h.Get<ExportRunner>().RunPendingAsync();
        var done = await exports.GetAsync(id);
        var madeAt = h.Clock.GetUtcNow();
        Assert.Equal((ExportFileStatus.Done, madeAt.AddDays(30), "연말정산 신고 자료 제출", true), (done.Status, done.ExpiresAt, done.Reason, done.HoldsPersonalData));
        Assert.Equal(1, personal.Writes);

        h.Clock.Advance(TimeSpan.FromDays(30) - TimeSpan.FromSeconds(1));
        Assert.Equal("만료된 파일 없음", (await h.RunJobAsync<ExpireExportsJob>()).Message);
        Assert.Equal(TestExportKind.Expected(10), await DownloadAsync(h, id));

        h.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.StartsWith("파일 1개 만료 처리", (await h.RunJobAsync<ExpireExportsJob>()).Message);
        var expired = await RowAsync(h, id);
        Assert.Equal((ExportFileStatus.Expired, done.Sha256, done.Size), (expired.Status, expired.Sha256, expired.Size));
        await using (var db = await h.DbAsync())
        {
            Assert.Equal(0, await db.ExportFileChunks.CountAsync(c => c.FileId == id));
            var audit = await db.AuditRecords.SingleAsync(a => a.Action == "export.expire");
            Assert.Equal((Actor.System.Id, id.ToString(System.Globalization.CultureInfo.InvariantCulture)), (audit.ActorId, audit.EntityId));
            Assert.Equal(1, await db.AuditRecords.CountAsync(a => a.Action == "export.start" && a.Reason == "연말정산 신고 자료 제출"));
        }
        Assert.Contains("보관 기간이 지나 삭제된 파일", (await Assert.ThrowsAsync<BusinessRuleException>(() => exports.OpenDownloadAsync(id))).Message);
        Assert.Equal("만료된 파일 없음", (await h.RunJobAsync<ExpireExportsJob>()).Message);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Two_runners_racing_for_the_queue_run_each_export_exactly_once(string provider)
    {
        var (h, plain, _) = await StartAsync(provider);
        await using var _h = h;
        h.Actor.Current = TestActor.Finance;
        var exports = h.Get<ExportService>();
        var ids = new List<long>();
        for (var i = 0; i < 12; i++) ids.Add(await exports.StartAsync(Plain, Rows(200 + i), null));

        var a = ActivatorUtilities.CreateInstance<ExportRunner>(h.Services);
        var b = ActivatorUtilities.CreateInstance<ExportRunner>(h.Services);
        Assert.NotEqual(a.RunnerId, b.RunnerId);
        var ran = await Task.WhenAll(Task.Run(() => a.RunPendingAsync()), Task.Run(() => b.RunPendingAsync()));

        Assert.Equal(12, ran.Sum());
        Assert.Equal(12, plain.Writes);
        await using var db = await h.DbAsync();
        var rows = await db.ExportFiles.AsNoTracking().ToListAsync();
        Assert.All(rows, r => Assert.Equal((ExportFileStatus.Done, 1), (r.Status, r.Attempts)));
        Assert.Equal(12, await db.AuditRecords.CountAsync(r => r.Action == "export.done"));
        for (var i = 0; i < ids.Count; i++)
            Assert.Equal(TestExportKind.Expected(200 + i), await DownloadAsync(h, ids[i]));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_export_left_running_by_a_crashed_server_is_queued_again_once_then_failed(string provider)
    {
        var (h, plain, _) = await StartAsync(provider);
        await using var _h = h;
        h.Actor.Current = TestActor.Finance;
        var exports = h.Get<ExportService>();
        var id = await exports.StartAsync(Plain, Rows(50), null);

        var crashed = ActivatorUtilities.CreateInstance<ExportRunner>(h.Services);
        Assert.NotNull(await crashed.ClaimNextAsync()); // claimed, then the process died: no heartbeat any more
        var survivor = ActivatorUtilities.CreateInstance<ExportRunner>(h.Services);
        h.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(0, await survivor.RecoverAsync()); // a recent heartbeat: another server may still be working on it
        h.Clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        Assert.Equal(1, await survivor.RecoverAsync());
        var requeued = await RowAsync(h, id);
        Assert.Equal((ExportFileStatus.Queued, 1, (string?)null), (requeued.Status, requeued.Attempts, requeued.RunnerId));
        Assert.Equal(1, await survivor.RunPendingAsync());
        var done = await RowAsync(h, id);
        Assert.Equal((ExportFileStatus.Done, 2), (done.Status, done.Attempts));
        Assert.Equal(TestExportKind.Expected(50), await DownloadAsync(h, id));

        // A second export crashes twice: after the second claim it fails with a Korean reason instead of looping.
        var second = await exports.StartAsync(Plain, Rows(50), null);
        for (var attempt = 1; attempt <= 2; attempt++)
        {
            Assert.NotNull(await ActivatorUtilities.CreateInstance<ExportRunner>(h.Services).ClaimNextAsync());
            h.Clock.Advance(TimeSpan.FromMinutes(3));
            Assert.Equal(1, await survivor.RecoverAsync());
        }
        var failed = await RowAsync(h, second);
        Assert.Equal((ExportFileStatus.Failed, 2, ExportRunner.Crashed), (failed.Status, failed.Attempts, failed.FailureReason));
        Assert.Equal(0, await survivor.RunPendingAsync());
        Assert.Equal(1, plain.Writes);
        await using var db = await h.DbAsync();
        Assert.Equal(3, await db.AuditRecords.CountAsync(a => a.Action == "export.recovered"));
    }

    [Fact]
    public async Task The_owner_cancels_a_queued_or_running_export_and_a_failing_kind_fails_the_file()
    {
        var (h, plain, _) = await StartAsync("sqlite");
        await using var _h = h;
        h.Actor.Current = TestActor.Finance;
        var exports = h.Get<ExportService>();
        var runner = h.Get<ExportRunner>();

        var queued = await exports.StartAsync(Plain, Rows(10), null);
        await exports.CancelAsync(queued);
        Assert.Equal(ExportFileStatus.Cancelled, (await exports.GetAsync(queued)).Status);
        Assert.Equal("이미 끝난 작업은 취소할 수 없습니다.", (await Assert.ThrowsAsync<BusinessRuleException>(() => exports.CancelAsync(queued))).Message);

        var running = await exports.StartAsync(Plain, Rows(1000, pause: true), null);
        var run = runner.RunClaimedAsync((await runner.ClaimNextAsync())!, CancellationToken.None);
        await plain.Reached.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await exports.CancelAsync(running);
        Assert.True((await exports.GetAsync(running)).CancelRequested);
        h.Clock.Advance(TimeSpan.FromSeconds(1)); // the heartbeat sees the flag and stops the kind
        await run.WaitAsync(TimeSpan.FromSeconds(30));
        var cancelled = await exports.GetAsync(running);
        Assert.Equal(ExportFileStatus.Cancelled, cancelled.Status);
        await using (var db = await h.DbAsync())
        {
            Assert.Equal(0, await db.ExportFileChunks.CountAsync(c => c.FileId == running));
        }
        await Assert.ThrowsAsync<BusinessRuleException>(() => exports.OpenDownloadAsync(running));

        var failing = await exports.StartAsync(Plain, Rows(10, fail: true), null);
        await runner.RunPendingAsync();
        var failed = await exports.GetAsync(failing);
        Assert.Equal((ExportFileStatus.Failed, "파일을 만들지 못했습니다: 시험 실패"), (failed.Status, failed.FailureReason));
        Assert.Equal("만들지 못한 파일입니다.", (await Assert.ThrowsAsync<BusinessRuleException>(() => exports.OpenDownloadAsync(failing))).Message);
        await using (var db = await h.DbAsync())
        {
            Assert.Equal(1, await db.AuditRecords.CountAsync(a => a.Action == "export.failed"));
            Assert.Equal(2, await db.AuditRecords.CountAsync(a => a.Action == "export.cancel"));
        }
    }
}
