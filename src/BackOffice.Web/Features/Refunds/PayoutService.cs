using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Features.Refunds;

/// <summary>
/// Payouts (Finance only): approved refunds join a batch, the batch's bank transfer file is downloaded (an audited
/// reading of account numbers), then each item is marked paid (hold → payout) or failed (hold → e-money, follow-up).
/// </summary>
public sealed class PayoutService(IDbContextFactory<AppDbContext> factory, DbWriter writer, CurrentActor currentActor, TimeProvider clock, NumberKeyRing numbers, StepUp stepUp)
{
    private const string Entity = "PayoutBatch";
    /// <summary>Free text on a payout step (failure reason, follow-up note): the audit reason column's limit.</summary>
    public const int MaxText = 500;

    public async Task<PayoutReadiness> ReadinessAsync(CancellationToken ct = default)
    {
        await RequireAsync();
        await using var db = await factory.CreateDbContextAsync(ct);
        var ready = await db.RefundRequests.AsNoTracking().Where(r => r.Status == RefundStatus.Approved).Select(r => new { r.Payout, r.DueBy }).ToListAsync(ct);
        return new PayoutReadiness(ready.Count, ready.Sum(r => r.Payout), ready.Count == 0 ? null : ready.Min(r => r.DueBy));
    }

    /// <summary>Puts every approved refund into a new batch. A second click finds nothing left to batch.</summary>
    public Task<string> CreateBatchAsync(CancellationToken ct = default) => CreateBatchAsync("batch:" + Guid.NewGuid().ToString("N"), ct);

    /// <summary>
    /// Puts every approved refund into a new batch; <paramref name="idempotencyKey"/> is the page's client key, and a
    /// repeat with it returns the batch the first one made.
    /// </summary>
    public async Task<string> CreateBatchAsync(string idempotencyKey, CancellationToken ct = default)
    {
        var actor = await RequireAsync();
        var key = Idempotency.RequireClientKey(idempotencyKey);
        return await writer.ExecuteAsync(async (db, token) =>
        {
            if (await Idempotency.FindAsync(db.PayoutBatches, key, token) is { } repeated) return repeated.BatchNo;
            var items = await db.RefundRequests.Where(r => r.Status == RefundStatus.Approved).OrderBy(r => r.DueBy).ThenBy(r => r.Id).ToListAsync(token);
            if (items.Count == 0) throw new BusinessRuleException("지급할 승인 완료 환불이 없습니다.");
            var now = clock.GetUtcNow();
            var today = clock.TodayKst();
            var batch = new PayoutBatch
            {
                BatchNo = await BusinessNumbers.NextNumberAsync(db, "payout-batch", "P", today, token),
                CreatedAt = now,
                CreatedById = actor.Id,
                CreatedByName = actor.Name,
                ItemCount = items.Count,
                Total = items.Sum(i => i.Payout),
                DueBy = items.Min(i => i.DueBy),
                IdempotencyKey = key,
            };
            db.PayoutBatches.Add(batch);
            await db.SaveChangesAsync(token);
            foreach (var item in items)
            {
                RefundTransitions.Table.Apply(db, RefundTransitions.JoinBatch, item, actor, now);
                item.BatchId = batch.Id;
            }
            // The request numbers go into the record's after-image, not its reason: the reason column holds 500 characters,
            // and a batch of 30 requests already exceeded it (the crash test's payout batches were refused).
            db.Record(actor, now, "refund.batch.create", Entity, batch.BatchNo,
                after: new { batch.ItemCount, batch.Total, batch.DueBy, requests = items.Select(i => i.RequestNo).ToArray() },
                reason: $"환불 지급 배치 생성 ({batch.ItemCount}건)");
            return batch.BatchNo;
        }, ct);
    }

    public async Task<IReadOnlyList<PayoutBatchRow>> BatchesAsync(CancellationToken ct = default)
    {
        await RequireAsync();
        await using var db = await factory.CreateDbContextAsync(ct);
        return await RowsAsync(db.PayoutBatches.AsNoTracking().OrderByDescending(b => b.CreatedAt).Take(100), ct);
    }

    public async Task<PayoutBatchDetail?> BatchAsync(string batchNo, CancellationToken ct = default)
    {
        await RequireAsync();
        await using var db = await factory.CreateDbContextAsync(ct);
        var row = (await RowsAsync(db.PayoutBatches.AsNoTracking().Where(b => b.BatchNo == batchNo), ct)).FirstOrDefault();
        if (row is null) return null;
        var items = await db.RefundRequests.AsNoTracking().Where(r => r.BatchId == row.Id).OrderBy(r => r.Id)
            .Select(r => new
            {
                r.Id,
                r.RequestNo,
                r.MemberId,
                MemberNo = db.Members.Where(m => m.Id == r.MemberId).Select(m => m.MemberNo).First(),
                r.BankName,
                r.BankAccountLast4,
                r.BankAccountHolder,
                r.Payout,
                r.Status,
                r.FailureReason
            })
            .ToListAsync(ct);
        return new PayoutBatchDetail(row, items.Select(i => new PayoutItem(i.Id, i.RequestNo, i.MemberId, i.MemberNo, i.BankName,
            PersonalDataMask.AccountLast4(i.BankAccountLast4), PersonalDataMask.Name(i.BankAccountHolder), i.Payout, i.Status, i.FailureReason)).ToList());
    }

    /// <summary>The bank transfer file. It holds full account numbers, so every download is audited.</summary>
    public async Task<TransferFileResult> TransferFileAsync(string batchNo, CancellationToken ct = default)
    {
        var actor = await RequireAsync();
        await stepUp.RequireAsync(actor, "이체 파일 다운로드");
        return await writer.ExecuteAsync(async (db, token) =>
        {
            var batch = await db.PayoutBatches.FirstOrDefaultAsync(b => b.BatchNo == batchNo, token) ?? throw new BusinessRuleException("지급 배치를 찾을 수 없습니다.");
            // The one place account numbers are decrypted in bulk: the bank needs them in the file.
            var rows = await db.RefundRequests.AsNoTracking().Where(r => r.BatchId == batch.Id).OrderBy(r => r.Id)
                .Select(r => new { r.RequestNo, r.BankName, r.BankAccountCipher, r.BankAccountHolder, r.Payout }).ToListAsync(token);
            var lines = rows.Select(r => new TransferLine(r.RequestNo, r.BankName, numbers.RevealBankAccount(r.BankAccountCipher), r.BankAccountHolder, r.Payout)).ToList();
            var now = clock.GetUtcNow();
            batch.FirstDownloadedAt ??= now;
            batch.DownloadCount++;
            batch.Version++;
            db.Record(actor, now, "refund.batch.file", Entity, batch.BatchNo, after: new { lines.Count, total = lines.Sum(l => l.Amount), batch.DownloadCount },
                reason: "은행 이체 파일 다운로드 (계좌번호 포함)");
            var file = BankTransferFile.Build(batch.BatchNo, lines);
            batch.TransferFileSha256 ??= Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(file));
            return new TransferFileResult($"refund-transfer-{batch.BatchNo}.csv", file);
        }, ct);
    }

    public Task MarkPaidAsync(long refundId, CancellationToken ct = default) => SettleAsync(refundId, paid: true, null, ct);

    public Task MarkFailedAsync(long refundId, string reason, CancellationToken ct = default) => SettleAsync(refundId, paid: false, reason, ct);

    /// <summary>Marks every item of the batch still in payout as paid, each in its own transaction; returns each item's result.</summary>
    public async Task<IReadOnlyList<BulkItemResult>> MarkAllPaidAsync(string batchNo, CancellationToken ct = default)
    {
        await stepUp.RequireAsync(await RequireAsync(), "일괄 지급 완료");
        List<(long Id, string No)> pending;
        await using (var db = await factory.CreateDbContextAsync(ct))
            pending = (await db.RefundRequests.AsNoTracking().Where(r => r.Batch!.BatchNo == batchNo && r.Status == RefundStatus.InPayout)
                .OrderBy(r => r.Id).Select(r => new { r.Id, r.RequestNo }).ToListAsync(ct)).Select(r => (r.Id, r.RequestNo)).ToList();
        var results = new List<BulkItemResult>();
        foreach (var (id, no) in pending)
        {
            try
            {
                await MarkPaidAsync(id, ct);
                results.Add(new BulkItemResult(no, true, "지급 완료"));
            }
            catch (CommandRefusedException ex)
            {
                results.Add(new BulkItemResult(no, false, ex.Message));
            }
        }
        return results;
    }

    public async Task CloseFollowUpAsync(long refundId, string note, CancellationToken ct = default)
    {
        var actor = await RequireAsync();
        note = note?.Trim() ?? "";
        if (note.Length < 5) throw new BusinessRuleException("후속 조치 내용을 5자 이상 입력하세요.");
        if (note.Length > MaxText) throw new BusinessRuleException($"후속 조치 내용은 {MaxText}자 이내로 입력하세요.");
        await writer.ExecuteAsync(async (db, token) =>
        {
            var r = await db.RefundRequests.FirstOrDefaultAsync(x => x.Id == refundId, token) ?? throw new BusinessRuleException("환불 요청을 찾을 수 없습니다.");
            if (!r.FollowUpOpen) throw new BusinessRuleException("열린 후속 조치가 없습니다.");
            var now = clock.GetUtcNow();
            (r.FollowUpOpen, r.FollowUpClosedAt, r.FollowUpClosedByName) = (false, now, actor.Name);
            r.FollowUpNote = $"{r.FollowUpNote} / 완료: {note}";
            r.Version++;
            db.Record(actor, now, "refund.followup.close", "RefundRequest", r.RequestNo, after: new { r.FollowUpOpen }, reason: note, memberId: r.MemberId);
        }, ct);
    }

    private async Task SettleAsync(long refundId, bool paid, string? reason, CancellationToken ct)
    {
        var actor = await RequireAsync();
        await stepUp.RequireAsync(actor, paid ? "지급 완료 처리" : "지급 실패 처리");
        reason = reason?.Trim();
        if (!paid && (reason?.Length ?? 0) < 5) throw new BusinessRuleException("실패 사유를 5자 이상 입력하세요 (예: 계좌번호 오류, 예금주 불일치).");
        if ((reason?.Length ?? 0) > MaxText) throw new BusinessRuleException($"실패 사유는 {MaxText}자 이내로 입력하세요.");
        await writer.ExecuteAsync(async (db, token) =>
        {
            var r = await db.RefundRequests.Include(x => x.Batch).FirstOrDefaultAsync(x => x.Id == refundId, token)
                ?? throw new BusinessRuleException("환불 요청을 찾을 수 없습니다.");
            var transition = paid ? RefundTransitions.Paid : RefundTransitions.PayoutFailed;
            RefundTransitions.Table.Check(transition, r, actor);
            if (r.Batch!.FirstDownloadedAt is null) throw new BusinessRuleException("이체 파일을 먼저 내려받아 은행에 전송한 뒤 결과를 처리하세요.");
            if (RefundApproval.PayerRefusal(r, actor) is { } payer) throw new ForbiddenException(payer); // issue 10: payer ≠ approver
            var now = clock.GetUtcNow();
            var batch = r.Batch;
            await RefundTransitions.Table.ApplyAsync(db, transition, r, actor, now, async () =>
            {
                if (paid)
                {
                    await RefundLedger.PayAsync(db, r, actor, now, token);
                    r.PaidAt = now;
                }
                else
                {
                    await RefundLedger.ReturnToEmoneyAsync(db, r, actor, now, token);
                    (r.FailedAt, r.FailureReason, r.FollowUpOpen) = (now, reason, true);
                    r.FollowUpNote = $"지급 실패({reason}): {Fmt.DateTime(now)} e음머니로 {KoreanWon.Format(r.Amount)} 반환, 회원 안내·계좌 확인 필요";
                }
                r.SettledByName = actor.Name;
                return reason;
            }, after: () => new { r.Status, r.Payout, batch = batch.BatchNo });
            var left = await db.RefundRequests.CountAsync(x => x.BatchId == batch.Id && x.Status == RefundStatus.InPayout && x.Id != r.Id, token);
            if (left == 0) (batch.Status, batch.ClosedAt) = (PayoutBatchStatus.Closed, now);
            batch.Version++;
        }, ct);
    }

    private static async Task<List<PayoutBatchRow>> RowsAsync(IQueryable<PayoutBatch> batches, CancellationToken ct)
    {
        var rows = await batches.Select(b => new
        {
            b.Id,
            b.BatchNo,
            b.Status,
            b.CreatedAt,
            b.CreatedByName,
            b.ItemCount,
            b.Total,
            b.DueBy,
            b.FirstDownloadedAt,
            b.DownloadCount,
            Pending = b.Items.Count(i => i.Status == RefundStatus.InPayout),
            Paid = b.Items.Count(i => i.Status == RefundStatus.Paid),
            Failed = b.Items.Count(i => i.Status == RefundStatus.PayoutFailed),
        }).ToListAsync(ct);
        return rows.Select(b => new PayoutBatchRow(b.Id, b.BatchNo, b.Status, b.CreatedAt, b.CreatedByName, b.ItemCount, b.Total, b.DueBy,
            b.FirstDownloadedAt, b.DownloadCount, b.Pending, b.Paid, b.Failed)).ToList();
    }

    private async Task<Actor> RequireAsync()
    {
        var actor = await currentActor.GetAsync();
        actor.Require(Permission.ManagePayouts);
        return actor;
    }
}
