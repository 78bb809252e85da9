using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Platform;

/// <summary>
/// What every installation needs, demo or not: the staff roles, the operator ledger accounts, the program
/// presets and the holiday table. Each part is added only when missing, so start-up can run it every time.
/// </summary>
public static class ReferenceData
{
    /// <summary>Designs and their blank-card stock at installation; one is out of stock so agents see the alternatives.</summary>
    private static readonly (string Program, string Name, int Stock)[] InitialDesigns =
    [
        (ProgramPresets.LocalCurrency, "서로e음 기본", 500),
        (ProgramPresets.LocalCurrency, "청라 호수공원", 120),
        (ProgramPresets.LocalCurrency, "정서진 노을", 0),
        (ProgramPresets.Hanaro, "하나로 기본", 300),
        (ProgramPresets.Cashbee, "캐시비 기본", 300),
        (ProgramPresets.CardCompanyPrepaid, "BC 선불 블루", 200),
    ];

    public static async Task EnsureAsync(IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in StaffRoles.All)
        {
            if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole(role));
        }

        var writer = scope.ServiceProvider.GetRequiredService<DbWriter>();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        await writer.ExecuteAsync(async (db, token) =>
        {
            var codes = await db.Accounts.Where(a => a.SystemCode != null).Select(a => a.SystemCode!).ToListAsync(token);
            foreach (var kind in SystemAccounts.OperatorKinds.Where(k => !codes.Contains(SystemAccounts.CodeOf(k))))
                db.Accounts.Add(new Account { Kind = kind, SystemCode = SystemAccounts.CodeOf(kind) });

            await SplitLegacyTransitAsync(db, clock.GetUtcNow(), token);
            await BackfillPolicyTermsAsync(db, token);
            var programs = await db.Programs.Select(p => p.Code).ToListAsync(token);
            foreach (var (program, policy) in ProgramPresets.All().Where(p => !programs.Contains(p.Program.Code)))
            {
                program.Policies.Add(policy);
                db.Programs.Add(program);
            }

            if (!await db.PublicHolidays.AnyAsync(token))
                db.PublicHolidays.AddRange(KoreanHolidays.Seed());
            else
                await ApplyHolidayAmendmentAsync(db, clock.GetUtcNow(), token);

            await NoticeOutbox.EnsureTemplatesAsync(db, token);
        }, ct);

        await writer.ExecuteAsync(async (db, token) =>
        {
            if (await db.CardDesigns.AnyAsync(token)) return;
            var programs = await db.Programs.ToDictionaryAsync(p => p.Code, p => p.Id, token);
            db.CardDesigns.AddRange(InitialDesigns.Select(d => new CardDesign { ProgramId = programs[d.Program], Name = d.Name, Stock = d.Stock }));
        }, ct);
    }

    /// <summary>
    /// Policy versions written before refund channels and citations existed have none. They get the channels and the new
    /// parameters of their program's preset (the values those versions always meant), and a citation only where their
    /// own value is exactly what the preset's clause says; everything else shows as the operator's setting.
    /// </summary>
    private static async Task BackfillPolicyTermsAsync(AppDbContext db, CancellationToken ct)
    {
        var presets = ProgramPresets.All().ToDictionary(p => p.Program.Code, p => p.Policy);
        var programs = await db.Programs.Include(p => p.Policies).ToListAsync(ct);
        foreach (var program in programs)
        {
            if (!presets.TryGetValue(program.Code == ProgramPresets.LegacyTransit ? ProgramPresets.Hanaro : program.Code, out var preset)) continue;
            foreach (var old in program.Policies.Where(v => v.RefundChannels.Count == 0))
            {
                old.RefundChannels = preset.RefundChannels.ToList();
                old.ChargeCancelPayoutDays = preset.ChargeCancelPayoutDays;
                old.ChargeCancelPayoutCounting = preset.ChargeCancelPayoutCounting;
                old.UsedPercentBase = preset.UsedPercentBase;
                old.PrescriptionYears = preset.PrescriptionYears;
                old.DisasterRefundWithoutFee = preset.DisasterRefundWithoutFee;
                old.RecoveredLostCardRefundable = preset.RecoveredLostCardRefundable;
                old.DamagedReissueNeedsCollection = preset.DamagedReissueNeedsCollection;
                old.ExpiredCardReissueCarriesBalance = preset.ExpiredCardReissueCarriesBalance;
                old.ReissueValidity = preset.ReissueValidity;
                old.CardValidityYears = preset.CardValidityYears;
                old.Citations = PolicyCitations.Carry(preset, old);
            }
            // Versions written before issue 15 have no points and donation terms: they get their preset's (the terms of
            // 004 제5조 did not change), with the preset's clause where it has one.
            foreach (var old in program.Policies.Where(v => v.DonationObjectionDays == 0 && preset.DonationObjectionDays > 0))
            {
                old.PointValidityMonths = preset.PointValidityMonths;
                old.PointExpiryNoticeMonths = preset.PointExpiryNoticeMonths;
                old.DonationNoticeMinimum = preset.DonationNoticeMinimum;
                old.DonationNoticeLeadMonths = preset.DonationNoticeLeadMonths;
                old.DonationObjectionDays = preset.DonationObjectionDays;
                old.Citations = PolicyCitations.Carry(preset, old);
            }
        }
    }

    /// <summary>
    /// Installations seeded before 하나로 and 캐시비 were split have one "TRANSIT" program whose policy mixed both sets of
    /// terms. It becomes the 하나로 program (its cards keep their program) with a new policy version from today that
    /// follows the 하나로 terms; old decisions keep the version they used. 캐시비 is then added as a new program below.
    /// </summary>
    private static async Task SplitLegacyTransitAsync(AppDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        var legacy = await db.Programs.Include(p => p.Policies).FirstOrDefaultAsync(p => p.Code == ProgramPresets.LegacyTransit, ct);
        if (legacy is null || await db.Programs.AnyAsync(p => p.Code == ProgramPresets.Hanaro, ct)) return;
        var before = new { legacy.Code, legacy.Name, Version = legacy.Policies.Max(v => v.Version) };
        var hanaro = ProgramPresets.HanaroProgram();
        legacy.Code = hanaro.Code;
        legacy.Name = hanaro.Name;
        legacy.Description = hanaro.Description;
        var policy = ProgramPresets.HanaroPolicy();
        policy.Version = before.Version + 1;
        policy.EffectiveFrom = DateOnly.FromDateTime(now.ToOffset(KoreanTime.Offset).DateTime);
        legacy.Policies.Add(policy);
        db.Record(new Actor("system", "시스템", new HashSet<string>()), now, "program.split", "CardProgram", legacy.Id.ToString(CultureInfo.InvariantCulture),
            before, new { legacy.Code, legacy.Name, policy.Version, EffectiveFrom = policy.EffectiveFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) },
            reason: "교통 선불카드 정책을 하나로카드·캐시비 약관별로 분리 (seed 003)");
    }

    /// <summary>
    /// An installation seeded before the 2026-01-29 amendment gets 제헌절 once, on the days it doesn't already have a
    /// holiday; the audit record both explains the change on the holiday history and marks it as done, so a day that
    /// staff remove afterwards is not put back at the next start.
    /// </summary>
    private static async Task ApplyHolidayAmendmentAsync(AppDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        if (await db.AuditRecords.AnyAsync(a => a.Action == "holiday.amendment" && a.EntityId == KoreanHolidays.AmendmentKey, ct)) return;
        var dates = KoreanHolidays.Amendment20260129.Select(h => h.Date).ToList();
        var taken = await db.PublicHolidays.Where(h => dates.Contains(h.Date)).Select(h => h.Date).ToListAsync(ct);
        var added = KoreanHolidays.Amendment20260129.Where(h => !taken.Contains(h.Date)).ToList();
        db.PublicHolidays.AddRange(added);
        db.Record(new Actor("system", "시스템", new HashSet<string>()), now, "holiday.amendment", "PublicHoliday",
            KoreanHolidays.AmendmentKey, after: added.Select(h => new { date = h.Date.ToString("yyyy-MM-dd"), h.Name }).ToList(),
            reason: "제헌절 공휴일 재지정 (공휴일에 관한 법률 2026-01-29 개정)");
    }
}
