using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Platform.DemoData;

/// <summary>
/// A fixed demo member for credit top-ups (issue 15), written once after the generated members on the first start:
/// <b>문충전</b>, member number <c>M90001502</c>, with a virtual-account top-up opened at the portal's "now" and waiting
/// for its deposit (deadline 3 business days on, 001 §2.2.2) and a card top-up of two days ago, approved and credited
/// (a credit lot through <see cref="TopUpSteps"/>). The end-to-end test moves the waiting account's deadline.
/// </summary>
public static class DemoTopUps
{
    public const string MemberNo = "M90001502";
    public const string VirtualAccountSuffix = "-900201";
    public const string CardSuffix = "-900202";

    private static readonly Actor MemberApp = new("member-app", "회원 앱", new HashSet<string>());

    public static Task AddAsync(IServiceProvider services, DateTimeOffset now) =>
        services.GetRequiredService<DbWriter>().ExecuteAsync(async (db, ct) =>
        {
            if (await db.Members.AnyAsync(m => m.MemberNo == MemberNo, ct)) return;
            var program = await db.Programs.Include(p => p.Policies).SingleAsync(p => p.Code == ProgramPresets.Credits, ct);
            var policy = PolicySelector.InForce(program.Policies, now.ToKstDate());
            var calendar = new BusinessCalendar(await db.PublicHolidays.AsNoTracking().ToListAsync(ct));
            var member = new Member
            {
                MemberNo = MemberNo,
                Name = "문충전",
                Phone = "01055551502",
                BirthDate = new DateOnly(1988, 4, 12),
                Email = "topups@example.com",
                Address = "(04524) 서울특별시 중구 세종대로 110, 5층",
                JoinedAt = now.AddDays(-60),
            };
            db.Members.Add(member);
            await db.SaveChangesAsync(ct);

            var cardAt = now.AddDays(-2);
            var card = new CreditTopUp
            {
                Number = $"T{cardAt.ToKstDate():yyyyMMdd}{CardSuffix}",
                MemberId = member.Id,
                ProgramId = program.Id,
                PolicyVersion = policy.Version,
                Method = TopUpMethod.Card,
                Amount = 10_000,
                Status = TopUpStatus.ApprovalRequested,
                RequestedAt = cardAt,
                GatewayTransactionId = $"PGDEMO{MemberNo}C",
                Institution = "BC카드",
                ApprovalNumber = "30011502",
                IdempotencyKey = $"demo:{MemberNo}:card",
            };
            var window = VirtualAccountDeadline.Compute(now, policy.VirtualAccountDepositBusinessDays, calendar,
                policy.CitationOf(nameof(ProgramPolicy.VirtualAccountDepositBusinessDays)));
            var vaNumber = $"T{now.ToKstDate():yyyyMMdd}{VirtualAccountSuffix}";
            var va = new CreditTopUp
            {
                Number = vaNumber,
                MemberId = member.Id,
                ProgramId = program.Id,
                PolicyVersion = policy.Version,
                Method = TopUpMethod.VirtualAccount,
                Amount = 30_000,
                Status = TopUpStatus.AwaitingDeposit,
                RequestedAt = now,
                GatewayTransactionId = $"PGDEMO{MemberNo}V",
                Institution = "신한은행",
                VirtualAccountNumber = TopUpService.VirtualAccountNumberOf(vaNumber),
                DepositDeadline = window.LastDay,
                CancelsAt = window.CancelsAt,
                DeadlineRule = window.Rule,
                IdempotencyKey = $"demo:{MemberNo}:va",
            };
            db.CreditTopUps.AddRange(card, va);
            await db.SaveChangesAsync(ct);
            db.TopUpEvents.AddRange(
                new TopUpEvent
                {
                    TopUpId = card.Id,
                    At = cardAt,
                    From = card.Status,
                    To = card.Status,
                    ActorId = MemberApp.Id,
                    ActorName = MemberApp.Name,
                    Text = "카드 결제 승인 요청 BC카드 10,000원",
                    Source = "member-app",
                },
                new TopUpEvent
                {
                    TopUpId = va.Id,
                    At = now,
                    From = va.Status,
                    To = va.Status,
                    ActorId = MemberApp.Id,
                    ActorName = MemberApp.Name,
                    Text = $"가상계좌 발급 신한은행 {va.VirtualAccountNumber}, 입금 기한 {va.DepositDeadline:yyyy-MM-dd}",
                    Source = "member-app",
                });
            await TopUpSteps.ApplyAsync(db, card, TopUpStatus.Approved, MemberApp, cardAt.AddMinutes(1), "카드 승인 BC카드 승인번호 30011502", "member-app", ct: ct);
        });
}
