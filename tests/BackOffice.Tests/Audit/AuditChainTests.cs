using Microsoft.EntityFrameworkCore;

namespace BackOffice.Tests.Audit;

/// <summary>Issue 10 item 7: the audit hash chain, its verification and the triggers that refuse UPDATE and DELETE.</summary>
public class AuditChainTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    private static Task RecordAsync(Harness h, int count, string action = "test.action") =>
        h.Writer.ExecuteAsync((db, _) =>
        {
            for (var i = 0; i < count; i++)
                db.Record(TestActor.Agent, h.Clock.GetUtcNow(), action, "Test", i.ToString(KoreanTime.Culture), after: new { n = i }, reason: "사유 " + i);
            return Task.CompletedTask;
        });

    private static async Task<AuditChainReport> VerifyAsync(Harness h)
    {
        await using var db = await h.DbAsync();
        return await AuditChainVerifier.VerifyAsync(db);
    }

    /// <summary>Drops the triggers, as someone with direct database access could, to edit rows behind the portal's back.</summary>
    private static async Task DropTriggersAsync(Harness h)
    {
        await using var db = await h.DbAsync();
        foreach (var sql in AuditTriggers.DropStatements(db.Database.ProviderName)) await db.Database.ExecuteSqlRawAsync(sql);
    }

    private static async Task<Exception> RawAsync(Harness h, string sql)
    {
        await using var db = await h.DbAsync();
        return await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync(sql));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_chain_verifies_after_real_service_commands(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 20);
        long cardId, memberId;
        await using (var db = await h.DbAsync())
        {
            var card = await db.Cards.Where(c => c.Status == CardStatus.Active && c.MemberId != null).OrderBy(c => c.Id).FirstAsync();
            (cardId, memberId) = (card.Id, card.MemberId!.Value);
        }
        await h.Get<PersonalDataService>().UnmaskAsync(memberId, PersonalField.Phone, "고객 본인 확인 통화");
        await h.Get<LostCardService>().ReportAsync(new LostCardCommand(cardId, LossKind.Lost, ReportChannel.Phone, "버스에서 분실", "chain-1"));
        h.Actor.Current = TestActor.Admin;
        await h.Get<HolidayService>().AddAsync(new DateOnly(2026, 12, 24), "임시 공휴일", false);

        await using var check = await h.DbAsync();
        var records = await check.AuditRecords.AsNoTracking().OrderBy(a => a.Sequence).ToListAsync();
        Assert.True(records.Count >= 3, $"{records.Count} audit records");
        Assert.Equal(Enumerable.Range(1, records.Count).Select(i => (long?)i), records.Select(r => r.Sequence));
        Assert.Equal(AuditChain.Genesis, records[0].PreviousHash);
        Assert.All(records.Skip(1).Zip(records), pair => Assert.Equal(pair.Second.Hash, pair.First.PreviousHash));
        var report = await AuditChainVerifier.VerifyAsync(check);
        Assert.Null(report.FirstBreak);
        Assert.Equal(records.Count, report.Checked);
        var head = await check.AuditChainHeads.SingleAsync();
        Assert.Equal((records[^1].Sequence!.Value, records[^1].Hash), (head.Sequence, head.Hash));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_edited_row_is_reported_at_its_sequence(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        await RecordAsync(h, 5);
        Assert.True((await VerifyAsync(h)).IsIntact);
        await DropTriggersAsync(h);
        await using (var db = await h.DbAsync())
            await db.AuditRecords.Where(a => a.Sequence == 3).ExecuteUpdateAsync(s => s.SetProperty(a => a.Reason, "변조된 사유"));

        var report = await VerifyAsync(h);

        Assert.Equal(3L, report.FirstBreak?.Sequence);
        Assert.Contains("수정", report.FirstBreak!.Problem);
        Assert.Equal(2, report.Checked);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_deleted_row_and_a_removed_tail_are_reported(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        await RecordAsync(h, 5);
        await DropTriggersAsync(h);
        await using (var db = await h.DbAsync())
            await db.AuditRecords.Where(a => a.Sequence == 5).ExecuteDeleteAsync();
        var tail = await VerifyAsync(h);
        Assert.Equal(5L, tail.FirstBreak?.Sequence);
        Assert.Contains("삭제", tail.FirstBreak!.Problem);

        await using (var db = await h.DbAsync())
            await db.AuditRecords.Where(a => a.Sequence == 2).ExecuteDeleteAsync();
        var gap = await VerifyAsync(h);
        Assert.Equal(2L, gap.FirstBreak?.Sequence);
        Assert.Contains("없습니다", gap.FirstBreak!.Problem);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_database_refuses_an_update_and_a_delete_of_audit_rows(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        await RecordAsync(h, 2);

        var update = await RawAsync(h, """UPDATE "AuditRecords" SET "Reason" = 'x'""");
        var delete = await RawAsync(h, """DELETE FROM "AuditRecords" """);

        Assert.Contains(AuditTriggers.Message, update.Message);
        Assert.Contains(AuditTriggers.Message, delete.Message);
        if (provider == "postgres")
            Assert.Contains(AuditTriggers.Message, (await RawAsync(h, """TRUNCATE "AuditRecords" """)).Message);
        await using var db = await h.DbAsync();
        Assert.Equal(["사유 0", "사유 1"], await db.AuditRecords.OrderBy(a => a.Sequence).Select(a => a.Reason).ToListAsync());
        Assert.True((await AuditChainVerifier.VerifyAsync(db)).IsIntact);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Parallel_writers_leave_one_linear_chain(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        const int writers = 8;
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var tasks = Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            await gate.Task;
            await h.Writer.ExecuteAsync(async (db, ct) =>
            {
                db.Record(TestActor.Agent, h.Clock.GetUtcNow(), "test.parallel", "Test", $"w{w}-a");
                await db.SaveChangesAsync(ct); // two saves in one transaction: the lock is held from the first
                db.Record(TestActor.Agent, h.Clock.GetUtcNow(), "test.parallel", "Test", $"w{w}-b");
            });
        })).ToList();
        gate.SetResult();
        await Task.WhenAll(tasks);

        var report = await VerifyAsync(h);
        Assert.Null(report.FirstBreak);
        Assert.Equal(2 * writers, report.Checked);
        await using var db = await h.DbAsync();
        // Each writer's two records are consecutive: nobody appended between them while the first held the lock.
        var order = await db.AuditRecords.OrderBy(a => a.Sequence).Select(a => a.EntityId).ToListAsync();
        for (var i = 0; i < order.Count; i += 2)
            Assert.Equal((order[i][..^2], "a", "b"), (order[i + 1][..^2], order[i][^1..], order[i + 1][^1..]));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Rows_written_before_the_chain_are_sealed_once_oldest_first(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        await using (var db = await h.DbAsync())
        {
            // A row as the portal wrote it before this migration: no sequence, no hashes (INSERT is allowed).
            var ticks = h.Clock.GetUtcNow().UtcTicks;
            await db.Database.ExecuteSqlAsync(
                $"""INSERT INTO "AuditRecords" ("At", "ActorId", "ActorName", "Action", "EntityType", "EntityId") VALUES ({ticks}, 'old', '이전', 'legacy', 'Test', '1')""");
            await db.Database.ExecuteSqlAsync(
                $"""INSERT INTO "AuditRecords" ("At", "ActorId", "ActorName", "Action", "EntityType", "EntityId") VALUES ({ticks}, 'old', '이전', 'legacy', 'Test', '2')""");
            var unsealed = await AuditChainVerifier.VerifyAsync(db);
            Assert.Contains("해시가 없는", unsealed.FirstBreak?.Problem);

            Assert.Equal(2, await AuditChain.SealLegacyAsync(db));
            Assert.Equal(0, await AuditChain.SealLegacyAsync(db));
        }
        await RecordAsync(h, 1, "after");

        await using var check = await h.DbAsync();
        Assert.Equal(["legacy", "legacy", "after"], await check.AuditRecords.OrderBy(a => a.Sequence).Select(a => a.Action).ToListAsync());
        Assert.Equal(3, (await AuditChainVerifier.VerifyAsync(check)).Checked);
        Assert.True((await AuditChainVerifier.VerifyAsync(check)).IsIntact);
        // Sealed rows are now refused like any other.
        Assert.Contains(AuditTriggers.Message, (await RawAsync(h, """UPDATE "AuditRecords" SET "Reason" = 'x' WHERE "Action" = 'legacy'""")).Message);
    }

    [Fact]
    public async Task Verify_audit_prints_OK_or_the_first_broken_link()
    {
        await using var h = await Harness.StartAsync("sqlite");
        await RecordAsync(h, 3);
        var ok = new StringWriter();
        Assert.True(await CommandLine.VerifyAuditAsync(h.Services, ok));
        Assert.Contains("OK: the audit chain is intact (3 records)", ok.ToString());

        await DropTriggersAsync(h);
        await using (var db = await h.DbAsync())
            await db.AuditRecords.Where(a => a.Sequence == 2).ExecuteUpdateAsync(s => s.SetProperty(a => a.ActorName, "다른 사람"));
        var broken = new StringWriter();
        Assert.False(await CommandLine.VerifyAuditAsync(h.Services, broken));
        Assert.Contains("FAILED: the audit chain is broken at sequence 2", broken.ToString());
    }

    [Fact]
    public async Task The_compliance_check_needs_the_audit_permission()
    {
        await using var h = await Harness.StartAsync("sqlite");
        await RecordAsync(h, 2);
        h.Actor.Current = TestActor.Compliance;
        Assert.Equal(2, (await h.Get<AuditChainService>().VerifyAsync()).Checked);
        h.Actor.Current = TestActor.Agent;
        await Assert.ThrowsAsync<ForbiddenException>(() => h.Get<AuditChainService>().VerifyAsync());
    }
}
