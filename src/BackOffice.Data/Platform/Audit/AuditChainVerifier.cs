using Microsoft.EntityFrameworkCore;

namespace BackOffice.Data.Platform.Audit;

/// <summary>The first place where the audit chain does not hold: at which sequence (and row), and what differs.</summary>
public sealed record AuditChainBreak(long Sequence, long? RecordId, string Problem);

/// <summary>The result of a verification: how many records were checked, and the first broken link if any.</summary>
public sealed record AuditChainReport(long Checked, AuditChainBreak? FirstBreak)
{
    public bool IsIntact => FirstBreak is null;
}

/// <summary>
/// Walks the audit chain in sequence order and reports the first broken link: a gap or repeat in the sequence
/// (a row deleted or inserted), a "previous hash" that is not the previous record's hash (a row replaced), a hash that
/// does not match the record's fields (a row edited), a row without a hash, or a head that is not the last record
/// (rows removed from the end). Reads in batches, so any size of log can be verified.
/// </summary>
public static class AuditChainVerifier
{
    public const int BatchSize = 1000;

    public static async Task<AuditChainReport> VerifyAsync(AppDbContext db, IProgress<long>? progress = null, CancellationToken ct = default)
    {
        var unsealed = await db.AuditRecords.AsNoTracking().Where(a => a.Hash == null || a.Sequence == null)
            .OrderBy(a => a.Id).Select(a => new { a.Id, a.Sequence }).FirstOrDefaultAsync(ct);
        if (unsealed is not null)
            return new AuditChainReport(0, new AuditChainBreak(unsealed.Sequence ?? 0, unsealed.Id, "해시가 없는 기록이 있습니다 (체인에 연결되지 않음)."));

        long expected = 1;
        var previousHash = AuditChain.Genesis;
        long lastSequence = 0;
        while (true)
        {
            var batch = await db.AuditRecords.AsNoTracking().Where(a => a.Sequence >= expected)
                .OrderBy(a => a.Sequence).Take(BatchSize).ToListAsync(ct);
            if (batch.Count == 0) break;
            foreach (var r in batch)
            {
                var sequence = r.Sequence!.Value;
                if (sequence != expected)
                    return Broken(expected - 1, new AuditChainBreak(expected, null, $"순번 {expected}의 기록이 없습니다 (다음 기록의 순번: {sequence})."));
                if (r.PreviousHash != previousHash)
                    return Broken(expected - 1, new AuditChainBreak(sequence, r.Id,
                        $"이전 해시가 앞 기록의 해시와 다릅니다 (저장: {Short(r.PreviousHash)}, 앞 기록: {Short(previousHash)})."));
                var actual = AuditChain.HashOf(r, sequence, previousHash);
                if (r.Hash != actual)
                    return Broken(expected - 1, new AuditChainBreak(sequence, r.Id,
                        $"기록 내용이 해시와 맞지 않습니다: 저장 후 수정되었습니다 (저장: {Short(r.Hash)}, 계산: {Short(actual)})."));
                previousHash = r.Hash;
                lastSequence = sequence;
                expected++;
            }
            progress?.Report(lastSequence);
        }

        var head = await db.AuditChainHeads.AsNoTracking().FirstOrDefaultAsync(h => h.Id == AuditChainHead.SingletonId, ct);
        if (head is null) return Broken(lastSequence, new AuditChainBreak(lastSequence, null, "체인 머리(AuditChainHeads) 행이 없습니다."));
        if (head.Sequence != lastSequence || head.Hash != previousHash)
            return Broken(lastSequence, new AuditChainBreak(lastSequence + 1, null,
                $"마지막 기록이 체인 머리와 다릅니다 (머리: 순번 {head.Sequence} {Short(head.Hash)}, 마지막 기록: 순번 {lastSequence} {Short(previousHash)}): 끝의 기록이 삭제되었습니다."));
        return new AuditChainReport(lastSequence, null);
    }

    private static AuditChainReport Broken(long intact, AuditChainBreak at) => new(intact, at);

    private static string Short(string? hash) => hash is null ? "(없음)" : hash.Length > 12 ? hash[..12] + "…" : hash;
}
