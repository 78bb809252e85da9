using System.Text.RegularExpressions;

namespace BackOffice.Data.Platform.Protection;

/// <summary>
/// Masks card and phone numbers that staff type into free text (notes, reasons) before it is stored. Applied once,
/// for every free-text property, by <see cref="TextLengths.Check"/> on save.
/// <list type="bullet">
/// <item>Card-like numbers: 13–19 digits in a row, or groups of four separated by one space or hyphen
/// (1234-5678-9012-3456, 1234 5678 9012 3456 789) or 4-6-5 → every digit but the last 4 becomes '*', separators stay.</item>
/// <item>Korean mobile numbers 010/011/016/017/018/019 with or without separators, and landlines (02, 0XX, 070) with
/// separators → 010-****-5678.</item>
/// </list>
/// Money (1,000,000원, 1000000), dates (2026-12-01), times and short numbers are left alone: none of them is 13+
/// digits in a row, grouped in fours, or a 0-prefixed phone pattern.
/// </summary>
public static partial class FreeTextMask
{
    /// <summary>Free-text properties (by name) whose values are masked before storage.</summary>
    public static readonly IReadOnlySet<string> Properties = new HashSet<string>(StringComparer.Ordinal)
    {
        "Note", "Notes", "Memo", "Reason", "WaiverReason", "WaiverDecisionNote", "RejectionReason", "FailureReason",
        "FollowUpNote", "InspectionNotes",
    };

    [GeneratedRegex(@"(?<![\d*])(?:\d{13,19}|\d{4}([ -])\d{4}\1\d{4}\1\d{4}(?:\1\d{1,3})?|\d{4}([ -])\d{6}\2\d{4,5})(?![\d*])")]
    private static partial Regex CardLike();

    [GeneratedRegex(@"(?<![\d*])(?:(01[016789])([ -]?)(\d{3,4})\2(\d{4})|(0(?:2|[3-6][1-5]|70))([ -])(\d{3,4})\6(\d{4}))(?![\d*])")]
    private static partial Regex PhoneLike();

    public static string Apply(string text)
    {
        if (text.Length < 9 || !text.Any(char.IsAsciiDigit)) return text;
        var masked = CardLike().Replace(text, m => MaskAllButLast4(m.Value));
        return PhoneLike().Replace(masked, m =>
        {
            var (area, middle, last) = m.Groups[1].Success
                ? (m.Groups[1].Value, m.Groups[3].Value, m.Groups[4].Value)
                : (m.Groups[5].Value, m.Groups[7].Value, m.Groups[8].Value);
            return $"{area}-{new string('*', middle.Length)}-{last}";
        });
    }

    private static string MaskAllButLast4(string value)
    {
        var digits = value.Count(char.IsAsciiDigit);
        var seen = 0;
        return string.Concat(value.Select(c =>
        {
            if (!char.IsAsciiDigit(c)) return c;
            seen++;
            return seen <= digits - 4 ? '*' : c;
        }));
    }
}
