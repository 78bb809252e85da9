using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Features.Deduction;

/// <summary>A member's deduction registration as the member page shows it: the number masked.</summary>
public sealed record DeductionRegistrationView(bool IsForeigner, DateTimeOffset? RegisteredAt, string? MaskedResidentNumber);

/// <summary>
/// Records a member's income-deduction registration (소득공제 신청) taken by an agent, with the resident registration
/// number (encrypted at rest), and shows that number masked or, with a reason, in clear (audited, like other personal
/// data). Rules (000 소득공제): foreigners cannot register; the registration counts from the moment it is recorded, never
/// earlier (no retroactive use); a registration is not recorded twice.
/// </summary>
public sealed class DeductionRegistrationService(DbWriter writer, CurrentActor currentActor, TimeProvider clock, NumberKeyRing keys, IDbContextFactory<AppDbContext> factory)
{
    public async Task<DeductionRegistrationView> GetAsync(long memberId, CancellationToken ct = default)
    {
        var actor = await currentActor.GetAsync();
        actor.Require(Permission.ViewMembers);
        await using var db = await factory.CreateDbContextAsync(ct);
        var m = await db.Members.AsNoTracking().Where(x => x.Id == memberId)
            .Select(x => new { x.IsForeigner, x.IncomeDeductionRegisteredAt, x.ResidentNumberCipher }).FirstOrDefaultAsync(ct)
            ?? throw new BusinessRuleException("회원을 찾을 수 없습니다.");
        return new(m.IsForeigner, m.IncomeDeductionRegisteredAt, m.ResidentNumberCipher is { } c ? ResidentNumber.Mask(keys.Decrypt(c)) : null);
    }

    /// <summary>Records the registration now (or, for a member registered without a stored number, only the number).</summary>
    public async Task<DeductionRegistrationView> RegisterAsync(long memberId, string? residentNumber, string? reason, CancellationToken ct = default)
    {
        var actor = await currentActor.GetAsync();
        actor.Require(Permission.UnmaskPersonalData);
        if (PersonalDataService.ReasonProblem(reason) is { } problem) throw new BusinessRuleException(problem.Replace("열람", "등록", StringComparison.Ordinal));
        return await writer.ExecuteAsync(async (db, token) =>
        {
            var member = await db.Members.FirstOrDefaultAsync(m => m.Id == memberId, token) ?? throw new BusinessRuleException("회원을 찾을 수 없습니다.");
            if (member.Status == MemberStatus.Withdrawn) throw new BusinessRuleException("탈퇴한 회원은 소득공제를 등록할 수 없습니다.");
            if (member.IsForeigner) throw new BusinessRuleException("외국인은 소득공제를 신청할 수 없습니다 (000 소득공제).");
            if (member.IncomeDeductionRegisteredAt is { } at && member.ResidentNumberCipher is not null)
                throw new BusinessRuleException($"이미 소득공제에 등록된 회원입니다 (등록 {Fmt.DateTime(at)}). 등록 전 사용분은 소급 적용할 수 없습니다 (000 소득공제).");
            var digits = ResidentNumber.Normalize(residentNumber);
            var now = clock.GetUtcNow();
            var before = new { registeredAt = member.IncomeDeductionRegisteredAt, hadNumber = member.ResidentNumberCipher is not null };
            member.IncomeDeductionRegisteredAt ??= now;
            member.ResidentNumberCipher = keys.Encrypt(digits);
            member.Version++;
            db.Record(actor, now, "deduction.register", "Member", member.Id.ToString(KoreanTime.Culture), before,
                new { registeredAt = member.IncomeDeductionRegisteredAt, residentNumber = ResidentNumber.Mask(digits) }, reason!.Trim(), memberId: member.Id);
            return new DeductionRegistrationView(false, member.IncomeDeductionRegisteredAt, ResidentNumber.Mask(digits));
        }, ct);
    }

    /// <summary>The number in clear, only with a reason; the audit record is written in the same transaction as the read.</summary>
    public async Task<string> RevealAsync(long memberId, string? reason, CancellationToken ct = default)
    {
        var actor = await currentActor.GetAsync();
        actor.Require(Permission.UnmaskPersonalData);
        if (PersonalDataService.ReasonProblem(reason) is { } problem) throw new BusinessRuleException(problem);
        return await writer.ExecuteAsync(async (db, token) =>
        {
            var cipher = await db.Members.AsNoTracking().Where(m => m.Id == memberId).Select(m => new { m.ResidentNumberCipher }).FirstOrDefaultAsync(token)
                ?? throw new BusinessRuleException("회원을 찾을 수 없습니다.");
            if (cipher.ResidentNumberCipher is null) throw new BusinessRuleException("보관된 주민등록번호가 없습니다.");
            db.Record(actor, clock.GetUtcNow(), "member.unmask", "Member", memberId.ToString(KoreanTime.Culture),
                after: new { field = "ResidentNumber" }, reason: reason!.Trim(), memberId: memberId);
            return ResidentNumber.Format(keys.Decrypt(cipher.ResidentNumberCipher));
        }, ct);
    }
}
