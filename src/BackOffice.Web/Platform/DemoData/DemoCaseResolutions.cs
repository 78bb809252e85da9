using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Platform.DemoData;

/// <summary>
/// Two fixed demo cases on the 캐시비 demo member (<see cref="DemoRefundMembers.CashbeeMemberNo"/>) for the case
/// resolutions (issue 13 item 5), written once after it on the first start: a paper statement request
/// <see cref="StatementCase"/> with the holder's identity confirmed yesterday (the 캐시비 clock starts there, 003 캐시비
/// 제13조②), and an error correction <see cref="AdjustmentCase"/> with a pending +5,000원 card adjustment proposed by a
/// demo agent account that signs in nowhere, so any Finance or Supervisor user may approve it.
/// </summary>
public static class DemoCaseResolutions
{
    public const string StatementCase = "K20261101-900001";
    public const string AdjustmentCase = "K20261101-900002";
    public const long AdjustmentAmount = 5_000;
    private static readonly Actor DemoAgent = new("demo-case-agent", "데모상담", new HashSet<string>());

    public static Task AddAsync(IServiceProvider services, DateTimeOffset now) =>
        services.GetRequiredService<DbWriter>().ExecuteAsync(async (db, ct) =>
        {
            if (await db.Cases.AnyAsync(c => c.Number == StatementCase, ct)) return;
            var member = await db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.MemberNo == DemoRefundMembers.CashbeeMemberNo, ct);
            if (member is null) return;
            var card = await db.Cards.AsNoTracking().Include(c => c.Program).FirstAsync(c => c.MemberId == member.Id, ct);
            var received = now.AddDays(-2);
            var confirmed = now.AddDays(-1);

            var statementRule = CaseClockRules.For(CaseType.PaperStatement, card.Program!.Code);
            var startsOn = DateOnly.FromDateTime((statementRule.Start == ClockStart.IdentityConfirmed ? confirmed : received).ToKst().DateTime);
            var statementDue = await CaseClockSource.ComputeAsync(db, statementRule, startsOn, null, ct);
            var statement = Case(StatementCase, CaseType.PaperStatement, member.Id, card.ProgramId, "거래내역서 우편 교부 요청", received, statementRule.Key, statementDue);
            statement.IdentityConfirmedAt = confirmed;
            statement.ClockStartsOn = startsOn;

            var correctionRule = CaseClockRules.For(CaseType.ErrorCorrection, card.Program.Code);
            var correctionStart = DateOnly.FromDateTime(received.ToKst().DateTime);
            var correctionDue = await CaseClockSource.ComputeAsync(db, correctionRule, correctionStart, null, ct);
            var correction = Case(AdjustmentCase, CaseType.ErrorCorrection, member.Id, card.ProgramId, "충전 금액 오류 정정 요청", received, correctionRule.Key, correctionDue);
            correction.ClockStartsOn = correctionStart;
            correction.Status = CaseStatus.AwaitingApproval;
            db.Cases.AddRange(statement, correction);
            await db.SaveChangesAsync(ct);

            foreach (var c in new[] { statement, correction })
            {
                db.CaseLinks.Add(new CaseLink { CaseId = c.Id, CardId = card.Id });
                db.CaseEvents.Add(new CaseEvent { CaseId = c.Id, At = received, Kind = "opened", ActorId = DemoAgent.Id, ActorName = DemoAgent.Name, Text = $"{CaseNames.Of(c.Type)} 접수 (데모) · {c.DueDerivation}" });
            }
            db.CaseAdjustments.Add(new CaseAdjustment
            {
                CaseId = correction.Id,
                MemberId = member.Id,
                // The member's e-money, not the card: the refund end-to-end test files this card's balance in the same portal.
                CardId = null,
                Account = AccountKind.Emoney,
                Amount = AdjustmentAmount,
                Reason = "e음머니 충전 5,000원이 반영되지 않음 (데모)",
                Status = AdjustmentStatus.Pending,
                ProposedById = DemoAgent.Id,
                ProposedByName = DemoAgent.Name,
                ProposedAt = received.AddHours(1),
                IdempotencyKey = $"demo:{AdjustmentCase}:adjustment",
            });
            db.CaseEvents.Add(new CaseEvent { CaseId = correction.Id, At = received.AddHours(1), Kind = "adjustment.proposed", ActorId = DemoAgent.Id, ActorName = DemoAgent.Name, Text = "조정 분개 제안 (데모): e음머니 +5,000원" });
            await db.SaveChangesAsync(ct);
        });

    private static ServiceCase Case(string number, CaseType type, long memberId, long programId, string subject, DateTimeOffset received, string rule, CaseDue? due) => new()
    {
        Number = number,
        Type = type,
        Channel = CaseChannel.Phone,
        Status = CaseStatus.Open,
        MemberId = memberId,
        ProgramId = programId,
        Subject = subject,
        ReceivedAt = received,
        OpenedAt = received,
        OpenedById = DemoAgent.Id,
        OpenedByName = DemoAgent.Name,
        AssigneeId = DemoAgent.Id,
        AssigneeName = DemoAgent.Name,
        ClockRuleKey = rule,
        DueOn = due?.DueOn,
        DueDerivation = due?.Derivation ?? "",
        IdempotencyKey = $"demo:{number}",
    };
}
