using Microsoft.EntityFrameworkCore;

namespace BackOffice.Tests.Audit;

public class AuditQueriesTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Pages_run_newest_first_and_every_filter_narrows_the_log(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 2);
        await using var db = await h.DbAsync();
        var member = await db.Members.SingleAsync(m => m.MemberNo == "M00000001");
        // 30 records, one per hour from 2026-11-19 00:00 KST; every third one about the member, by the agent.
        var start = new DateTimeOffset(2026, 11, 19, 0, 0, 0, TimeSpan.FromHours(9));
        await h.Writer.ExecuteAsync((w, _) =>
        {
            for (var i = 0; i < 30; i++)
            {
                var actor = i % 3 == 0 ? TestActor.Agent : TestActor.Compliance;
                w.Record(actor, start.AddHours(i), i % 3 == 0 ? "member.unmask" : "ledger.check", i % 3 == 0 ? "Member" : "Ledger",
                    i % 3 == 0 ? member.Id.ToString() : "all", after: new { n = i }, reason: $"사유 {i}", memberId: i % 3 == 0 ? member.Id : null);
            }
            return Task.CompletedTask;
        });
        h.Actor.Current = TestActor.Compliance;
        var queries = h.Get<AuditQueries>();

        var first = await queries.PageAsync(new AuditFilter(), 0, 25);
        var second = await queries.PageAsync(new AuditFilter(), 25, 25);
        Assert.Equal(30, first.Total);
        Assert.Equal(25, first.Rows.Count);
        Assert.Equal(5, second.Rows.Count);
        var all = first.Rows.Concat(second.Rows).ToList();
        Assert.Equal(all.OrderByDescending(r => r.At).Select(r => r.Id), all.Select(r => r.Id));
        Assert.Equal("사유 29", all[0].Reason);

        var unmask = await queries.PageAsync(new AuditFilter(Action: "member.unmask"), 0, 25);
        Assert.Equal(10, unmask.Total);
        Assert.All(unmask.Rows, r => Assert.Equal(("개인정보 열람", "M00000001", "회원 " + member.Id), (r.ActionName, r.MemberNo, r.Entity)));

        Assert.Equal(10, (await queries.PageAsync(new AuditFilter(ActorName: "상담"), 0, 25)).Total);
        Assert.Equal(10, (await queries.PageAsync(new AuditFilter(Member: "m00000001"), 0, 25)).Total);
        Assert.Equal(10, (await queries.PageAsync(new AuditFilter(Member: member.Id.ToString()), 0, 25)).Total);
        Assert.Equal(0, (await queries.PageAsync(new AuditFilter(Member: "M99999999"), 0, 25)).Total);
        // KST calendar days: 2026-11-20 holds hours 24..29 of the sequence.
        var day = await queries.PageAsync(new AuditFilter(From: new DateOnly(2026, 11, 20), To: new DateOnly(2026, 11, 20)), 0, 25);
        Assert.Equal(6, day.Total);
        Assert.Equal(2, (await queries.PageAsync(new AuditFilter(new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 20), "member.unmask", "김상담", "M00000001"), 0, 25)).Total);

        var backwards = await Assert.ThrowsAsync<BusinessRuleException>(() => queries.PageAsync(new AuditFilter(new DateOnly(2026, 11, 21), new DateOnly(2026, 11, 20)), 0, 25));
        Assert.Equal("시작일이 종료일보다 늦습니다.", backwards.Message);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Staff_records_name_the_account_and_only_compliance_and_admins_may_read_the_log(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        h.Actor.Current = TestActor.Admin;
        await h.Get<StaffService>().CreateAsync(new NewStaff("tester01", "테스트직원", "correct-horse-battery", [StaffRoles.Agent]));
        var queries = h.Get<AuditQueries>();

        var row = Assert.Single((await queries.PageAsync(new AuditFilter(), 0, 25)).Rows);
        Assert.Equal(("직원 계정 생성", "직원 tester01", "윤관리"), (row.ActionName, row.Entity, row.ActorName));

        foreach (var actor in new[] { TestActor.Agent, TestActor.Supervisor, TestActor.Finance })
        {
            h.Actor.Current = actor;
            await Assert.ThrowsAsync<ForbiddenException>(() => queries.PageAsync(new AuditFilter(), 0, 25));
        }
        h.Actor.Current = TestActor.Compliance;
        Assert.Equal(1, (await queries.PageAsync(new AuditFilter(), 0, 25)).Total);
    }
}
