using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Platform.DemoData;

/// <summary>
/// Fixed demo members for the refund channels (issue 11), written once after the generated members on the first start
/// (<see cref="DemoDataGenerator.EnsureAsync"/>; not by <c>seed-demo</c> or the test harness).
/// They use no random numbers, so the generated members (and the end-to-end tests that know their balances) stay as
/// they were: <b>강캐시</b>, member number <c>M90000001</c>, one registered 캐시비 card <c>9420229000000011</c>
/// (check digit appended) holding 25,000원 from one top-up ten days ago, with an own-name bank account. Above the
/// 캐시비 store cap of 20,000원 (003 캐시비 제9조①6나), so a store refund is refused and an envelope refund passes.
/// </summary>
public static class DemoRefundMembers
{
    public const string CashbeeMemberNo = "M90000001";
    public const long CashbeeBalance = 25_000;
    private static readonly Actor MemberApp = new("member-app", "회원 앱", new HashSet<string>());

    public static Task AddAsync(IServiceProvider services, DateTimeOffset now) =>
        services.GetRequiredService<DbWriter>().ExecuteAsync(async (db, ct) =>
        {
            if (await db.Members.AnyAsync(m => m.MemberNo == CashbeeMemberNo, ct)) return;
            var numbers = services.GetRequiredService<NumberKeyRing>();
            var program = await db.Programs.SingleAsync(p => p.Code == ProgramPresets.Cashbee, ct);
            var joined = now.AddDays(-200);
            var issued = DateOnly.FromDateTime(joined.ToKst().DateTime).AddDays(3);
            var member = new Member
            {
                MemberNo = CashbeeMemberNo,
                Name = "강캐시",
                Phone = "01098765432",
                BirthDate = new DateOnly(1988, 4, 12),
                Email = "cashbee@example.com",
                Address = "인천광역시 서구 가정동 45-6",
                BankName = "신한은행",
                JoinedAt = joined,
            };
            numbers.SetBankAccount(member, "11022233344455");
            member.BankAccountHolder = member.Name;
            var card = new Card
            {
                ProgramId = program.Id,
                IsRegistered = true,
                IsMain = true,
                Design = "캐시비 기본",
                IssuedOn = issued,
                ExpiresOn = issued.AddYears(5),
            };
            numbers.SetNumber(card, CardNumber.WithCheckDigit("942022900000001"));
            member.Cards.Add(card);
            db.Members.Add(member);
            await db.SaveChangesAsync(ct);

            var account = new Account { MemberId = member.Id, CardId = card.Id, Kind = AccountKind.CardBalance };
            db.Accounts.AddRange(account, new Account { MemberId = member.Id, Kind = AccountKind.Emoney }, new Account { MemberId = member.Id, Kind = AccountKind.Cashback });
            await db.SaveChangesAsync(ct);
            var key = $"demo:{CashbeeMemberNo}:1";
            var at = now.AddDays(-10);
            await LedgerPosting.PostAsync(db, new JournalRequest(EntryType.TopUp, key, at, MemberApp, key, "카드 충전",
                [new PostingLine(account.Id, CashbeeBalance), new PostingLine(await SystemAccounts.IdAsync(db, AccountKind.FundingClearing, ct), -CashbeeBalance)]), at, ct);
            await db.SaveChangesAsync(ct);
        });
}
