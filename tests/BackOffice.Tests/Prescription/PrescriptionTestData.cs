using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Tests.Prescription;

/// <summary>BC_PREPAID cards with a balance topped up and last used when a test says, written through the ledger.</summary>
public static class PrescriptionTestData
{
    private static int _serial;

    public sealed record PrescribedCard(long MemberId, long CardId, long AccountId);

    /// <summary>A card with <paramref name="balance"/> after a top-up at <paramref name="toppedUpAt"/> and, when given, a 1,000원 payment at <paramref name="lastUseAt"/>.</summary>
    public static Task<PrescribedCard> CardAsync(Harness h, long balance, DateTimeOffset toppedUpAt, DateTimeOffset? lastUseAt, bool named = true, bool withMember = true) =>
        h.Writer.ExecuteAsync(async (db, ct) =>
        {
            var serial = Interlocked.Increment(ref _serial);
            var program = await db.Programs.SingleAsync(p => p.Code == ProgramPresets.CardCompanyPrepaid, ct);
            Member? member = null;
            if (withMember)
            {
                member = new Member
                {
                    MemberNo = $"M7{serial:D7}",
                    Name = "시효테스트",
                    Phone = "0105550" + (serial % 10_000).ToString("D4", CultureInfo.InvariantCulture),
                    Email = $"presc{serial}@example.com",
                    BirthDate = new DateOnly(1980, 1, 1),
                    JoinedAt = toppedUpAt.AddDays(-1),
                };
                db.Members.Add(member);
                await db.SaveChangesAsync(ct);
            }
            var card = new Card
            {
                ProgramId = program.Id,
                MemberId = member?.Id,
                IsNamed = named,
                Design = "BC 기본",
                IssuedOn = toppedUpAt.ToKstDate(),
                ExpiresOn = toppedUpAt.ToKstDate().AddYears(5),
            };
            h.Get<NumberKeyRing>().SetNumber(card, CardNumber.WithCheckDigit($"94201199{serial:D7}"));
            db.Cards.Add(card);
            await db.SaveChangesAsync(ct);
            var account = await SystemAccounts.CardAccountAsync(db, card.Id, ct);
            var clearing = await SystemAccounts.IdAsync(db, AccountKind.FundingClearing, ct);
            var merchants = await SystemAccounts.IdAsync(db, AccountKind.MerchantSettlement, ct);
            var topUp = balance + (lastUseAt is null ? 0 : 1_000);
            await LedgerPosting.PostAsync(db, new JournalRequest(EntryType.TopUp, $"test-presc:{serial}:topup", toppedUpAt, Actor.System, $"card-{serial}", "충전",
                [new PostingLine(clearing, -topUp), new PostingLine(account.Id, topUp)]), toppedUpAt, ct);
            await db.SaveChangesAsync(ct);
            if (lastUseAt is { } used) await PayAsync(db, account.Id, 1_000, used, $"test-presc:{serial}:pay", merchants, ct);
            return new PrescribedCard(member?.Id ?? 0, card.Id, account.Id);
        });

    public static Task PayAsync(Harness h, PrescribedCard card, long amount, DateTimeOffset at, string key) =>
        h.Writer.ExecuteAsync(async (db, ct) => await PayAsync(db, card.AccountId, amount, at, key, await SystemAccounts.IdAsync(db, AccountKind.MerchantSettlement, ct), ct));

    private static async Task PayAsync(AppDbContext db, long accountId, long amount, DateTimeOffset at, string key, long merchants, CancellationToken ct)
    {
        await LedgerPosting.PostAsync(db, new JournalRequest(EntryType.Payment, key, at, Actor.System, key, "결제",
            [new PostingLine(accountId, -amount), new PostingLine(merchants, amount)]), at, ct);
        await db.SaveChangesAsync(ct);
    }

    public static async Task<PrescriptionItem> ItemAsync(Harness h, long cardId)
    {
        await using var db = await h.DbAsync();
        return await db.PrescriptionItems.AsNoTracking().Where(i => i.CardId == cardId).OrderByDescending(i => i.Id).FirstAsync();
    }

    public static async Task AssertConsistentAsync(Harness h)
    {
        await using var db = await h.DbAsync();
        var report = await LedgerConsistencyCheck.RunAsync(db);
        Assert.True(report.IsConsistent, report.ToString());
    }
}
