namespace BackOffice.Data.MemberLifecycle;

/// <summary>How a member with money left withdraws (001 §5: the balance is forfeited at withdrawal, so a refund comes first).</summary>
public enum WithdrawalChoice
{
    /// <summary>The 탈퇴 전 환불 was filed, approved and paid first; withdrawal is allowed once it is paid.</summary>
    RefundFirst = 0,
    /// <summary>The member gave up the balance with recorded consent; it is posted to the forfeited account.</summary>
    ForfeitWithConsent = 1,
}

/// <summary>Where the member's consent to forfeit was given.</summary>
public enum ConsentChannel
{
    Phone = 0,
    Visit = 1,
    App = 2,
    Written = 3,
}

/// <summary>Why a member is suspended (003 하나로 제25조①, 004 제7조③).</summary>
public enum SuspensionCause
{
    /// <summary>약관 또는 관계법령 위반 (하나로 제25조①1, 004 제7조③1).</summary>
    TermsViolation = 0,
    /// <summary>공공질서·선량한 풍속에 반하는 이용 (하나로 제25조①2).</summary>
    PublicOrder = 1,
    /// <summary>중요 기재사항 허위 작성 (004 제7조③3).</summary>
    FalseInformation = 2,
    /// <summary>위조·변조·부정발행 등 중대한 사유 (004 제7조③6).</summary>
    FraudOrForgery = 3,
}

/// <summary>A member's withdrawal (탈퇴): one per member, with the consent to forfeit when balances were given up.</summary>
public class MemberWithdrawal
{
    public long Id { get; set; }
    public long MemberId { get; set; }
    public WithdrawalChoice Choice { get; set; }
    /// <summary>The paid 탈퇴 전 환불 when <see cref="WithdrawalChoice.RefundFirst"/> was chosen and there was money.</summary>
    public string? RefundRequestNo { get; set; }
    /// <summary>What was posted to the forfeited account (0 when nothing was left).</summary>
    public long ForfeitedAmount { get; set; }
    public long? ForfeitEntryId { get; set; }
    /// <summary>The member's consent to forfeit in their words as the agent recorded them; empty for a refund-first withdrawal.</summary>
    public string ConsentText { get; set; } = "";
    public ConsentChannel? ConsentChannel { get; set; }
    public string Reason { get; set; } = "";
    public DateTimeOffset WithdrawnAt { get; set; }
    public string WithdrawnById { get; set; } = "";
    public string WithdrawnByName { get; set; } = "";
    public DateOnly AnonymizeAfter { get; set; }
    public int RetentionYears { get; set; }
    public string IdempotencyKey { get; set; } = "";
}

/// <summary>A suspension of a member (자격 정지) and its lifting. Lifting restores exactly the cards it stopped.</summary>
public class MemberSuspension
{
    public long Id { get; set; }
    public long MemberId { get; set; }
    public SuspensionCause Cause { get; set; }
    public string Reason { get; set; } = "";
    public DateTimeOffset SuspendedAt { get; set; }
    public string SuspendedById { get; set; } = "";
    public string SuspendedByName { get; set; } = "";
    /// <summary>The ids of the cards this suspension stopped, comma-separated (only those were active).</summary>
    public string SuspendedCardIds { get; set; } = "";
    public DateTimeOffset? LiftedAt { get; set; }
    public string? LiftedById { get; set; }
    public string? LiftedByName { get; set; }
    public string? LiftReason { get; set; }
    public string IdempotencyKey { get; set; } = "";
    public string? LiftIdempotencyKey { get; set; }

    public IReadOnlyList<long> CardIds => SuspendedCardIds.Length == 0
        ? []
        : SuspendedCardIds.Split(',').Select(s => long.Parse(s, System.Globalization.CultureInfo.InvariantCulture)).ToList();
}

/// <summary>A lost or stolen card found again and reactivated (003 하나로 제11조5; 000 분실). Marks its loss report recovered.</summary>
public class CardRecovery
{
    public long Id { get; set; }
    public long CardId { get; set; }
    public long MemberId { get; set; }
    public long LostCardReportId { get; set; }
    public string ReportNo { get; set; } = "";
    public DateTimeOffset RecoveredAt { get; set; }
    public string RecoveredById { get; set; } = "";
    public string RecoveredByName { get; set; } = "";
    public string Notes { get; set; } = "";
    /// <summary>What the screen told the agent about the balance (refundable, stays in e-money, …).</summary>
    public string Explanation { get; set; } = "";
    public string IdempotencyKey { get; set; } = "";
}
