using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Platform.DemoData;

/// <summary>
/// A fixed demo member for the payment file imports (issue 15), written once after the generated members on the first
/// start (<see cref="DemoDataGenerator.EnsureAsync"/>). No random numbers: <b>한결제</b>, member number <c>M90001503</c>,
/// one card top-up of 10,000 C (PG transaction <see cref="TransactionId"/>) approved yesterday (credited) and now 매입요청,
/// so a settlement file with its 매입완료 row completes it. Its states go through <see cref="TopUpSteps.ApplyAsync"/>.
/// </summary>
public static class DemoPaymentImports
{
    public const string MemberNo = "M90001503";
    public const string TransactionId = "PG-DEMO-90001503";
    public const long Amount = 10_000;

    public static Task AddAsync(IServiceProvider services, DateTimeOffset now) =>
        services.GetRequiredService<DbWriter>().ExecuteAsync(async (db, ct) =>
        {
            if (await db.Members.AnyAsync(m => m.MemberNo == MemberNo, ct)) return;
            var program = await db.Programs.Include(p => p.Policies).SingleAsync(p => p.Code == ProgramPresets.Credits, ct);
            var policy = PolicySelector.InForce(program.Policies, now.ToKstDate());
            var member = new Member
            {
                MemberNo = MemberNo,
                Name = "한결제",
                Phone = "01055551503",
                BirthDate = new DateOnly(1988, 4, 12),
                Email = "payment-import@example.com",
                Address = "(04524) 서울특별시 중구 세종대로 110, 5층",
                JoinedAt = now.AddDays(-60),
            };
            db.Members.Add(member);
            await db.SaveChangesAsync(ct);

            var approvedAt = now.AddDays(-1);
            var topUp = new CreditTopUp
            {
                Number = BusinessNumbers.Format("T", approvedAt.ToKstDate(), 901503),
                MemberId = member.Id,
                ProgramId = program.Id,
                PolicyVersion = policy.Version,
                Method = TopUpMethod.Card,
                Amount = Amount,
                Status = TopUpStatus.ApprovalRequested,
                RequestedAt = approvedAt.AddMinutes(-1),
                GatewayTransactionId = TransactionId,
                Institution = "BC카드",
                ApprovalNumber = "30901503",
                IdempotencyKey = $"demo:{MemberNo}:topup",
            };
            db.CreditTopUps.Add(topUp);
            await db.SaveChangesAsync(ct);
            var app = new Actor("member-app", "회원 앱", new HashSet<string>());
            TopUpLog.Note(db, topUp, app, topUp.RequestedAt, "회원 앱에서 신용카드 충전 요청: 승인요청", "member-app");
            await TopUpSteps.ApplyAsync(db, topUp, TopUpStatus.Approved, Actor.System, approvedAt, "PG 승인완료 (승인번호 30901503)", "demo", ct: ct);
            await TopUpSteps.ApplyAsync(db, topUp, TopUpStatus.PurchaseRequested, Actor.System, approvedAt.AddHours(8), "PG 매입요청", "demo", ct: ct);
        });
}
