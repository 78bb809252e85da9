using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Platform.DemoData;

/// <summary>
/// A fixed demo member for prescribed balances (issue 15, 004 제5조): <b>문시효</b>, member number <c>M90001505</c>, with
/// three named BC 선불카드: one of 60,000원 last used about five years and seven months ago (prescribed, not yet listed),
/// one of 30,000원 last used earlier still (prescribed, not yet listed: told under 운영 정책, below the 50,000원 duty), and
/// one of 45,000원 whose item was listed and told 40 days before the demo time (its 30 days are over: the next run makes it
/// due). The end-to-end tests cannot move the server's clock, so this item stands for "a month later".
/// </summary>
public static class DemoPrescription
{
    public const string MemberNo = "M90001505";

    public static Task AddAsync(IServiceProvider services, DateTimeOffset now) =>
        services.GetRequiredService<DbWriter>().ExecuteAsync(async (db, ct) =>
        {
            if (await db.Members.AnyAsync(m => m.MemberNo == MemberNo, ct)) return;
            var numbers = services.GetRequiredService<NumberKeyRing>();
            var program = await db.Programs.SingleAsync(p => p.Code == ProgramPresets.CardCompanyPrepaid, ct);
            var policy = PolicySelector.InForce(await db.ProgramPolicies.AsNoTracking().Where(p => p.ProgramId == program.Id).ToListAsync(ct), now.ToKstDate());
            var member = new Member
            {
                MemberNo = MemberNo,
                Name = "문시효",
                Phone = "01055551505",
                BirthDate = new DateOnly(1968, 4, 9),
                Email = "prescription@example.com",
                Address = "(04524) 서울특별시 중구 세종대로 110, 5층",
                JoinedAt = now.AddYears(-8),
            };
            db.Members.Add(member);
            await db.SaveChangesAsync(ct);
            var clearing = await SystemAccounts.IdAsync(db, AccountKind.FundingClearing, ct);
            var merchants = await SystemAccounts.IdAsync(db, AccountKind.MerchantSettlement, ct);

            async Task<(Card Card, Account Account, DateTimeOffset LastUse)> CardAsync(int n, long balance, DateTimeOffset lastUse)
            {
                var toppedUp = lastUse.AddMonths(-2);
                var card = new Card
                {
                    ProgramId = program.Id,
                    MemberId = member.Id,
                    IsNamed = true,
                    IsRegistered = true,
                    Design = "BC 기본",
                    IssuedOn = toppedUp.ToKstDate(),
                    ExpiresOn = toppedUp.ToKstDate().AddYears(5),
                };
                numbers.SetNumber(card, CardNumber.WithCheckDigit($"94204150500000{n}"));
                db.Cards.Add(card);
                await db.SaveChangesAsync(ct);
                var account = new Account { MemberId = member.Id, CardId = card.Id, Kind = AccountKind.CardBalance };
                db.Accounts.Add(account);
                await db.SaveChangesAsync(ct);
                await LedgerPosting.PostAsync(db, new JournalRequest(EntryType.TopUp, $"demo:{MemberNo}:{n}:topup", toppedUp, Actor.System, $"demo-{MemberNo}", "충전",
                    [new PostingLine(clearing, -(balance + 5_000)), new PostingLine(account.Id, balance + 5_000)]), toppedUp, ct);
                await db.SaveChangesAsync(ct);
                await LedgerPosting.PostAsync(db, new JournalRequest(EntryType.Payment, $"demo:{MemberNo}:{n}:pay", lastUse, Actor.System, $"demo-{MemberNo}", "결제",
                    [new PostingLine(account.Id, -5_000), new PostingLine(merchants, 5_000)]), lastUse, ct);
                await db.SaveChangesAsync(ct);
                return (card, account, lastUse);
            }

            await CardAsync(1, 60_000, now.AddYears(-5).AddMonths(-7));
            await CardAsync(2, 30_000, now.AddYears(-5).AddMonths(-9));
            var (told, toldAccount, toldLastUse) = await CardAsync(3, 45_000, now.AddYears(-6));

            var noticeAt = now.AddDays(-40);
            var noticeDay = noticeAt.ToKstDate();
            var run = new PrescriptionRun
            {
                Number = $"P{noticeDay:yyyyMMdd}-900001",
                AsOf = noticeDay,
                RanAt = noticeAt,
                RanById = Actor.System.Id,
                RanByName = Actor.System.Name,
                Listed = 1,
                Notified = 1,
                ListedAmount = toldAccount.Balance,
            };
            db.PrescriptionRuns.Add(run);
            await db.SaveChangesAsync(ct);
            var (from, derivation) = PrescriptionRules.Prescribed(toldLastUse, neverUsed: false, policy.PrescriptionYears);
            var notice = PrescriptionRules.Notice(true, member.Id, toldAccount.Balance, policy);
            db.PrescriptionItems.Add(new PrescriptionItem
            {
                RunId = run.Id,
                CardId = told.Id,
                AccountId = toldAccount.Id,
                MemberId = member.Id,
                ProgramId = program.Id,
                PolicyVersion = policy.Version,
                Amount = toldAccount.Balance,
                LastUseOrSaleAt = toldLastUse,
                PrescribedFrom = from,
                Derivation = derivation,
                NoticeRequired = notice.Required,
                NoticeRule = notice.Rule,
                NoticeSentAt = noticeAt,
                ObjectionDeadline = PrescriptionRules.ObjectionDeadline(noticeDay, policy.DonationObjectionDays),
                PlannedDonationOn = PrescriptionRules.PlannedDonation(noticeDay, policy.DonationNoticeLeadMonths, policy.DonationObjectionDays),
                Status = PrescriptionItemStatus.Notified,
            });
        });
}
