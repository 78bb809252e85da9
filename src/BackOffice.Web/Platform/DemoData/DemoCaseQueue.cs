using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Platform.DemoData;

/// <summary>
/// Two open cases for the work queue (issue 13), written once on the first start after the refund demo member
/// (<see cref="DemoDataGenerator.EnsureAsync"/>), for that member (<see cref="DemoRefundMembers.CashbeeMemberNo"/>, 강캐시):
/// an UNASSIGNED dispute received 20 days ago, overdue (subject <see cref="OverdueSubject"/>), and a complaint received
/// today, assigned to 김상담. Due dates come from the real clock rules and calendar, with their derivation.
/// </summary>
public static class DemoCaseQueue
{
    public const string OverdueSubject = "데모: 기한 경과 분쟁";
    private static readonly Actor Demo = new("demo-data", "데모 데이터", new HashSet<string>());

    public static Task AddAsync(IServiceProvider services, DateTimeOffset now) =>
        services.GetRequiredService<DbWriter>().ExecuteAsync(async (db, ct) =>
        {
            if (await db.Cases.AnyAsync(c => c.IdempotencyKey == "demo-case-overdue", ct)) return;
            var card = await db.Cards.AsNoTracking().Include(c => c.Program)
                .Where(c => c.Member!.MemberNo == DemoRefundMembers.CashbeeMemberNo).FirstOrDefaultAsync(ct);
            if (card?.MemberId is not { } memberId) return;
            var agent = await db.Users.AsNoTracking().Where(u => u.UserName == "agent").Select(u => new { u.Id, u.DisplayName }).FirstOrDefaultAsync(ct);
            var today = DateOnly.FromDateTime(now.ToKst().DateTime);
            foreach (var (key, type, received, subject, assigneeId, assigneeName) in new (string, CaseType, DateTimeOffset, string, string?, string?)[]
            {
                ("demo-case-overdue", CaseType.Dispute, now.AddDays(-20), OverdueSubject, null, null),
                ("demo-case-new", CaseType.Complaint, now, "데모: 충전 지연 민원", agent?.Id, agent?.DisplayName),
            })
            {
                var rule = CaseClockRules.For(type, card.Program?.Code);
                var startsOn = DateOnly.FromDateTime(received.ToKst().DateTime);
                var due = await CaseClockSource.ComputeAsync(db, rule, startsOn, null, ct);
                var @case = new ServiceCase
                {
                    Number = await BusinessNumbers.NextNumberAsync(db, "case", "K", today, ct),
                    Type = type,
                    Channel = CaseChannel.Phone,
                    Status = CaseStatus.Open,
                    MemberId = memberId,
                    ProgramId = card.ProgramId,
                    Subject = subject,
                    Description = "데모 데이터",
                    ReceivedAt = received,
                    OpenedAt = received,
                    OpenedById = Demo.Id,
                    OpenedByName = Demo.Name,
                    AssigneeId = assigneeId,
                    AssigneeName = assigneeName,
                    ClockRuleKey = rule.Key,
                    ClockStartsOn = startsOn,
                    DueOn = due?.DueOn,
                    DueDerivation = due?.Derivation ?? "",
                    IdempotencyKey = key,
                };
                db.Cases.Add(@case);
                await db.SaveChangesAsync(ct);
                db.CaseLinks.Add(new CaseLink { CaseId = @case.Id, CardId = card.Id });
                db.CaseEvents.Add(new CaseEvent
                {
                    CaseId = @case.Id,
                    At = received,
                    Kind = "opened",
                    ActorId = Demo.Id,
                    ActorName = Demo.Name,
                    Text = $"{CaseNames.Of(type)} 접수 (전화) · 기한 {@case.DueOn?.ToString("yyyy-MM-dd") ?? "-"} · {@case.DueDerivation}",
                });
            }
        });
}
