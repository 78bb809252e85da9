using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Features.MemberLifecycle;

/// <summary>
/// Erases the personal data of withdrawn members whose retention has ended (<see cref="Member.AnonymizeAfter"/> has
/// come, KST): name, phone, e-mail, address, birth date and bank account become placeholders, also on the bank-account
/// snapshots of their refund requests. The member number and the ledger stay. Each member gets an audit record that
/// names the fields, never their values. Works from the stored state, so a second run finds nothing to do.
/// </summary>
public sealed class AnonymizeWithdrawnMembersJob(JobRunRecorder recorder, DbWriter writer, TimeProvider clock) : PortalJob(recorder)
{
    public const string Key = "members.anonymize-withdrawn";
    private const int Batch = 200;

    private static readonly string[] Fields = ["이름", "전화번호", "이메일", "주소", "생년월일", "환불 계좌", "소득공제 등록"];

    public override async Task<string> RunAsync(CancellationToken ct)
    {
        var total = 0;
        while (true)
        {
            var done = await writer.ExecuteAsync(async (db, token) =>
            {
                var now = clock.GetUtcNow();
                var today = clock.TodayKst();
                var members = await db.Members
                    .Where(m => m.Status == MemberStatus.Withdrawn && m.AnonymizedAt == null && m.AnonymizeAfter != null && m.AnonymizeAfter <= today)
                    .OrderBy(m => m.Id).Take(Batch).ToListAsync(token);
                foreach (var member in members)
                {
                    MemberLifecycleRules.Anonymize(member, now);
                    var requests = await db.RefundRequests.Where(r => r.MemberId == member.Id).ToListAsync(token);
                    foreach (var r in requests)
                    {
                        r.BankAccountCipher = null;
                        r.BankAccountHolder = MemberLifecycleRules.AnonymizedName;
                    }
                    db.Record(Actor.System, now, "member.anonymize", "Member", member.Id.ToString(CultureInfo.InvariantCulture),
                        after: new { member.MemberNo, fields = Fields, refundSnapshots = requests.Count, member.AnonymizeAfter },
                        reason: $"보존 기간 경과 ({MemberLifecycleRules.RetentionCitation})", memberId: member.Id);
                }
                return members.Count;
            }, ct);
            total += done;
            if (done < Batch) break;
        }
        return $"탈퇴 회원 개인정보 익명화 {total:N0}명";
    }
}
