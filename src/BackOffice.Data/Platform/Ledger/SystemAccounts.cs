using Microsoft.EntityFrameworkCore;

namespace BackOffice.Data.Platform.Ledger;

/// <summary>Finds (or opens) the operator accounts and a member's or card's accounts.</summary>
public static class SystemAccounts
{
    public static string CodeOf(AccountKind kind) => $"SYSTEM:{kind}";

    public static readonly AccountKind[] OperatorKinds =
    [
        AccountKind.FundingClearing, AccountKind.MerchantSettlement, AccountKind.CashbackFunding,
        AccountKind.RefundPayout, AccountKind.FeeIncome, AccountKind.Forfeited,
        AccountKind.PointFunding, AccountKind.DonationPayable, AccountKind.ServiceRevenue,
    ];

    public static async Task<long> IdAsync(AppDbContext db, AccountKind kind, CancellationToken ct = default)
    {
        var code = CodeOf(kind);
        return await db.Accounts.Where(a => a.SystemCode == code).Select(a => a.Id).FirstOrDefaultAsync(ct) is var id and > 0
            ? id
            : throw new InvalidOperationException($"운영 계정 {code}이 없습니다. 데이터베이스 초기화를 확인하세요.");
    }

    public static async Task<Account> MemberAccountAsync(AppDbContext db, long memberId, AccountKind kind, CancellationToken ct = default)
    {
        var account = await db.Accounts.FirstOrDefaultAsync(a => a.MemberId == memberId && a.Kind == kind && a.CardId == null, ct);
        if (account is not null) return account;
        account = new Account { MemberId = memberId, Kind = kind };
        db.Accounts.Add(account);
        await db.SaveChangesAsync(ct);
        return account;
    }

    public static async Task<Account> CardAccountAsync(AppDbContext db, long cardId, CancellationToken ct = default)
    {
        var account = await db.Accounts.FirstOrDefaultAsync(a => a.CardId == cardId && a.Kind == AccountKind.CardBalance, ct);
        if (account is not null) return account;
        var memberId = await db.Cards.Where(c => c.Id == cardId).Select(c => c.MemberId).FirstAsync(ct);
        account = new Account { CardId = cardId, MemberId = memberId, Kind = AccountKind.CardBalance };
        db.Accounts.Add(account);
        await db.SaveChangesAsync(ct);
        return account;
    }
}
