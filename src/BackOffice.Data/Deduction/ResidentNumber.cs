using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackOffice.Data.Deduction;

/// <summary>
/// Resident registration numbers (주민등록번호, YYMMDD-GNNNNNN) of members registered for the income deduction: checked
/// for their format, stored encrypted (<see cref="NumberKeyRing"/>), shown masked (<c>900101-1******</c>).
/// The 7th digit is the century and sex: 1–4 Korean nationals, 5–8 foreigners (외국인등록번호 have the same shape), 9/0 1800s.
/// </summary>
public static class ResidentNumber
{
    /// <summary>Digits only (13), or a Korean refusal.</summary>
    public static string Normalize(string? input)
    {
        var digits = new string((input ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());
        if (digits.Length != 13 || !digits.All(char.IsAsciiDigit))
            throw new BusinessRuleException("주민등록번호는 13자리 숫자(예: 900101-1234567)로 입력하세요.");
        if (digits[6] is '5' or '6' or '7' or '8')
            throw new BusinessRuleException("외국인등록번호입니다. 외국인은 소득공제를 신청할 수 없습니다 (000 소득공제).");
        if (BirthDate(digits) is null)
            throw new BusinessRuleException("주민등록번호 앞 6자리가 올바른 생년월일이 아닙니다.");
        return digits;
    }

    /// <summary>The birth date the number encodes (century from the 7th digit), or null when it is not a date.</summary>
    public static DateOnly? BirthDate(string digits)
    {
        var century = digits[6] switch { '1' or '2' or '5' or '6' => 1900, '3' or '4' or '7' or '8' => 2000, _ => 1800 };
        var text = (century + int.Parse(digits[..2], CultureInfo.InvariantCulture)).ToString("D4", CultureInfo.InvariantCulture) + digits[2..6];
        return DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }

    /// <summary>900101-1234567 → 900101-1******; anything else → a full mask.</summary>
    public static string Mask(string digits) =>
        digits.Length == 13 ? $"{digits[..6]}-{digits[6]}******" : "******-*******";

    /// <summary>900101-1234567 (the form written into the workbook).</summary>
    public static string Format(string digits) => digits.Length == 13 ? $"{digits[..6]}-{digits[6..]}" : digits;

    /// <summary>A made-up number of a valid shape for demo data and tests: birth date + sex digit + "9" and a serial.
    /// Never a real person's number: real numbers are not generated from a member number.</summary>
    public static string Fake(DateOnly birthDate, bool female, long serial)
    {
        var sex = birthDate.Year >= 2000 ? (female ? '4' : '3') : (female ? '2' : '1');
        return birthDate.ToString("yyMMdd", CultureInfo.InvariantCulture) + sex + "9" + (serial % 100_000).ToString("D5", CultureInfo.InvariantCulture);
    }
}

/// <summary>The encrypted column's size (configured here so the shared member configuration stays untouched).</summary>
internal sealed class MemberResidentNumberConfiguration : IEntityTypeConfiguration<Member>
{
    public void Configure(EntityTypeBuilder<Member> b) => b.Property(m => m.ResidentNumberCipher).HasMaxLength(NumberColumns.CipherLength);
}
