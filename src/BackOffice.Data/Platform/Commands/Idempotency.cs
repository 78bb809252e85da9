using Microsoft.EntityFrameworkCore;

namespace BackOffice.Data.Platform.Commands;

/// <summary>
/// Idempotency, the same everywhere. A creating command carries a client key, generated once when its dialog or
/// page opens and stored in a unique <c>IdempotencyKey</c> column of the row it creates; the command looks the key up
/// first and a repeat returns the first result. Ledger postings use keys derived from the business number
/// (<see cref="PostingKey"/>), so a step posts at most once whichever key the client sent.
/// </summary>
public static class Idempotency
{
    public const string Column = "IdempotencyKey";
    public const int MaxKeyLength = 100;

    /// <summary>The client key, trimmed; refuses a missing or overlong key (the screen generates one when it opens).</summary>
    public static string RequireClientKey(string? key)
    {
        if (string.IsNullOrWhiteSpace(key) || key.Trim().Length > MaxKeyLength)
            throw new BusinessRuleException("요청 키가 없습니다. 화면을 새로 고친 뒤 다시 시도하세요.");
        return key.Trim();
    }

    /// <summary>The row an earlier run of the same command created with <paramref name="key"/>, or null.</summary>
    public static Task<T?> FindAsync<T>(IQueryable<T> set, string key, CancellationToken ct) where T : class =>
        set.AsNoTracking().FirstOrDefaultAsync(e => EF.Property<string?>(e, Column) == key, ct);

    /// <summary>A ledger posting's key: <c>{workflow}:{number}:{step}</c>, e.g. <c>refund:F20261122-000001:hold</c>.</summary>
    public static string PostingKey(string workflow, string number, string step) => $"{PostingPrefix(workflow, number)}:{step}";

    /// <summary><c>{workflow}:{number}</c>, for shared posting code that appends its own step (card replacement: <c>:carry</c>).</summary>
    public static string PostingPrefix(string workflow, string number) => $"{workflow}:{number}";
}
