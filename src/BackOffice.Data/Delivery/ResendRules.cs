namespace BackOffice.Data.Delivery;

/// <summary>What a re-send costs and why, with the clause.</summary>
public sealed record ResendFee(long Fee, string Rule);

/// <summary>
/// The rules of returned mail (000 배송 "카드가 반송되었습니다"; "신청하지 않은 다른 카드를 받았습니다"): the happy call,
/// the notice to a member not reached, the re-send fee and the address the card goes to.
/// </summary>
public static class ResendRules
{
    /// <summary>A notice goes to a member not reached after this many unsuccessful happy calls (운영 정책: 3회).</summary>
    public const int UnreachedAfterAttempts = 3;

    public const int MaxNote = 500;
    public const int MaxRoadAddress = 200;
    public const int MaxAddressDetail = 100;

    public const string FirstResendClause = "000 배송 (반송 카드는 최초 1회에 한하여 무료로 재발송)";
    public const string WrongCardClause = "000 배송 (신청한 카드와 다른 카드가 배송된 경우 선택한 디자인의 카드로 재발송)";

    /// <summary>
    /// The fee of a re-send. A wrong card delivered: the chosen design without a fee (000 배송). A returned card: the first
    /// re-send of that card is free (000 배송 "최초 1회에 한하여 무료"), each later one costs the program's
    /// <c>CardResendFee</c> (운영 정책). <paramref name="earlierResends"/> counts the card's earlier returned-mail re-sends.
    /// </summary>
    public static ResendFee Fee(ShipmentKind kind, int earlierResends, long cardResendFee) => kind switch
    {
        ShipmentKind.WrongCardResend => new ResendFee(0, $"다른 카드 수령: 선택한 디자인으로 무료 재발송, {WrongCardClause}"),
        ShipmentKind.Resend when earlierResends <= 0 => new ResendFee(0, $"첫 재발송 무료, {FirstResendClause}"),
        ShipmentKind.Resend => new ResendFee(cardResendFee,
            $"{earlierResends + 1}번째 재발송: 재발송 수수료 {KoreanWon.Format(cardResendFee)} (운영 정책; 무료는 {FirstResendClause}에 따라 첫 1회)"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Only re-sends have a re-send fee."),
    };

    /// <summary>An attempt that did not reach the member (부재, 결번).</summary>
    public static bool IsUnsuccessful(HappyCallOutcome outcome) => outcome is HappyCallOutcome.NoAnswer or HappyCallOutcome.WrongNumber;

    /// <summary>Whether this attempt is the one after which the "not reached" notice goes out (exactly once).</summary>
    public static bool SendsUnreachedNotice(int unsuccessfulAttemptsIncludingThis, bool alreadySent) =>
        !alreadySent && unsuccessfulAttemptsIncludingThis >= UnreachedAfterAttempts;

    public static string OutcomeName(HappyCallOutcome outcome) => outcome switch
    {
        HappyCallOutcome.Reached => "통화 성공",
        HappyCallOutcome.NoAnswer => "부재",
        HappyCallOutcome.WrongNumber => "결번·오류",
        HappyCallOutcome.Declined => "재발송 거절",
        _ => outcome.ToString(),
    };

    /// <summary>The Korean address rule: a 5-digit postcode, a road-name address (≤ 200) and a detail line (≤ 100); null when fine.</summary>
    public static string? AddressProblem(string? postcode, string? roadAddress, string? detail)
    {
        var code = postcode?.Trim() ?? "";
        if (code.Length != 5 || !code.All(char.IsAsciiDigit)) return "우편번호는 숫자 5자리로 입력하세요.";
        var road = roadAddress?.Trim() ?? "";
        if (road.Length == 0) return "도로명주소를 입력하세요.";
        if (road.Length > MaxRoadAddress) return $"도로명주소는 {MaxRoadAddress}자 이하로 입력하세요.";
        if ((detail?.Trim().Length ?? 0) > MaxAddressDetail) return $"상세주소는 {MaxAddressDetail}자 이하로 입력하세요.";
        return null;
    }
}

/// <summary>The delivery notices of the returns part (templates in <see cref="NoticeTexts.Seed"/>).</summary>
public static class DeliveryNoticeKeys
{
    public const string Sent = "delivery.sent";
    public const string Returned = "delivery.returned";
    public const string Resent = "delivery.resent";
    public const string Unreached = "delivery.unreached";
}
