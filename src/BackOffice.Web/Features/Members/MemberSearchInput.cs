namespace BackOffice.Web.Features.Members;

public enum MemberSearchKind
{
    CardNumber,
    CardLast4AndName,
    Phone,
    Name,
    MemberNo,
}

/// <summary>A validated search. Exactly one way of searching, with its normalized value.</summary>
public sealed record MemberSearchCriteria(MemberSearchKind Kind, string Value, string? Name = null);

/// <summary>
/// Turns what an agent typed into a search, or into the Korean sentence that says what is wrong.
/// Spaces and hyphens in card numbers and phone numbers are ignored.
/// </summary>
public static class MemberSearchInput
{
    public static string Label(MemberSearchKind kind) => kind switch
    {
        MemberSearchKind.CardNumber => "카드번호 (16자리)",
        MemberSearchKind.CardLast4AndName => "카드 끝 4자리 + 이름",
        MemberSearchKind.Phone => "휴대전화번호",
        MemberSearchKind.Name => "이름 (전체)",
        MemberSearchKind.MemberNo => "회원번호",
        _ => kind.ToString(),
    };

    public static (MemberSearchCriteria? Criteria, string? Error) Parse(MemberSearchKind kind, string? text, string? name = null)
    {
        var value = (text ?? "").Trim();
        switch (kind)
        {
            case MemberSearchKind.CardNumber:
                return CardNumber.Problem(value) is { } problem
                    ? (null, problem)
                    : (new MemberSearchCriteria(kind, CardNumber.Normalize(value)), null);

            case MemberSearchKind.CardLast4AndName:
                {
                    var last4 = CardNumber.Normalize(value);
                    if (last4.Length != 4 || !last4.All(char.IsAsciiDigit)) return (null, "카드번호 끝 4자리를 숫자로 입력하세요.");
                    var who = (name ?? "").Trim();
                    if (who.Length < 2) return (null, "끝 4자리와 함께 회원 이름(2자 이상)을 입력하세요.");
                    return (new MemberSearchCriteria(kind, last4, who), null);
                }

            case MemberSearchKind.Phone:
                {
                    var digits = new string(value.Where(c => c != '-' && !char.IsWhiteSpace(c)).ToArray());
                    if (!digits.All(char.IsAsciiDigit)) return (null, "전화번호는 숫자와 '-'만 입력할 수 있습니다.");
                    if (digits.Length is < 10 or > 11 || !digits.StartsWith("01", StringComparison.Ordinal))
                        return (null, "휴대전화번호 10~11자리를 입력하세요 (예: 010-1234-5678).");
                    return (new MemberSearchCriteria(kind, digits), null);
                }

            case MemberSearchKind.Name:
                if (value.Length < 2) return (null, "이름 전체를 2자 이상 입력하세요.");
                if (value.Length > 50) return (null, "이름이 너무 깁니다.");
                return (new MemberSearchCriteria(kind, value), null);

            case MemberSearchKind.MemberNo:
                {
                    var upper = value.ToUpperInvariant();
                    if (upper.StartsWith('M')) upper = upper[1..];
                    if (upper.Length == 0 || upper.Length > 12 || !upper.All(char.IsAsciiDigit))
                        return (null, "회원번호는 'M'과 숫자로 입력하세요 (예: M00001234).");
                    return (new MemberSearchCriteria(kind, "M" + upper.PadLeft(8, '0')), null);
                }

            default:
                return (null, "검색 방법을 선택하세요.");
        }
    }
}
