using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Platform.DemoData;

/// <summary>
/// A fixed demo member for credits (issue 15, seed 001), written once after the generated members: <b>한크레딧</b>,
/// member number <c>M90001501</c>, three card top-ups approved through <see cref="TopUpSteps"/> (each a lot) and one use
/// through <see cref="CreditService.UseInAsync"/>, all dated relative to the portal's clock:
/// <list type="bullet">
/// <item>3,000 C topped up about a year ago and used up;</item>
/// <item>5,000 C topped up before the use and in use since: 001 §4 case 2 dates it from the use, so its last day is 20 days
/// from now and its expiry notice went out 10 days ago (the run of <see cref="CreditExpiry.MemberAsync"/> then);</item>
/// <item>4,000 C topped up a month ago, untouched, usable for about eleven more months.</item>
/// </list>
/// </summary>
public static class DemoCredits
{
    public const string MemberNo = "M90001501";

    public static Task AddAsync(IServiceProvider services, DateTimeOffset now) =>
        services.GetRequiredService<DbWriter>().ExecuteAsync(async (db, ct) =>
        {
            if (await db.Members.AnyAsync(m => m.MemberNo == MemberNo, ct)) return;
            var program = await db.Programs.Include(p => p.Policies).SingleAsync(p => p.Code == ProgramPresets.Credits, ct);
            var policy = PolicySelector.InForce(program.Policies, now.ToKstDate());
            var today = now.ToKstDate();
            // The use whose anniversary is 20 days from now (001 §4 case 2).
            var useDay = today.AddDays(20).AddMonths(-policy.CreditValidityMonths);
            var usedAt = KoreanTime.StartOfDay(useDay).AddHours(13);
            var member = new Member
            {
                MemberNo = MemberNo,
                Name = "한크레딧",
                Phone = "01015011501",
                BirthDate = new DateOnly(1988, 4, 12),
                Email = "credits@example.com",
                Address = "(04524) 서울특별시 중구 세종대로 110, 5층",
                JoinedAt = usedAt.AddDays(-40),
            };
            db.Members.Add(member);
            await db.SaveChangesAsync(ct);

            async Task<CreditTopUp> TopUpAsync(int n, long amount, DateTimeOffset at)
            {
                var topUp = new CreditTopUp
                {
                    Number = $"T{at.ToKstDate():yyyyMMdd}-9015{n:00}",
                    MemberId = member.Id,
                    ProgramId = program.Id,
                    PolicyVersion = policy.Version,
                    Method = TopUpMethod.Card,
                    Amount = amount,
                    Status = TopUpStatus.ApprovalRequested,
                    RequestedAt = at.AddMinutes(-1),
                    GatewayTransactionId = $"DEMO-{MemberNo}-{n:00}",
                    Institution = "BC카드",
                    ApprovalNumber = $"{30015000 + n}",
                    IdempotencyKey = $"demo:{MemberNo}:topup-{n}",
                };
                db.CreditTopUps.Add(topUp);
                await db.SaveChangesAsync(ct);
                await TopUpSteps.ApplyAsync(db, topUp, TopUpStatus.Approved, CreditService.MemberApp, at, "승인완료 (데모)", "member-app", ct: ct);
                await db.SaveChangesAsync(ct);
                return topUp;
            }

            await TopUpAsync(1, 3_000, usedAt.AddDays(-30));
            await TopUpAsync(2, 5_000, usedAt.AddDays(-10));
            var account = await SystemAccounts.MemberAccountAsync(db, member.Id, AccountKind.Credits, ct);
            await CreditService.UseInAsync(db, member, account, 4_000, "DEMO-ORDER-1501", $"{CreditService.UseWorkflow}:demo:{MemberNo}:1", usedAt, ct);
            await CreditExpiry.MemberAsync(db, member.Id, now.AddDays(-10), ct);
            await TopUpAsync(3, 4_000, now.AddDays(-30));
            await db.SaveChangesAsync(ct);
        });
}
