using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Features.Credits;

/// <summary>
/// The deadlines of waiting virtual accounts (001 §2.2.2), from stored state: on the last day from
/// <see cref="VirtualAccountDeadline.ReminderHourKst"/>:00 KST (운영 정책) the e-mail and SMS before the cancel, once per
/// deadline (<see cref="CreditTopUp.CancelReminderAt"/>, cleared when the deadline moves); at or after
/// <see cref="CreditTopUp.CancelsAt"/> (00:00 KST after the last day) 입금취소 through <see cref="TopUpSteps"/> with its notice.
/// One transaction per top-up; the top-up's version token makes two racing runs act once.
/// </summary>
public sealed class VirtualAccountDeadlines(IDbContextFactory<AppDbContext> factory, DbWriter writer, TimeProvider clock)
{
    public sealed record Outcome(int Reminded, int Cancelled)
    {
        public string Summary => Reminded == 0 && Cancelled == 0 ? "처리할 가상계좌 없음" : $"취소 전 안내 {Reminded}건, 자동 취소 {Cancelled}건";
    }

    public async Task<Outcome> RunAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var today = now.ToKstDate();
        List<long> ids;
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            ids = await db.CreditTopUps.AsNoTracking()
                .Where(t => t.Status == TopUpStatus.AwaitingDeposit
                    && (t.CancelsAt <= now || (t.CancelReminderAt == null && t.DepositDeadline <= today)))
                .OrderBy(t => t.Id).Select(t => t.Id).ToListAsync(ct);
        }
        var reminded = 0;
        var cancelled = 0;
        foreach (var id in ids)
        {
            var done = await writer.ExecuteAsync(async (db, token) =>
            {
                var topUp = await db.CreditTopUps.FirstAsync(t => t.Id == id, token);
                if (VirtualAccountDeadline.CancelDue(topUp, now))
                {
                    await TopUpSteps.ApplyAsync(db, topUp, TopUpStatus.DepositCancelled, Actor.System, now,
                        $"입금 기한 경과 자동 취소 (기한 {topUp.DepositDeadline:yyyy-MM-dd}, {Fmt.DateTime(topUp.CancelsAt!.Value)} 취소, {VirtualAccountDeadline.Clause})",
                        "job", "입금 기한 경과", token);
                    await NoticeOutbox.EnqueueAsync(db, topUp.MemberId, TopUpNoticeKeys.Cancelled, topUp.Number,
                        new Dictionary<string, string>(TopUpService.Values(topUp)) { ["cancelledAt"] = Fmt.DateTime(now) }, now, token);
                    db.Record(Actor.System, now, "credit-topup.auto-cancel", "CreditTopUp", topUp.Number,
                        before: new { Status = TopUpStatus.AwaitingDeposit }, after: new { topUp.Status, topUp.DepositDeadline, topUp.CancelsAt },
                        reason: "입금 기한 경과 (001 §2.2.2)", memberId: topUp.MemberId);
                    return 2;
                }
                if (VirtualAccountDeadline.ReminderDue(topUp, now))
                {
                    topUp.CancelReminderAt = now;
                    TopUpLog.Note(db, topUp, Actor.System, now,
                        $"취소 전 안내 (EMAIL·SMS): 입금 기한 {topUp.DepositDeadline:yyyy-MM-dd}, {Fmt.DateTime(topUp.CancelsAt!.Value)} 자동 취소 예정 ({VirtualAccountDeadline.Clause})", "job");
                    await NoticeOutbox.EnqueueAsync(db, topUp.MemberId, TopUpNoticeKeys.CancelReminder,
                        $"{topUp.Number}:reminder:{topUp.DepositDeadline:yyyyMMdd}", TopUpService.Values(topUp), now, token);
                    db.Record(Actor.System, now, "credit-topup.cancel-reminder", "CreditTopUp", topUp.Number,
                        after: new { topUp.DepositDeadline, topUp.CancelsAt }, memberId: topUp.MemberId);
                    return 1;
                }
                return 0;
            }, ct);
            if (done == 1) reminded++;
            if (done == 2) cancelled++;
        }
        return new Outcome(reminded, cancelled);
    }
}

/// <summary><c>credits.virtual-accounts</c>, every 10 minutes: <see cref="VirtualAccountDeadlines"/> as the system.</summary>
public sealed class VirtualAccountJob(JobRunRecorder recorder, VirtualAccountDeadlines deadlines) : PortalJob(recorder)
{
    public const string Key = "credits.virtual-accounts";

    public override async Task<string> RunAsync(CancellationToken ct) => (await deadlines.RunAsync(ct)).Summary;
}
