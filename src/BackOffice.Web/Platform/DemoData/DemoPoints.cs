using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Platform.DemoData;

/// <summary>
/// A fixed demo member for Oh! points (issue 15, seed 004), written once after the generated members: <b>오포인트</b>,
/// member number <c>M90001504</c>, four lots earned over the years, relative to the portal's clock: the oldest (1,500P,
/// 500P of it used) expires at the end of the month after next, so the run on the first of this month told the member
/// ("yyyy-MM 소멸 예정 1,000P", notice shown on the tab and the timeline); the others expire years later. Every movement
/// goes through <see cref="LotLedger"/> like the service's, so the lots and the ledger stay consistent.
/// </summary>
public static class DemoPoints
{
    public const string MemberNo = "M90001504";

    public static Task AddAsync(IServiceProvider services, DateTimeOffset now) =>
        services.GetRequiredService<DbWriter>().ExecuteAsync(async (db, ct) =>
        {
            if (await db.Members.AnyAsync(m => m.MemberNo == MemberNo, ct)) return;
            var today = now.ToKstDate();
            var member = new Member
            {
                MemberNo = MemberNo,
                Name = "오포인트",
                Phone = "01055551504",
                BirthDate = new DateOnly(1985, 4, 12),
                Email = "points@example.com",
                Address = "(04524) 서울특별시 중구 세종대로 110, 5층",
                JoinedAt = now.AddYears(-6),
            };
            db.Members.Add(member);
            await db.SaveChangesAsync(ct);
            db.Accounts.AddRange(new Account { MemberId = member.Id, Kind = AccountKind.Emoney }, new Account { MemberId = member.Id, Kind = AccountKind.Cashback });

            var program = await db.Programs.SingleAsync(p => p.Code == ProgramPresets.CardCompanyPrepaid, ct);
            var policy = await db.ProgramPolicies.AsNoTracking().Where(p => p.ProgramId == program.Id).OrderBy(p => p.Version).FirstAsync(ct);
            var account = await SystemAccounts.MemberAccountAsync(db, member.Id, AccountKind.Points, ct);
            var funding = await SystemAccounts.IdAsync(db, AccountKind.PointFunding, ct);
            var thisMonth = PointExpiryPlan.FirstOfMonth(today);
            var months = policy.PointValidityMonths;
            var earnings = new (DateTimeOffset At, long Amount, string Source)[]
            {
                (KoreanTime.StartOfDay(thisMonth.AddMonths(2 - months).AddDays(9)).AddHours(14), 1_500, "BC 제휴가맹점 (주유)"),
                (KoreanTime.StartOfDay(thisMonth.AddMonths(-30).AddDays(4)).AddHours(11), 2_000, "BC 제휴가맹점 (마트)"),
                (KoreanTime.StartOfDay(thisMonth.AddMonths(-8).AddDays(19)).AddHours(16), 1_200, "BC 제휴가맹점 (온라인)"),
                (KoreanTime.StartOfDay(thisMonth.AddMonths(-1).AddDays(2)).AddHours(9), 800, "BC 제휴가맹점 (카페)"),
            };
            ValueLot? oldest = null;
            foreach (var (at, amount, source) in earnings)
            {
                var (lastDay, _, rule) = PointRules.Expiry(at, policy);
                var posted = await LotLedger.AcquireAsync(db,
                    new LotAcquisition(LotKind.Point, member.Id, account.Id, program.Id, policy.Version, lastDay, rule, source),
                    new JournalRequest(EntryType.PointEarn, Idempotency.PostingKey(PointService.EarnWorkflow, MemberNo, $"demo-{at:yyyyMMdd}"), at, Actor.System, source,
                        $"Oh! point 적립 {LotLedger.Format(LotKind.Point, amount)} ({source})",
                        [new PostingLine(funding, -amount), new PostingLine(account.Id, amount)]), at, ct);
                oldest ??= posted.Takes[0].Lot;
            }
            await db.SaveChangesAsync(ct);

            var usedAt = earnings[0].At.AddDays(40);
            var merchant = await SystemAccounts.IdAsync(db, AccountKind.MerchantSettlement, ct);
            await LotLedger.UseAsync(db, LotKind.Point, account.Id, 500,
                new JournalRequest(EntryType.PointUse, Idempotency.PostingKey(PointService.UseWorkflow, MemberNo, "demo-use"), usedAt, Actor.System, "BC 제휴가맹점 (편의점)",
                    "Oh! point 사용 500P (BC 제휴가맹점 (편의점))", [new PostingLine(account.Id, -500), new PostingLine(merchant, 500)]), usedAt, ct);
            await db.SaveChangesAsync(ct);

            // The run on the first of this month told the member about the month after next (004 포인트 제5조④).
            var toldAt = KoreanTime.StartOfDay(thisMonth).AddMinutes(20);
            oldest!.ExpiryNoticeAt = toldAt;
            oldest.Version++;
            await NoticeOutbox.EnqueueAsync(db, member.Id, PointNoticeKeys.ExpirySoon, $"{MemberNo}:{thisMonth:yyyyMMdd}", new Dictionary<string, string>
            {
                ["summary"] = string.Join(", ", PointExpiryPlan.Summary([(oldest.ExpiresOn, oldest.Remaining)])),
                ["month"] = PointRules.ExpiryMonth(oldest.ExpiresOn),
            }, toldAt, ct);
            db.Record(Actor.System, toldAt, "point.expiry-notice", "Member", MemberNo, null, new { lots = new[] { oldest.Id } }, memberId: member.Id);
            await db.SaveChangesAsync(ct);
        });
}
