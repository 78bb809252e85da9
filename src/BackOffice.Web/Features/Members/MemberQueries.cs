using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Features.Members;

/// <summary>Member 360: search, the member page, its transactions and its timeline. Everything leaves here masked.</summary>
public sealed class MemberQueries(IDbContextFactory<AppDbContext> factory, CurrentActor currentActor, DbWriter writer, TimeProvider clock, NumberKeyRing numbers)
{
    public const int MaxPageSize = 100;

    private async Task RequireStaffAsync() =>
        (await currentActor.GetAsync()).Require(Permission.ViewMembers);

    /// <summary>
    /// Counts stop here: a name that 10,000 members share shows "1,000건 이상" instead of counting every one of them
    /// (issue 16: the count, not the page, was the slow part). <see cref="MemberSearchPage.Total"/> is then
    /// <c>CountCap + 1</c> and <see cref="MemberSearchPage.IsCapped"/> is true. An engineering limit, not a seed rule
    /// and not an operator's policy: no seed says how many matches a search screen counts.
    /// </summary>
    public const int CountCap = 1_000;

    public async Task<MemberSearchPage> SearchAsync(MemberSearchCriteria criteria, int skip, int take, string? orderBy = null, CancellationToken ct = default)
    {
        var actor = await currentActor.GetAsync();
        actor.Require(Permission.ViewMembers);
        var page = await FindAsync(criteria, skip, take, orderBy, ct);
        if (AuditedValue(criteria) is { } masked)
        {
            // A lookup by a phone or card number is audited: who, how, the masked value and how many matched.
            await writer.ExecuteAsync((w, _) =>
            {
                w.Record(actor, clock.GetUtcNow(), "member.search", "Member", "",
                    after: new { kind = criteria.Kind.ToString(), value = masked, results = page.Total, skip });
                return Task.CompletedTask;
            }, ct);
        }
        return page;
    }

    /// <summary>
    /// The search itself, without its audit record (<see cref="SearchAsync"/> writes that): a capped count and one page.
    /// No compiled queries (EF.CompileAsyncQuery) here: a compiled query binds to the first model it runs on, and one
    /// process can hold several (the tests run SQLite and PostgreSQL side by side); contexts come from a pool instead.
    /// </summary>
    public async Task<MemberSearchPage> FindAsync(MemberSearchCriteria criteria, int skip, int take, string? orderBy = null, CancellationToken ct = default)
    {
        (await currentActor.GetAsync()).Require(Permission.ViewMembers);
        take = Math.Clamp(take, 1, MaxPageSize);
        skip = Math.Max(0, skip);
        await using var db = await factory.CreateDbContextAsync(ct);
        // Every search is an equality on an indexed column (measured: bench/BackOffice.Benchmarks). Card numbers go
        // through an IN on the card index, not a per-member EXISTS; names match whole, which also keeps agents
        // from browsing members by a surname.
        // Card numbers are stored encrypted: the lookup compares the keyed hash (unique index), never the number.
        var value = criteria.Kind == MemberSearchKind.CardNumber ? numbers.CardHash(criteria.Value) : criteria.Value;
        var query = Filter(db, criteria, value);
        var total = await query.Take(CountCap + 1).CountAsync(ct);
        query = orderBy switch
        {
            "JoinedAt desc" => query.OrderByDescending(m => m.JoinedAt).ThenBy(m => m.Id),
            "JoinedAt" or "JoinedAt asc" => query.OrderBy(m => m.JoinedAt).ThenBy(m => m.Id),
            "MemberNo desc" => query.OrderByDescending(m => m.MemberNo),
            "MaskedName desc" => query.OrderByDescending(m => m.Name).ThenBy(m => m.Id),
            "MaskedName" or "MaskedName asc" => query.OrderBy(m => m.Name).ThenBy(m => m.Id),
            _ => query.OrderBy(m => m.MemberNo),
        };
        var rows = await query.Skip(skip).Take(take)
            .Select(m => new SearchRowData(m.Id, m.MemberNo, m.Name, m.Phone, m.JoinedAt, m.Cards.Select(c => c.Last4).ToList()))
            .ToListAsync(ct);
        return new MemberSearchPage(
            rows.Select(r => new MemberSearchRow(r.Id, r.MemberNo, PersonalDataMask.Name(r.Name), PersonalDataMask.Phone(r.Phone),
                r.Cards.Count, string.Join(", ", r.Cards.Select(l => "*" + l)), r.JoinedAt)).ToList(),
            total);
    }

    private static IQueryable<Member> Filter(AppDbContext db, MemberSearchCriteria criteria, string value)
    {
        IQueryable<Member> query = db.Members.AsNoTracking();
        var cardOwners = db.Cards.Where(c => c.NumberHash == value).Select(c => c.MemberId);
        return criteria.Kind switch
        {
            MemberSearchKind.CardNumber => query.Where(m => cardOwners.Contains(m.Id)),
            MemberSearchKind.CardLast4AndName => query.Where(m => m.Name == criteria.Name && m.Cards.Any(c => c.Last4 == value)),
            MemberSearchKind.Phone => query.Where(m => m.Phone == value),
            MemberSearchKind.Name => query.Where(m => m.Name == value),
            MemberSearchKind.MemberNo => query.Where(m => m.MemberNo == value),
            _ => query.Where(_ => false),
        };
    }

    private sealed record SearchRowData(long Id, string MemberNo, string Name, string Phone, DateTimeOffset JoinedAt, List<string> Cards);

    /// <summary>The masked value of a search by personal data (phone, card number, last 4 and name), or null for other searches.</summary>
    public static string? AuditedValue(MemberSearchCriteria criteria) => criteria.Kind switch
    {
        MemberSearchKind.CardNumber => CardNumber.Mask(criteria.Value),
        MemberSearchKind.Phone => PersonalDataMask.Phone(criteria.Value),
        MemberSearchKind.CardLast4AndName => $"*{criteria.Value} {PersonalDataMask.Name(criteria.Name ?? "")}",
        _ => null,
    };

    public async Task<MemberDetail?> GetAsync(long memberId, CancellationToken ct = default)
    {
        await RequireStaffAsync();
        await using var db = await factory.CreateDbContextAsync(ct);
        var m = await db.Members.AsNoTracking().FirstOrDefaultAsync(x => x.Id == memberId, ct);
        if (m is null) return null;

        var accounts = await db.Accounts.AsNoTracking().Where(a => a.MemberId == memberId)
            .Select(a => new { a.Kind, a.CardId, a.Balance }).ToListAsync(ct);
        var cardBalances = accounts.Where(a => a.CardId != null).ToDictionary(a => a.CardId!.Value, a => a.Balance);
        var cards = await db.Cards.AsNoTracking().Where(c => c.MemberId == memberId)
            .OrderByDescending(c => c.IsMain).ThenByDescending(c => c.IssuedOn).ThenBy(c => c.Id)
            .Select(c => new { Card = c, ProgramName = c.Program!.Name })
            .ToListAsync(ct);

        long Sum(AccountKind kind) => accounts.Where(a => a.Kind == kind && a.CardId == null).Sum(a => a.Balance);
        var balances = new MemberBalances(cardBalances.Values.Sum(), Sum(AccountKind.Emoney), Sum(AccountKind.Cashback), Sum(AccountKind.RefundHold));

        return new MemberDetail(
            m.Id, m.MemberNo, PersonalDataMask.Name(m.Name), PersonalDataMask.Phone(m.Phone), PersonalDataMask.BirthDate(m.BirthDate),
            PersonalDataMask.Email(m.Email), PersonalDataMask.Address(m.Address), m.BankName, PersonalDataMask.AccountLast4(m.BankAccountLast4),
            m.HasOwnNameBankAccount, m.IsForeigner, m.HasAlienRegistration, m.IncomeDeductionRegisteredAt, m.JoinedAt,
            m.Status == MemberStatus.Active ? "정상" : m.Status == MemberStatus.Suspended ? "자격 정지" : "탈퇴",
            cards.Select(x => new CardSummary(
                x.Card.Id, x.Card.Masked, x.Card.Last4, x.ProgramName, x.Card.Status, x.Card.IsNamed, x.Card.IsRegistered, x.Card.IsMain,
                x.Card.Design, x.Card.IssuedOn, x.Card.FirstUsedOn, x.Card.ExpiresOn, x.Card.StoppedAt, x.Card.ReplacesCardId,
                cardBalances.GetValueOrDefault(x.Card.Id))).ToList(),
            balances);
    }

    /// <summary>
    /// One page of the member's postings, newest first, continuing after <paramref name="after"/>. Keyset paging
    /// keeps a page cheap however deep the history is, and rows do not shift while money moves.
    /// </summary>
    public async Task<TransactionPage> GetTransactionsAsync(long memberId, TransactionFilter filter, TransactionCursor? after, int pageSize, CancellationToken ct = default)
    {
        await RequireStaffAsync();
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        await using var db = await factory.CreateDbContextAsync(ct);

        var query = db.Postings.AsNoTracking().Where(p => p.Account!.MemberId == memberId && p.Account.Kind < AccountKind.FundingClearing);
        if (filter.CardId is { } cardId) query = query.Where(p => p.Account!.CardId == cardId);
        if (filter.Type is { } type) query = query.Where(p => p.JournalEntry!.Type == type);
        if (filter.From is { } from)
        {
            var start = KoreanTime.StartOfDay(from);
            query = query.Where(p => p.JournalEntry!.OccurredAt >= start);
        }
        if (filter.To is { } to)
        {
            var end = KoreanTime.StartOfDay(to.AddDays(1));
            query = query.Where(p => p.JournalEntry!.OccurredAt < end);
        }
        if (after is not null)
        {
            // The first condition repeats what the second implies: PostgreSQL takes an index range only from a plain
            // bound, not from the OR (a page deep in the whole ledger: 3.2 s without it, 0.6 ms with it; issue 16).
            query = query.Where(p => p.JournalEntry!.OccurredAt <= after.OccurredAt)
                .Where(p => p.JournalEntry!.OccurredAt < after.OccurredAt
                    || (p.JournalEntry!.OccurredAt == after.OccurredAt && p.Id < after.PostingId));
        }

        var rows = await query
            .OrderByDescending(p => p.JournalEntry!.OccurredAt).ThenByDescending(p => p.Id)
            .Take(pageSize + 1)
            .Select(p => new
            {
                p.Id,
                p.JournalEntryId,
                p.JournalEntry!.OccurredAt,
                p.JournalEntry.Type,
                p.Account!.Kind,
                CardLast4 = p.Account.Card!.Last4,
                p.Amount,
                p.BalanceAfter,
                Merchant = p.JournalEntry.Merchant!.Name,
                p.JournalEntry.Description,
                p.JournalEntry.ActorName,
                p.JournalEntry.Reference,
            })
            .ToListAsync(ct);

        var page = rows.Take(pageSize).Select(r => new TransactionRow(
            r.Id, r.JournalEntryId, r.OccurredAt, r.Type,
            r.Kind == AccountKind.CardBalance ? $"카드 *{r.CardLast4}" : EntryTypeNames.Of(r.Kind),
            r.Amount, r.BalanceAfter, r.Merchant, r.Description, r.ActorName, r.Reference)).ToList();
        var next = rows.Count > pageSize ? new TransactionCursor(page[^1].OccurredAt, page[^1].PostingId) : null;
        return new TransactionPage(page, next);
    }

    /// <summary>What happened to the member and who did it: joining, cards, deduction registration and staff actions.</summary>
    public async Task<IReadOnlyList<TimelineEvent>> GetTimelineAsync(long memberId, int take = 50, CancellationToken ct = default)
    {
        await RequireStaffAsync();
        await using var db = await factory.CreateDbContextAsync(ct);
        var member = await db.Members.AsNoTracking().Where(m => m.Id == memberId)
            .Select(m => new { m.JoinedAt, m.IncomeDeductionRegisteredAt }).FirstOrDefaultAsync(ct);
        if (member is null) return [];

        var events = new List<TimelineEvent> { new(member.JoinedAt, "회원 가입", "앱 가입", "회원", "member") };
        if (member.IncomeDeductionRegisteredAt is { } registered)
            events.Add(new TimelineEvent(registered, "소득공제 등록", "이후 사용분부터 소득공제 대상", "회원", "member"));

        var cards = await db.Cards.AsNoTracking().Where(c => c.MemberId == memberId)
            .Select(c => new { c.Last4, c.IssuedOn, c.Design, c.StoppedAt, c.Status }).ToListAsync(ct);
        foreach (var c in cards)
        {
            events.Add(new TimelineEvent(KoreanTime.StartOfDay(c.IssuedOn), "카드 발급", $"카드 *{c.Last4} ({c.Design})", "시스템", "card"));
            if (c.StoppedAt is { } stopped)
                events.Add(new TimelineEvent(stopped, "카드 정지", $"카드 *{c.Last4}: {EntryTypeNames.Of(c.Status)}", "시스템", "card"));
        }

        var audits = await db.AuditRecords.AsNoTracking().Where(a => a.MemberId == memberId)
            .OrderByDescending(a => a.At).Take(take)
            .Select(a => new { a.At, a.Action, a.ActorName, a.Reason, a.After }).ToListAsync(ct);
        events.AddRange(audits.Select(a => new TimelineEvent(a.At, AuditActionNames.Of(a.Action),
            a.Reason is null ? "" : $"사유: {a.Reason}", a.ActorName, "staff")));
        events.AddRange(await NoticeTimeline.EventsAsync(db, memberId, take, ct));

        return events.OrderByDescending(e => e.At).Take(take).ToList();
    }
}
