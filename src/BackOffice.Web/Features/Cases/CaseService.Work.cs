using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Features.Cases;

/// <summary>
/// Working an open case (issue 13 items 1 and 4): taking it, notes, attachments, the pause where the rule allows one,
/// identity confirmation (the clock of 003 캐시비 제13조②), the delay notice and closing with the result notice. Each
/// command checks HandleCases, changes the case, writes a history line and an audit record (with the member id, for the
/// member timeline) in one <see cref="DbWriter"/> transaction.
/// </summary>
public sealed partial class CaseService
{
    private const string Entity = "ServiceCase";

    /// <summary>Takes an unassigned case (assigning to someone else and hand-over are the queue's).</summary>
    public Task TakeAsync(long caseId, CancellationToken ct = default) => WorkAsync(caseId, async (db, @case, actor, now, token) =>
    {
        if (@case.Status == CaseStatus.Closed) throw new BusinessRuleException("종결된 사건은 담당할 수 없습니다.");
        if (@case.AssigneeId == actor.Id) throw new BusinessRuleException("이미 담당 중인 사건입니다.");
        if (@case.AssigneeId is not null)
            throw new BusinessRuleException($"{@case.AssigneeName} 님이 담당 중인 사건입니다. 인계는 팀장에게 요청하세요.");
        @case.AssigneeId = actor.Id;
        @case.AssigneeName = actor.Name;
        AddEvent(db, @case, "assigned", actor, now, $"담당 지정: {actor.Name} (본인 지정)");
        db.Record(actor, now, "case.take", Entity, @case.Number, null, new { assignee = actor.Name }, memberId: @case.MemberId);
        await Task.CompletedTask;
    }, ct);

    public Task AddNoteAsync(long caseId, string text, CancellationToken ct = default)
    {
        var note = text?.Trim() ?? "";
        if (note.Length == 0) throw new BusinessRuleException("메모 내용을 입력하세요.");
        if (note.Length > MaxNote) throw new BusinessRuleException($"메모는 {MaxNote:N0}자 이하로 입력하세요.");
        return WorkAsync(caseId, async (db, @case, actor, now, token) =>
        {
            if (@case.Status == CaseStatus.Closed) throw new BusinessRuleException("종결된 사건에는 메모를 남길 수 없습니다.");
            AddEvent(db, @case, "note", actor, now, note);
            db.Record(actor, now, "case.note", Entity, @case.Number, null, new { length = note.Length }, memberId: @case.MemberId);
            await Task.CompletedTask;
        }, ct);
    }

    /// <summary>Stops the clock while the member's documents are awaited, only where the rule allows a pause.</summary>
    public Task PauseAsync(long caseId, string reason, CancellationToken ct = default)
    {
        var why = reason?.Trim() ?? "";
        return WorkAsync(caseId, async (db, @case, actor, now, token) =>
        {
            var rule = CaseClockRules.Get(@case.ClockRuleKey);
            if (!rule.AllowsPause)
                throw new BusinessRuleException($"이 사건의 기한은 멈출 수 없습니다 ({rule.Label}: {rule.Citation}에 정지 규정이 없음).");
            if (@case.Status != CaseStatus.Open) throw new BusinessRuleException($"처리 중인 사건만 정지할 수 있습니다 (현재: {CaseNames.Of(@case.Status)}).");
            if (@case.DueOn is not { } due) throw new BusinessRuleException("기한이 시작되지 않은 사건은 정지할 수 없습니다.");
            var today = clock.TodayKst();
            if (today > due) throw new BusinessRuleException($"기한({Fmt.Date(due)})이 지난 사건은 정지할 수 없습니다.");
            if (why.Length < MinPauseReason) throw new BusinessRuleException($"정지 사유(기다리는 자료)를 {MinPauseReason}자 이상 입력하세요.");
            if (why.Length > MaxDelayReason) throw new BusinessRuleException($"정지 사유는 {MaxDelayReason}자 이하로 입력하세요.");
            db.CasePauses.Add(new CasePause { CaseId = @case.Id, From = today, Reason = why, ActorId = actor.Id, ActorName = actor.Name });
            @case.Status = CaseStatus.Paused;
            AddEvent(db, @case, "paused", actor, now, $"자료 대기로 기한 정지 ({Fmt.Date(today)}부터) · 사유: {why} · {rule.Citation}");
            db.Record(actor, now, "case.pause", Entity, @case.Number, new { Status = CaseStatus.Open }, new { Status = CaseStatus.Paused, from = today },
                reason: why, memberId: @case.MemberId);
            await Task.CompletedTask;
        }, ct);
    }

    /// <summary>Runs the clock again: the pause closes today and the due date is recomputed with every closed pause.</summary>
    public Task<CaseDue> ResumeAsync(long caseId, CancellationToken ct = default) => WorkAsync(caseId, async (db, @case, actor, now, token) =>
    {
        if (@case.Status != CaseStatus.Paused) throw new BusinessRuleException("정지된 사건이 아닙니다.");
        var pause = await db.CasePauses.Where(p => p.CaseId == @case.Id && p.Until == null).OrderByDescending(p => p.Id).FirstOrDefaultAsync(token)
            ?? throw new BusinessRuleException("열린 정지 기록이 없습니다.");
        var today = clock.TodayKst();
        pause.Until = today;
        pause.ResumedById = actor.Id;
        pause.ResumedByName = actor.Name;
        await db.SaveChangesAsync(token);
        var before = new { @case.DueOn, @case.DueDerivation };
        var due = await RecomputeAsync(db, @case, token);
        @case.Status = CaseStatus.Open;
        AddEvent(db, @case, "resumed", actor, now,
            $"자료 접수로 기한 재개 (정지 {Fmt.Date(pause.From)}~{Fmt.Date(today)}) · 기한 {Fmt.Date(before.DueOn!.Value)} → {Fmt.Date(due.DueOn)} · {due.Derivation}");
        db.Record(actor, now, "case.resume", Entity, @case.Number, before, new { @case.DueOn, @case.DueDerivation }, memberId: @case.MemberId);
        return due;
    }, ct);

    /// <summary>Confirms the holder's identity for a clock that starts there (003 캐시비 제13조②): the clock starts and the due date is set.</summary>
    public Task<CaseDue> ConfirmIdentityAsync(long caseId, DateTimeOffset confirmedAt, CancellationToken ct = default) =>
        WorkAsync(caseId, async (db, @case, actor, now, token) =>
        {
            var rule = CaseClockRules.Get(@case.ClockRuleKey);
            if (rule.Start != ClockStart.IdentityConfirmed) throw new BusinessRuleException($"이 사건의 기한은 본인 확인과 관계없이 접수일부터 셉니다 ({rule.Citation}).");
            if (@case.IdentityConfirmedAt is not null) throw new BusinessRuleException("이미 본인 확인이 끝난 사건입니다.");
            if (@case.Status == CaseStatus.Closed) throw new BusinessRuleException("종결된 사건입니다.");
            if (confirmedAt > now) throw new BusinessRuleException("본인 확인 시각은 지금보다 늦을 수 없습니다.");
            if (confirmedAt < @case.ReceivedAt) throw new BusinessRuleException("본인 확인 시각은 접수 시각보다 빠를 수 없습니다.");
            @case.IdentityConfirmedAt = confirmedAt;
            @case.ClockStartsOn = DateOnly.FromDateTime(confirmedAt.ToKst().DateTime);
            var due = await RecomputeAsync(db, @case, token);
            AddEvent(db, @case, "identity", actor, now, $"본인 확인 ({Fmt.DateTime(confirmedAt)}) · 기한 {Fmt.Date(due.DueOn)} · {due.Derivation}");
            db.Record(actor, now, "case.identity", Entity, @case.Number, null, new { confirmedAt, @case.DueOn }, memberId: @case.MemberId);
            return due;
        }, ct);

    /// <summary>Tells the member the reason and the new schedule (003 하나로 제23조②); the case history keeps the outbox references.</summary>
    public Task SendDelayNoticeAsync(long caseId, string reason, DateOnly? promisedBy, CancellationToken ct = default) =>
        WorkAsync(caseId, async (db, @case, actor, now, token) =>
        {
            if (DelayNoticeProblem(@case.Status, @case.DueOn, reason, promisedBy, clock.TodayKst()) is { } problem) throw new BusinessRuleException(problem);
            var sequence = await db.CaseEvents.CountAsync(e => e.CaseId == @case.Id && e.Kind == "notice.delay", token) + 1;
            var late = @case.DueOn < clock.TodayKst();
            @case.DelayReason = reason.Trim();
            @case.PromisedBy = promisedBy;
            @case.DelayNoticeAt = now;
            var text = await CaseNotices.DelayAsync(db, @case, sequence, now, token);
            AddEvent(db, @case, "notice.delay", actor, now, late ? $"{text} · 기한 경과 후 발송" : text);
            db.Record(actor, now, "case.delay-notice", Entity, @case.Number, null, new { promisedBy, late }, reason: @case.DelayReason, memberId: @case.MemberId);
        }, ct);

    /// <summary>Closes the case with its outcome and tells the member the result. After the due date only with a delay notice on record.</summary>
    public Task CloseAsync(long caseId, CaseOutcome outcome, string resolution, CancellationToken ct = default) =>
        WorkAsync(caseId, async (db, @case, actor, now, token) =>
        {
            var today = clock.TodayKst();
            if (CloseProblem(@case.Type, @case.Status, @case.DueOn, @case.DelayNoticeAt, outcome, resolution, today) is { } problem)
                throw new BusinessRuleException(problem);
            if (@case.Status == CaseStatus.Paused)
                foreach (var open in await db.CasePauses.Where(p => p.CaseId == @case.Id && p.Until == null).ToListAsync(token))
                {
                    open.Until = today;
                    open.ResumedById = actor.Id;
                    open.ResumedByName = actor.Name;
                }
            var before = @case.Status;
            @case.Status = CaseStatus.Closed;
            @case.Outcome = outcome;
            @case.Resolution = resolution.Trim();
            @case.ClosedAt = now;
            @case.ClosedById = actor.Id;
            @case.ClosedByName = actor.Name;
            @case.ResultNoticeAt = now;
            var text = await CaseNotices.ResultAsync(db, @case, now, token);
            AddEvent(db, @case, "notice.result", actor, now, text);
            var days = today.DayNumber - DateOnly.FromDateTime(@case.ReceivedAt.ToKst().DateTime).DayNumber;
            var lateness = @case.DueOn is { } due && today > due ? $" · 기한 {Fmt.Date(due)} 경과 {today.DayNumber - due.DayNumber}일" : "";
            AddEvent(db, @case, "closed", actor, now, $"종결: {CaseNames.Of(outcome)} · 접수 후 {days}일{lateness}");
            db.Record(actor, now, "case.close", Entity, @case.Number, new { Status = before }, new { Status = CaseStatus.Closed, outcome, days },
                memberId: @case.MemberId);
        }, ct);

    /// <summary>Keeps a file the member sent (PDF, PNG, JPEG, TIFF up to 5 MB; the bytes decide the type) with its SHA-256.</summary>
    public async Task<long> AddAttachmentAsync(long caseId, string fileName, Stream content, CancellationToken ct = default)
    {
        (await currentActor.GetAsync()).Require(Permission.HandleCases);
        var name = Path.GetFileName(fileName ?? "").Trim();
        if (name.Length == 0) throw new BusinessRuleException("파일 이름이 없습니다. 파일을 다시 선택하세요.");
        if (name.Length > 200) throw new BusinessRuleException("파일 이름은 200자 이하여야 합니다. 이름을 줄여 다시 올리세요.");
        var bytes = await CaseAttachmentSignature.ReadAsync(content, MaxAttachmentBytes, ct);
        var type = CaseAttachmentSignature.Detect(bytes)!;
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        return await WorkAsync(caseId, async (db, @case, actor, now, token) =>
        {
            if (@case.Status == CaseStatus.Closed) throw new BusinessRuleException("종결된 사건에는 파일을 추가할 수 없습니다.");
            var attachment = new CaseAttachment
            {
                CaseId = @case.Id,
                FileName = name,
                ContentType = type,
                Size = bytes.Length,
                Sha256 = sha,
                Content = bytes,
                AddedAt = now,
                AddedById = actor.Id,
                AddedByName = actor.Name,
            };
            db.CaseAttachments.Add(attachment);
            AddEvent(db, @case, "attachment", actor, now, $"첨부: {name} ({bytes.Length:N0}바이트, SHA-256 {sha[..12]}…)");
            db.Record(actor, now, "case.attachment", Entity, @case.Number, null, new { fileName = name, size = bytes.Length, sha256 = sha }, memberId: @case.MemberId);
            await db.SaveChangesAsync(token);
            return attachment.Id;
        }, ct);
    }

    /// <summary>An attachment's bytes for download; every download is audited (the files hold personal data).</summary>
    public async Task<CaseAttachmentFile?> DownloadAttachmentAsync(long attachmentId, CancellationToken ct = default)
    {
        var actor = await currentActor.GetAsync();
        actor.Require(Permission.ViewCases);
        return await writer.ExecuteAsync(async (db, token) =>
        {
            var a = await db.CaseAttachments.AsNoTracking().FirstOrDefaultAsync(x => x.Id == attachmentId, token);
            if (a is null) return null;
            var @case = await db.Cases.AsNoTracking().Where(c => c.Id == a.CaseId).Select(c => new { c.Number, c.MemberId }).SingleAsync(token);
            db.Record(actor, clock.GetUtcNow(), "case.attachment.download", Entity, @case.Number, null, new { attachmentId, a.FileName, a.Sha256 },
                memberId: @case.MemberId);
            return new CaseAttachmentFile(a.FileName, a.ContentType, a.Content);
        }, ct);
    }

    private async Task<CaseDue> RecomputeAsync(AppDbContext db, ServiceCase @case, CancellationToken ct)
    {
        var due = await CaseClockSource.ComputeAsync(db, CaseClockRules.Get(@case.ClockRuleKey), @case.ClockStartsOn, @case.Id, ct)
            ?? throw new InvalidOperationException($"Case {@case.Number} has no clock start.");
        @case.DueOn = due.DueOn;
        @case.DueDerivation = due.Derivation;
        @case.PausedDays = due.PausedDaysSkipped;
        return due;
    }

    private Task WorkAsync(long caseId, Func<AppDbContext, ServiceCase, Actor, DateTimeOffset, CancellationToken, Task> command, CancellationToken ct) =>
        WorkAsync<bool>(caseId, async (db, @case, actor, now, token) =>
        {
            await command(db, @case, actor, now, token);
            return true;
        }, ct);

    private async Task<T> WorkAsync<T>(long caseId, Func<AppDbContext, ServiceCase, Actor, DateTimeOffset, CancellationToken, Task<T>> command, CancellationToken ct)
    {
        var actor = await currentActor.GetAsync();
        actor.Require(Permission.HandleCases);
        return await writer.ExecuteAsync(async (db, token) =>
        {
            var @case = await db.Cases.FirstOrDefaultAsync(c => c.Id == caseId, token) ?? throw new BusinessRuleException("사건을 찾을 수 없습니다.");
            var result = await command(db, @case, actor, clock.GetUtcNow(), token);
            @case.Version++;
            return result;
        }, ct);
    }

    private static void AddEvent(AppDbContext db, ServiceCase @case, string kind, Actor actor, DateTimeOffset at, string text) =>
        db.CaseEvents.Add(new CaseEvent
        {
            CaseId = @case.Id,
            At = at,
            Kind = kind,
            ActorId = actor.Id,
            ActorName = actor.Name,
            Text = text.Length > 2000 ? text[..2000] : text,
        });
}
