using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Features.Cases;

public sealed partial class CaseService
{
    /// <summary>How many recent transactions the open dialog offers for linking.</summary>
    public const int RecentEntries = 30;

    /// <summary>The member's cards and recent transactions, for the open dialog.</summary>
    public async Task<CaseOpenOptions> OpenOptionsAsync(long memberId, CancellationToken ct = default)
    {
        (await currentActor.GetAsync()).Require(Permission.HandleCases);
        await using var db = await factory.CreateDbContextAsync(ct);
        var cards = await db.Cards.AsNoTracking().Where(c => c.MemberId == memberId).OrderByDescending(c => c.IsMain).ThenBy(c => c.Id)
            .Select(c => new { c.Id, c.Last4, Program = c.Program!.Name, c.Status }).ToListAsync(ct);
        var accounts = db.Accounts.Where(a => a.MemberId == memberId || (a.CardId != null && db.Cards.Any(c => c.Id == a.CardId && c.MemberId == memberId)));
        var postings = await db.Postings.AsNoTracking().Where(p => accounts.Any(a => a.Id == p.AccountId))
            .OrderByDescending(p => p.JournalEntryId).Take(RecentEntries * 2)
            .Select(p => new { p.JournalEntryId, p.Amount, p.JournalEntry!.OccurredAt, p.JournalEntry.Type, p.JournalEntry.Description, p.Account!.CardId })
            .ToListAsync(ct);
        var last4 = cards.ToDictionary(c => c.Id, c => c.Last4);
        var entries = postings.GroupBy(p => p.JournalEntryId).Take(RecentEntries)
            .Select(g =>
            {
                var first = g.First();
                var card = g.Select(p => p.CardId).FirstOrDefault(id => id is not null);
                return new CaseEntryChoice(g.Key, first.OccurredAt, first.Type, g.Sum(p => p.Amount), first.Description,
                    card is { } id && last4.TryGetValue(id, out var l4) ? CardNumber.Mask(l4) : null);
            })
            .ToList();
        return new CaseOpenOptions(cards.Select(c => new CaseCardChoice(c.Id, CardNumber.Mask(c.Last4), c.Program, c.Status)).ToList(), entries);
    }

    /// <summary>The member's cases, open first, newest first (the member page tab "민원·사건").</summary>
    public async Task<IReadOnlyList<CaseSummary>> ForMemberAsync(long memberId, CancellationToken ct = default)
    {
        (await currentActor.GetAsync()).Require(Permission.ViewCases);
        await using var db = await factory.CreateDbContextAsync(ct);
        var today = clock.TodayKst();
        var rows = await db.Cases.AsNoTracking().Where(c => c.MemberId == memberId)
            .Select(c => new { c.Id, c.Number, c.Type, c.Status, c.Subject, c.ReceivedAt, c.DueOn, c.AssigneeName, c.DelayNoticeAt, c.Outcome, c.ClosedAt })
            .ToListAsync(ct);
        return rows
            .OrderBy(c => c.Status == CaseStatus.Closed).ThenByDescending(c => c.ReceivedAt)
            .Select(c => new CaseSummary(c.Id, c.Number, c.Type, c.Status, c.Subject, c.ReceivedAt, c.DueOn,
                c.Status == CaseStatus.Closed ? null : DaysLeft(c.DueOn, today), c.AssigneeName, c.DelayNoticeAt is not null, c.Outcome, c.ClosedAt))
            .ToList();
    }

    /// <summary>The case page: header, clock with its derivation, member (masked), links, history, notices, attachments.</summary>
    public async Task<CaseDetail?> GetAsync(string number, CancellationToken ct = default)
    {
        (await currentActor.GetAsync()).Require(Permission.ViewCases);
        await using var db = await factory.CreateDbContextAsync(ct);
        var c = await db.Cases.AsNoTracking().Include(x => x.Events).Include(x => x.Links).FirstOrDefaultAsync(x => x.Number == number, ct);
        if (c is null) return null;
        var member = await db.Members.AsNoTracking().Where(m => m.Id == c.MemberId).Select(m => new { m.MemberNo, m.Name }).SingleAsync(ct);
        var program = c.ProgramId is { } pid ? await db.Programs.AsNoTracking().Where(p => p.Id == pid).Select(p => p.Name).FirstOrDefaultAsync(ct) : null;
        var cardIds = c.Links.Where(l => l.CardId != null).Select(l => l.CardId!.Value).ToList();
        var cards = await db.Cards.AsNoTracking().Where(x => cardIds.Contains(x.Id)).Select(x => new { x.Last4, Program = x.Program!.Name }).ToListAsync(ct);
        var entryIds = c.Links.Where(l => l.JournalEntryId != null).Select(l => l.JournalEntryId!.Value).ToList();
        var memberAccounts = db.Accounts.Where(a => a.MemberId == c.MemberId || (a.CardId != null && db.Cards.Any(k => k.Id == a.CardId && k.MemberId == c.MemberId)));
        var entries = await db.JournalEntries.AsNoTracking().Where(e => entryIds.Contains(e.Id))
            .Select(e => new CaseLinkedEntry(e.Id, e.OccurredAt, e.Type,
                e.Postings.Where(p => memberAccounts.Any(a => a.Id == p.AccountId)).Sum(p => p.Amount), e.Description))
            .ToListAsync(ct);
        var attachments = await db.CaseAttachments.AsNoTracking().Where(a => a.CaseId == c.Id).OrderBy(a => a.Id)
            .Select(a => new CaseAttachmentInfo(a.Id, a.FileName, a.ContentType, a.Size, a.Sha256, a.AddedAt, a.AddedByName)).ToListAsync(ct);
        var prefix = c.Number + ":";
        var notices = await db.Set<NoticeMessage>().AsNoTracking()
            .Where(m => m.MemberId == c.MemberId && m.EventRef.StartsWith(prefix) && m.TemplateKey.StartsWith("case."))
            .OrderBy(m => m.Id)
            .Select(m => new CaseNoticeInfo(m.Id, m.TemplateKey, m.Channel, m.Subject, m.Body, m.Status, m.CreatedAt)).ToListAsync(ct);
        var openPause = await db.CasePauses.AsNoTracking().Where(p => p.CaseId == c.Id && p.Until == null).OrderByDescending(p => p.Id).FirstOrDefaultAsync(ct);
        var today = clock.TodayKst();
        var calendar = await calendars.LoadAsync(ct);
        return new CaseDetail(c.Id, c.Number, c.Type, c.Channel, c.Status, c.MemberId, member.MemberNo, PersonalDataMask.Name(member.Name), program,
            c.Subject, c.Description, c.ReceivedAt, c.OpenedAt, c.OpenedByName, c.AssigneeId, c.AssigneeName, CaseClockRules.Get(c.ClockRuleKey),
            c.IdentityConfirmedAt, c.ClockStartsOn, c.DueOn, c.DueDerivation, c.PausedDays,
            c.Status == CaseStatus.Closed ? null : DaysLeft(c.DueOn, today),
            NeedsDelayNotice(c.Status, c.DueOn, c.DelayNoticeAt, today, calendar),
            c.ReceiptNoticeAt, c.DelayNoticeAt, c.DelayReason, c.PromisedBy, c.ResultNoticeAt, c.WarnedAt, c.BreachedAt, c.Outcome, c.Resolution,
            c.ClosedAt, c.ClosedByName,
            cards.Select(x => $"{CardNumber.Mask(x.Last4)} · {x.Program}").ToList(), entries,
            c.Events.OrderBy(e => e.At).ThenBy(e => e.Id).Select(e => new CaseHistoryLine(e.At, e.Kind, e.ActorName, e.Text)).ToList(),
            attachments, notices, openPause);
    }

    /// <summary>Korean name of a history line's kind.</summary>
    public static string KindName(string kind) => kind switch
    {
        "opened" => "접수",
        "assigned" => "담당 지정",
        "handed-over" => "인계",
        "note" => "메모",
        "attachment" => "첨부",
        "paused" => "기한 정지",
        "resumed" => "기한 재개",
        "identity" => "본인 확인",
        "notice.receipt" => "접수 안내",
        "notice.delay" => "지연 안내",
        "notice.result" => "결과 안내",
        "warned" => "기한 임박 경고",
        "breached" => "기한 위반",
        "closed" => "종결",
        _ => kind,
    };
}
