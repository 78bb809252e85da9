namespace BackOffice.Data.Platform.Members;

/// <summary>How personal data is shown before an agent unmasks it with a reason.</summary>
public static class PersonalDataMask
{
    /// <summary>홍길동 → 홍*동, 남궁민수 → 남**수, 김철 → 김*.</summary>
    public static string Name(string name) => name.Length switch
    {
        0 => "",
        1 => "*",
        2 => name[0] + "*",
        _ => name[0] + new string('*', name.Length - 2) + name[^1],
    };

    /// <summary>01012345678 → 010-****-5678.</summary>
    public static string Phone(string digits) => digits.Length switch
    {
        11 => $"{digits[..3]}-****-{digits[7..]}",
        10 => $"{digits[..3]}-***-{digits[6..]}",
        _ => new string('*', Math.Max(0, digits.Length - 4)) + digits[Math.Max(0, digits.Length - 4)..],
    };

    public static string FormatPhone(string digits) => digits.Length switch
    {
        11 => $"{digits[..3]}-{digits[3..7]}-{digits[7..]}",
        10 => $"{digits[..3]}-{digits[3..6]}-{digits[6..]}",
        _ => digits,
    };

    /// <summary>Keeps the last 4 digits of a bank account.</summary>
    public static string Account(string number) =>
        number.Length <= 4 ? number : new string('*', number.Length - 4) + number[^4..];

    /// <summary>An account stored encrypted, shown by its last 4 digits: 1234 → ******1234 (the length is not revealed).</summary>
    public static string AccountLast4(string last4) => last4.Length == 0 ? "" : "******" + last4;

    public static string Email(string email)
    {
        var at = email.IndexOf('@');
        if (at <= 0) return email.Length == 0 ? "" : "***";
        return email[0] + "***" + email[at..];
    }

    /// <summary>Keeps the city and district (first two words) of an address.</summary>
    public static string Address(string address)
    {
        var words = address.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 2 ? address : string.Join(' ', words.Take(2)) + " ***";
    }

    public static string BirthDate(DateOnly date) => $"{date.Year}-**-**";
}
