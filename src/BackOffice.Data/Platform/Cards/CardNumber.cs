namespace BackOffice.Data.Platform.Cards;

/// <summary>
/// A 16-digit card number with a Luhn check digit. Shown to staff only as "**** **** **** 1234";
/// the full number is unmasked through an audited action.
/// </summary>
public static class CardNumber
{
    public const int Length = 16;

    /// <summary>Removes spaces and hyphens that agents type or paste.</summary>
    public static string Normalize(string? input) =>
        new((input ?? string.Empty).Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());

    public static bool IsValid(string? input)
    {
        var digits = Normalize(input);
        return digits.Length == Length && digits.All(char.IsAsciiDigit) && LuhnSum(digits) % 10 == 0;
    }

    /// <summary>Returns the Korean reason a typed number is not a card number, or null when it is.</summary>
    public static string? Problem(string? input)
    {
        var digits = Normalize(input);
        if (digits.Length == 0) return "카드번호를 입력하세요.";
        if (!digits.All(char.IsAsciiDigit)) return "카드번호는 숫자만 입력할 수 있습니다.";
        if (digits.Length != Length) return $"카드번호는 {Length}자리입니다 (입력: {digits.Length}자리).";
        return LuhnSum(digits) % 10 == 0 ? null : "카드번호가 올바르지 않습니다 (검증번호 불일치).";
    }

    public static string Mask(string number)
    {
        var last4 = number.Length >= 4 ? number[^4..] : number;
        return $"**** **** **** {last4}";
    }

    public static string Format(string number) =>
        number.Length == Length ? $"{number[..4]} {number[4..8]} {number[8..12]} {number[12..]}" : number;

    /// <summary>Completes a 15-digit body with its Luhn check digit.</summary>
    public static string WithCheckDigit(string body15)
    {
        if (body15.Length != Length - 1 || !body15.All(char.IsAsciiDigit))
            throw new ArgumentException("15 digits expected.", nameof(body15));
        for (var d = 0; d <= 9; d++)
        {
            var candidate = body15 + (char)('0' + d);
            if (LuhnSum(candidate) % 10 == 0) return candidate;
        }
        throw new InvalidOperationException("unreachable");
    }

    private static int LuhnSum(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                d *= 2;
                if (d > 9) d -= 9;
            }
            sum += d;
        }
        return sum;
    }
}
