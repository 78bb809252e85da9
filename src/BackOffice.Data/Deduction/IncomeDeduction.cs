namespace BackOffice.Data.Deduction;

/// <summary>A member as the deduction sees them.</summary>
public sealed record DeductionMember(
    long MemberId, string MemberNo, string Name, bool IsForeigner, DateTimeOffset? RegisteredAt, string? ResidentNumberCipher);

public enum DeductionUseKind
{
    /// <summary>A card payment (결제).</summary>
    Payment = 0,
    /// <summary>A payment cancelled or refunded by the merchant (결제 취소).</summary>
    Cancel = 1,
    /// <summary>Card balance set aside for a balance refund (환불 보류), net of releases.</summary>
    Refund = 2,
}

/// <summary>One movement of a member's card in the year: amount positive; <see cref="PaymentAt"/> is the time of the payment a
/// cancel reverses (null when that payment is not known: the cancel's own time counts then).</summary>
public sealed record DeductionUse(DeductionUseKind Kind, DateTimeOffset At, long Amount, bool Transit, DateTimeOffset? PaymentAt = null);

public enum ExclusionReason
{
    Foreigner = 0,
    NotRegistered = 1,
    BeforeRegistration = 2,
    Refund = 3,
    Transit = 4,
    NoResidentNumber = 5,
}

/// <summary>An excluded member or amount, with its reason (the 검증 sheet).</summary>
public sealed record DeductionExclusion(ExclusionReason Reason, long Amount)
{
    public string Text => IncomeDeduction.ReasonText(Reason);
    public string Clause => IncomeDeduction.ReasonClause(Reason);
}

/// <summary>One registered member's filing row (the 신고자료 sheet).</summary>
public sealed record DeductionRow(long Payments, long Cancels, long Deductible, long Transit, long BeforeRegistration, long Refunded);

/// <summary>The deduction's verdict on one member: a row when they are filed, and every exclusion.</summary>
public sealed record DeductionResult(DeductionMember Member, DeductionRow? Row, IReadOnlyList<DeductionExclusion> Exclusions);

/// <summary>
/// The income-deduction rules (000 소득공제, 004 제11조, 000 교통기능), plain and table-tested:
/// <list type="bullet">
/// <item>Only use after the registration instant counts (000 소득공제: 소급 적용 불가; 004 제11조1): a payment at or after
/// <see cref="DeductionMember.RegisteredAt"/> (compared to the tick, so one second before is out) counts.</item>
/// <item>Cancellations and merchant refunds of counted payments are netted (a cancel of a payment made before registration
/// only shrinks the excluded amount); balance refunds are never deductible (004 제11조2) and are listed apart.</item>
/// <item>Foreigners cannot register (000 소득공제): their whole use is excluded and listed, even when a registration was
/// recorded. Members not registered are excluded and listed. A registered member without a stored resident registration
/// number cannot be filed (운영 정책) and is listed.</item>
/// <item>Transit use (HANARO/CASHBEE cards) is filed by the transit company (000 교통기능): shown apart, never deductible.</item>
/// </list>
/// A registered member is filed (a row) only with use since the registration or transit use; the exclusions are listed either way.
/// Netted amounts never go below zero (a cancel of a payment from an earlier year with no payment this year).
/// </summary>
public static class IncomeDeduction
{
    /// <summary>The deduction rate for prepaid cards, as for debit cards (000 소득공제); shown on the summary sheet.</summary>
    public const int RatePercent = 30;

    public static DeductionResult Evaluate(DeductionMember member, IEnumerable<DeductionUse> uses)
    {
        long transit = 0, payments = 0, cancels = 0, before = 0, refunded = 0, allUse = 0;
        var registered = member.RegisteredAt;
        foreach (var use in uses)
        {
            var signed = use.Kind switch
            {
                DeductionUseKind.Payment => use.Amount,
                DeductionUseKind.Cancel => -use.Amount,
                _ => 0,
            };
            if (use.Kind == DeductionUseKind.Refund)
            {
                refunded += use.Amount;
                continue;
            }
            if (use.Transit)
            {
                transit += signed;
                continue;
            }
            allUse += signed;
            var counted = registered is { } at && (use.Kind == DeductionUseKind.Cancel ? use.PaymentAt ?? use.At : use.At) >= at;
            switch (use.Kind, counted)
            {
                case (DeductionUseKind.Payment, true): payments += use.Amount; break;
                case (DeductionUseKind.Payment, false): before += use.Amount; break;
                case (DeductionUseKind.Cancel, true): cancels += use.Amount; break;
                default: before -= use.Amount; break;
            }
        }
        transit = Math.Max(0, transit);
        refunded = Math.Max(0, refunded);
        before = Math.Max(0, before);
        allUse = Math.Max(0, allUse);

        var exclusions = new List<DeductionExclusion>();
        if (transit > 0) exclusions.Add(new(ExclusionReason.Transit, transit));
        if (refunded > 0) exclusions.Add(new(ExclusionReason.Refund, refunded));

        ExclusionReason? memberExcluded = member.IsForeigner ? ExclusionReason.Foreigner
            : registered is null ? ExclusionReason.NotRegistered
            : member.ResidentNumberCipher is null ? ExclusionReason.NoResidentNumber
            : null;
        if (memberExcluded is { } reason)
        {
            exclusions.Insert(0, new(reason, allUse));
            return new(member, null, exclusions);
        }
        if (before > 0) exclusions.Insert(0, new(ExclusionReason.BeforeRegistration, before));
        if (payments == 0 && transit == 0) return new(member, null, exclusions); // no use since the registration: nothing to file
        var deductible = Math.Max(0, payments - cancels);
        return new(member, new DeductionRow(payments, cancels, deductible, transit, before, refunded), exclusions);
    }

    public static string ReasonText(ExclusionReason reason) => reason switch
    {
        ExclusionReason.Foreigner => "외국인 (소득공제 신청 불가)",
        ExclusionReason.NotRegistered => "소득공제 미등록",
        ExclusionReason.BeforeRegistration => "등록 전 사용 (소급 적용 불가)",
        ExclusionReason.Refund => "환불 금액 (공제 제외)",
        ExclusionReason.Transit => "교통 사용 (교통카드사 별도 신고)",
        ExclusionReason.NoResidentNumber => "주민등록번호 미보관",
        _ => reason.ToString(),
    };

    public static string ReasonClause(ExclusionReason reason) => reason switch
    {
        ExclusionReason.Foreigner => "000 소득공제",
        ExclusionReason.NotRegistered => "000 소득공제, 004 제11조",
        ExclusionReason.BeforeRegistration => "000 소득공제, 004 제11조1",
        ExclusionReason.Refund => "004 제11조2",
        ExclusionReason.Transit => "000 교통기능",
        ExclusionReason.NoResidentNumber => "운영 정책",
        _ => "",
    };

    /// <summary>The KST calendar year as UTC instants [from, to) (000 소득공제: January to December).</summary>
    public static (DateTimeOffset From, DateTimeOffset To) YearRange(int year) =>
        (new DateTimeOffset(year, 1, 1, 0, 0, 0, KoreanTime.Offset), new DateTimeOffset(year + 1, 1, 1, 0, 0, 0, KoreanTime.Offset));

    /// <summary>Transit programs: their use is filed by the transit company (000 교통기능).</summary>
    public static bool IsTransitProgram(string code) => code is ProgramPresets.Hanaro or ProgramPresets.Cashbee;
}
