using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Features.Cases;

/// <summary>
/// Opening and working cases (issue 13). Every command checks its permission, writes the case history and an audit
/// record in the same transaction; the clock is computed from the rule of the case type and program and stored with its
/// derivation.
/// </summary>
public sealed partial class CaseService(
    IDbContextFactory<AppDbContext> factory, DbWriter writer, CurrentActor currentActor, TimeProvider clock, BusinessCalendarSource calendars)
{
    public const int MaxSubject = 200;
    public const int MaxDescription = 4000;

    public async Task<CaseOpened> OpenAsync(OpenCaseCommand command, CancellationToken ct = default)
    {
        var actor = await currentActor.GetAsync();
        actor.Require(Permission.HandleCases);
        var key = Idempotency.RequireClientKey(command.IdempotencyKey);
        if (!Enum.IsDefined(command.Type)) throw new BusinessRuleException("사건 유형을 선택하세요.");
        if (!Enum.IsDefined(command.Channel)) throw new BusinessRuleException("접수 경로를 선택하세요.");
        var subject = command.Subject?.Trim() ?? "";
        var description = command.Description?.Trim() ?? "";
        if (subject.Length == 0) throw new BusinessRuleException("제목을 입력하세요.");
        if (subject.Length > MaxSubject) throw new BusinessRuleException($"제목은 {MaxSubject}자 이하로 입력하세요.");
        if (description.Length > MaxDescription) throw new BusinessRuleException($"내용은 {MaxDescription:N0}자 이하로 입력하세요.");
        var now = clock.GetUtcNow();
        if (command.ReceivedAt > now) throw new BusinessRuleException("접수 시각은 지금보다 늦을 수 없습니다.");
        if (command.ReceivedAt < now.AddYears(-1)) throw new BusinessRuleException("접수 시각은 1년 이내여야 합니다.");
        if (command.FoundByOperator && command.Type != CaseType.ErrorCorrection)
            throw new BusinessRuleException("회사가 스스로 안 오류는 오류 정정 사건으로만 등록할 수 있습니다.");

        return await writer.ExecuteAsync(async (db, token) =>
        {
            if (await Idempotency.FindAsync(db.Cases, key, token) is { } repeated)
                return new CaseOpened(repeated.Id, repeated.Number, repeated.DueOn, repeated.DueDerivation);

            var member = await db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.Id == command.MemberId, token)
                ?? throw new BusinessRuleException("회원을 찾을 수 없습니다.");
            var cardIds = command.CardIds.Distinct().ToList();
            var cards = await db.Cards.AsNoTracking().Include(c => c.Program).Where(c => cardIds.Contains(c.Id)).ToListAsync(token);
            if (cards.Count != cardIds.Count || cards.Any(c => c.MemberId != member.Id))
                throw new BusinessRuleException("이 회원의 카드만 연결할 수 있습니다.");
            var entryIds = command.JournalEntryIds.Distinct().ToList();
            if (entryIds.Count > 0)
            {
                var memberAccounts = db.Accounts.Where(a => a.MemberId == member.Id || (a.CardId != null && db.Cards.Any(c => c.Id == a.CardId && c.MemberId == member.Id)))
                    .Select(a => a.Id);
                var found = await db.Postings.Where(p => entryIds.Contains(p.JournalEntryId) && memberAccounts.Contains(p.AccountId))
                    .Select(p => p.JournalEntryId).Distinct().CountAsync(token);
                if (found != entryIds.Count) throw new BusinessRuleException("이 회원의 거래만 연결할 수 있습니다.");
            }

            var program = cards.FirstOrDefault()?.Program
                ?? await db.Cards.AsNoTracking().Where(c => c.MemberId == member.Id).OrderByDescending(c => c.IsMain).ThenBy(c => c.Id)
                    .Select(c => c.Program).FirstOrDefaultAsync(token);
            var rule = CaseClockRules.For(command.Type, program?.Code, command.FoundByOperator);
            DateTimeOffset? clockStart = rule.Start == ClockStart.IdentityConfirmed ? command.IdentityConfirmedAt : command.ReceivedAt;
            DateOnly? startsOn = clockStart is { } s ? DateOnly.FromDateTime(s.ToKst().DateTime) : null;
            var due = await CaseClockSource.ComputeAsync(db, rule, startsOn, null, token);

            var today = clock.TodayKst();
            var @case = new ServiceCase
            {
                Number = await BusinessNumbers.NextNumberAsync(db, "case", "K", today, token),
                Type = command.Type,
                Channel = command.Channel,
                Status = CaseStatus.Open,
                MemberId = member.Id,
                ProgramId = program?.Id,
                Subject = subject,
                Description = description,
                ReceivedAt = command.ReceivedAt,
                OpenedAt = now,
                OpenedById = actor.Id,
                OpenedByName = actor.Name,
                AssigneeId = actor.Id,
                AssigneeName = actor.Name,
                ClockRuleKey = rule.Key,
                IdentityConfirmedAt = command.IdentityConfirmedAt,
                ClockStartsOn = startsOn,
                DueOn = due?.DueOn,
                DueDerivation = due?.Derivation ?? $"{rule.Label}: 본인 확인 후 기한이 시작됩니다 ({rule.Citation})",
                IdempotencyKey = key,
            };
            db.Cases.Add(@case);
            await db.SaveChangesAsync(token);
            foreach (var card in cards) db.CaseLinks.Add(new CaseLink { CaseId = @case.Id, CardId = card.Id });
            foreach (var entry in entryIds) db.CaseLinks.Add(new CaseLink { CaseId = @case.Id, JournalEntryId = entry });
            db.CaseEvents.Add(new CaseEvent
            {
                CaseId = @case.Id,
                At = now,
                Kind = "opened",
                ActorId = actor.Id,
                ActorName = actor.Name,
                Text = $"{CaseNames.Of(@case.Type)} 접수 ({CaseNames.Of(@case.Channel)}) · 기한 {@case.DueOn?.ToString("yyyy-MM-dd") ?? "본인 확인 후"} · {@case.DueDerivation}",
            });
            db.Record(actor, now, "case.open", "ServiceCase", @case.Number, null,
                new { @case.Type, @case.Channel, @case.ReceivedAt, @case.DueOn, @case.ClockRuleKey }, memberId: member.Id);
            await db.SaveChangesAsync(token);
            // The receipt notice (issue 13 item 4) commits with the case; it is a line of the history.
            var receipt = await CaseNotices.ReceiptAsync(db, @case, now, token);
            @case.ReceiptNoticeAt = now;
            AddEvent(db, @case, "notice.receipt", actor, now, receipt);
            await db.SaveChangesAsync(token);
            return new CaseOpened(@case.Id, @case.Number, @case.DueOn, @case.DueDerivation);
        }, ct);
    }
}
