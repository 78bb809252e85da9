using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace BackOffice.Tests.Delivery;

/// <summary>
/// The daily mailing batch (issue 14 item 2) through the real job and services on SQLite and PostgreSQL, with the
/// fake clock: the cut-off at midnight KST (000 배송), the weekend and holiday rule (<see cref="MailingSchedule"/>),
/// idempotency, the address lock, the files and the audited downloads.
/// </summary>
public class MailingBatchTests
{
    private static readonly TimeSpan Kst = TimeSpan.FromHours(9);
    private static int _seq;

    private static FakeTimeProvider At(int month, int day, int hour, int minute = 0, int second = 0) =>
        new(new DateTimeOffset(2026, month, day, hour, minute, second, Kst));

    private static void MoveTo(Harness h, int month, int day, int hour, int minute = 0, int second = 0) =>
        h.Clock.SetUtcNow(new DateTimeOffset(2026, month, day, hour, minute, second, Kst));

    /// <summary>An application as the shipments part records it: a member, a card, a Requested shipment of today (KST).</summary>
    private static async Task<long> ApplyAsync(Harness h, string name = "김배송", ShipmentMethod method = ShipmentMethod.Ordinary)
    {
        var seq = Interlocked.Increment(ref _seq);
        await using var db = await h.DbAsync();
        var programId = await db.Programs.Where(p => p.Code == ProgramPresets.LocalCurrency).Select(p => p.Id).SingleAsync();
        var today = h.Clock.TodayKst();
        var member = new Member
        {
            MemberNo = $"D{seq:D8}",
            Name = name,
            Phone = "01055550000",
            Address = "서울특별시 중구 세종대로 110",
            BirthDate = new DateOnly(1990, 1, 1),
            JoinedAt = h.Clock.GetUtcNow().AddDays(-30),
            Cards = [new Card { ProgramId = programId, Last4 = $"{seq % 10000:D4}", Design = "기본", IssuedOn = today, ExpiresOn = today.AddYears(5) }],
        };
        db.Members.Add(member);
        await db.SaveChangesAsync();
        var shipment = new Shipment
        {
            CardId = member.Cards[0].Id,
            MemberId = member.Id,
            Kind = ShipmentKind.NewCard,
            Number = $"S{today:yyyyMMdd}-{seq:D6}",
            ApplicationDay = today,
            RequestedAt = h.Clock.GetUtcNow(),
            Status = ShipmentStatus.Requested,
            Method = method,
            Postcode = "04524",
            RoadAddress = "서울특별시 중구 세종대로 110",
            AddressDetail = $"{seq}호",
            Address = $"서울특별시 중구 세종대로 110 {seq}호",
            Design = "기본",
        };
        db.Shipments.Add(shipment);
        await db.SaveChangesAsync();
        return shipment.Id;
    }

    private static async Task<Shipment> ShipmentAsync(Harness h, long id)
    {
        await using var db = await h.DbAsync();
        return await db.Shipments.AsNoTracking().SingleAsync(s => s.Id == id);
    }

    private static async Task<MailingBatch?> BatchOfAsync(Harness h, DateOnly day)
    {
        await using var db = await h.DbAsync();
        return await db.MailingBatches.AsNoTracking().SingleOrDefaultAsync(b => b.BusinessDay == day);
    }

    private static async Task<string> RunJobAsync(Harness h)
    {
        var run = await h.RunJobAsync<MailingBatchJob>();
        Assert.True(run.Outcome == JobOutcome.Succeeded, run.Message);
        return run.Message;
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_application_at_23_59_59_goes_into_that_days_batch_one_at_midnight_into_the_next(string provider)
    {
        await using var h = await Harness.StartAsync(provider, clock: At(10, 1, 23, 59, 59)); // Thursday
        var late = await ApplyAsync(h);
        h.Clock.Advance(TimeSpan.FromSeconds(1)); // Friday 00:00:00 KST
        var next = await ApplyAsync(h);
        Assert.Equal(new DateOnly(2026, 10, 1), (await ShipmentAsync(h, late)).ApplicationDay);
        Assert.Equal(new DateOnly(2026, 10, 2), (await ShipmentAsync(h, next)).ApplicationDay);

        MoveTo(h, 10, 2, 0, 30);
        Assert.Contains("1건", await RunJobAsync(h));
        var thursday = await BatchOfAsync(h, new DateOnly(2026, 10, 1));
        Assert.NotNull(thursday);
        Assert.Equal(1, thursday.ShipmentCount);
        Assert.Equal(thursday.Id, (await ShipmentAsync(h, late)).MailingBatchId);
        Assert.Equal(ShipmentStatus.Requested, (await ShipmentAsync(h, next)).Status); // still changeable all Friday

        MoveTo(h, 10, 3, 0, 30);
        await RunJobAsync(h);
        var friday = await BatchOfAsync(h, new DateOnly(2026, 10, 2));
        Assert.NotNull(friday);
        Assert.Equal(friday.Id, (await ShipmentAsync(h, next)).MailingBatchId);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Friday_weekend_and_holiday_Monday_applications_join_Tuesdays_batch(string provider)
    {
        // Fri 10-02, Sat 10-03 개천절, Sun 10-04, Mon 10-05 대체공휴일, Tue 10-06.
        await using var h = await Harness.StartAsync(provider, clock: At(10, 2, 15));
        var friday = await ApplyAsync(h);
        // The job runs every night at 00:30; only Saturday's run and Wednesday's make a batch.
        MoveTo(h, 10, 3, 0, 30);
        await RunJobAsync(h);
        MoveTo(h, 10, 3, 11);
        var saturday = await ApplyAsync(h);
        MoveTo(h, 10, 4, 0, 30);
        await RunJobAsync(h);
        MoveTo(h, 10, 4, 11);
        var sunday = await ApplyAsync(h);
        MoveTo(h, 10, 5, 0, 30);
        await RunJobAsync(h);
        MoveTo(h, 10, 5, 11);
        var monday = await ApplyAsync(h);
        MoveTo(h, 10, 6, 0, 30);
        await RunJobAsync(h);
        MoveTo(h, 10, 6, 23, 59, 59);
        var tuesday = await ApplyAsync(h);

        await using (var db = await h.DbAsync())
        {
            var batches = await db.MailingBatches.AsNoTracking().ToListAsync();
            var only = Assert.Single(batches);
            Assert.Equal(new DateOnly(2026, 10, 2), only.BusinessDay);
            Assert.Equal(1, only.ShipmentCount);
        }
        Assert.Equal(ShipmentStatus.Preparing, (await ShipmentAsync(h, friday)).Status);
        foreach (var waiting in new[] { saturday, sunday, monday, tuesday })
            Assert.Equal(ShipmentStatus.Requested, (await ShipmentAsync(h, waiting)).Status);

        MoveTo(h, 10, 7, 0, 30);
        Assert.Contains("4건", await RunJobAsync(h));
        var batch = await BatchOfAsync(h, new DateOnly(2026, 10, 6));
        Assert.NotNull(batch);
        Assert.Equal(4, batch.ShipmentCount);
        foreach (var joined in new[] { saturday, sunday, monday, tuesday })
            Assert.Equal(batch.Id, (await ShipmentAsync(h, joined)).MailingBatchId);
        Assert.StartsWith("M20261006-", batch.Number, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Closing_twice_or_at_once_makes_one_batch_and_one_audit_record(string provider)
    {
        await using var h = await Harness.StartAsync(provider, clock: At(11, 19, 14)); // Thursday
        await ApplyAsync(h);
        await ApplyAsync(h);
        MoveTo(h, 11, 20, 0, 10);

        // The job and a Supervisor's "지금 마감" at the same moment, then both again.
        h.Actor.Current = TestActor.Supervisor;
        await using var other = h.SessionAs(TestActor.Admin);
        var results = await Task.WhenAll(h.Get<MailingBatchService>().CloseNowAsync(), other.Get<MailingBatchService>().CloseNowAsync());
        Assert.Single(results, r => r.Created);
        Assert.All(results, r => Assert.Equal(2, r.ShipmentCount));
        var again = await h.Get<MailingBatchService>().CloseNowAsync();
        Assert.False(again.Created);
        Assert.Contains("변경 없음", await RunJobAsync(h));

        await using var db = await h.DbAsync();
        Assert.Single(await db.MailingBatches.ToListAsync());
        Assert.Equal(1, await db.AuditRecords.CountAsync(a => a.Action == "mailing.batch"));
        Assert.Equal(2, await db.ShipmentEvents.CountAsync(e => e.To == ShipmentStatus.Preparing));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_batch_locks_the_address_records_the_step_and_stores_the_files_with_their_hashes(string provider)
    {
        await using var h = await Harness.StartAsync(provider, clock: At(11, 19, 14));
        var id = await ApplyAsync(h, name: "=cmd|' /C calc'!A0", method: ShipmentMethod.Registered);
        MoveTo(h, 11, 20, 0, 30);
        var summary = await RunJobAsync(h);

        var shipment = await ShipmentAsync(h, id);
        Assert.Equal(ShipmentStatus.Preparing, shipment.Status);
        Assert.Equal(h.Clock.GetUtcNow(), shipment.AddressLockedAt);
        await using var db = await h.DbAsync();
        var batch = await db.MailingBatches.AsNoTracking().SingleAsync();
        Assert.Contains(batch.Number, summary, StringComparison.Ordinal);
        Assert.Equal(batch.Id, shipment.MailingBatchId);
        var step = await db.ShipmentEvents.AsNoTracking().SingleAsync(e => e.ShipmentId == id);
        Assert.Equal((ShipmentStatus?)ShipmentStatus.Requested, step.From);
        Assert.Equal(ShipmentStatus.Preparing, step.To);
        Assert.Equal($"batch:{batch.Number}", step.Source);
        Assert.Equal(Actor.System.Id, step.ActorId);
        var audit = await db.AuditRecords.AsNoTracking().SingleAsync(a => a.Action == "mailing.batch");
        Assert.Equal(batch.Number, audit.EntityId);

        Assert.Equal(MailingFiles.Sha256(batch.ProductionFile), batch.ProductionFileSha256);
        Assert.Equal(MailingFiles.Sha256(batch.MailingList), batch.MailingListSha256);
        var list = Encoding.UTF8.GetString(batch.MailingList[3..]).Split("\r\n");
        Assert.Equal($"{shipment.Number},'=cmd|' /C calc'!A0,04524,서울특별시 중구 세종대로 110,{shipment.AddressDetail},01055550000,등기", list[1]);
        var production = Encoding.UTF8.GetString(batch.ProductionFile[3..]).Split("\r\n");
        Assert.StartsWith($"{shipment.Number},{shipment.CardId},", production[1], StringComparison.Ordinal);
        Assert.EndsWith(",LOCAL,기본,신규 발급,등기", production[1], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_download_needs_the_role_a_reason_and_a_one_time_link_and_is_audited(string provider)
    {
        await using var h = await Harness.StartAsync(provider, clock: At(11, 19, 14));
        await ApplyAsync(h);
        MoveTo(h, 11, 20, 0, 30);
        await RunJobAsync(h);
        string number;
        await using (var db = await h.DbAsync()) number = (await db.MailingBatches.SingleAsync()).Number;

        h.Actor.Current = TestActor.Agent;
        await Assert.ThrowsAsync<ForbiddenException>(() => h.Get<MailingBatchService>().PrepareDownloadAsync(number, MailingFileKind.MailingList, "우체국 전송"));
        await Assert.ThrowsAsync<ForbiddenException>(() => h.Get<MailingBatchService>().CloseNowAsync());

        h.Actor.Current = TestActor.Supervisor;
        var mailing = h.Get<MailingBatchService>();
        var tooShort = await Assert.ThrowsAsync<BusinessRuleException>(() => mailing.PrepareDownloadAsync(number, MailingFileKind.MailingList, "전송"));
        Assert.Contains("사유", tooShort.Message, StringComparison.Ordinal);
        var link = await mailing.PrepareDownloadAsync(number, MailingFileKind.MailingList, "우체국 접수용 전송");
        Assert.StartsWith($"delivery/mailing/{number}/mailing-list?token=", link, StringComparison.Ordinal);
        var token = link[(link.IndexOf('=', StringComparison.Ordinal) + 1)..];

        // Another file, another person: the link is not theirs.
        await using (var admin = h.SessionAs(TestActor.Admin))
            await Assert.ThrowsAsync<BusinessRuleException>(() => admin.Get<MailingBatchService>().DownloadAsync(number, MailingFileKind.MailingList, token));
        var link2 = await mailing.PrepareDownloadAsync(number, MailingFileKind.MailingList, "우체국 접수용 전송");
        var token2 = link2[(link2.IndexOf('=', StringComparison.Ordinal) + 1)..];
        await Assert.ThrowsAsync<BusinessRuleException>(() => mailing.DownloadAsync(number, MailingFileKind.Production, token2));

        var link3 = await mailing.PrepareDownloadAsync(number, MailingFileKind.MailingList, "우체국 접수용 전송");
        var token3 = link3[(link3.IndexOf('=', StringComparison.Ordinal) + 1)..];
        var file = await mailing.DownloadAsync(number, MailingFileKind.MailingList, token3);
        Assert.Equal($"mailing-list-{number}.csv", file.FileName);
        await using (var db = await h.DbAsync())
        {
            Assert.Equal((await db.MailingBatches.SingleAsync()).MailingList, file.Content);
            var audit = await db.AuditRecords.AsNoTracking().SingleAsync(a => a.Action == "mailing.download");
            Assert.Equal("우체국 접수용 전송", audit.Reason);
            Assert.Equal(TestActor.Supervisor.Id, audit.ActorId);
        }
        // Once only.
        await Assert.ThrowsAsync<BusinessRuleException>(() => mailing.DownloadAsync(number, MailingFileKind.MailingList, token3));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_page_outlook_counts_due_later_and_todays_applications(string provider)
    {
        await using var h = await Harness.StartAsync(provider, clock: At(10, 2, 10)); // Friday
        await ApplyAsync(h);
        MoveTo(h, 10, 3, 10); // Saturday: Friday's batch is due, Saturday's waits for Tuesday
        await ApplyAsync(h);
        h.Actor.Current = TestActor.Supervisor;
        var outlook = await h.Get<MailingBatchService>().OutlookAsync();
        Assert.Equal(new DateOnly(2026, 10, 2), outlook.DueBatchDay);
        Assert.False(outlook.DueBatchClosed);
        Assert.Equal((1, 0, 1), (outlook.DueCount, outlook.LaterCount, outlook.TodayCount));
        await h.Get<MailingBatchService>().CloseNowAsync();
        MoveTo(h, 10, 4, 10);
        outlook = await h.Get<MailingBatchService>().OutlookAsync();
        Assert.True(outlook.DueBatchClosed);
        Assert.Equal((0, 1, 0), (outlook.DueCount, outlook.LaterCount, outlook.TodayCount));
        var page = await h.Get<MailingBatchService>().ListAsync(0, 20);
        Assert.Equal(1, page.Total);
        Assert.Equal(TestActor.Supervisor.Name, page.Rows[0].ClosedByName);
    }
}
