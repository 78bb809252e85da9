namespace BackOffice.Data.Platform.Programs;

/// <summary>How the charge-cancel window counts its days.</summary>
public enum CancelWindowCounting
{
    /// <summary>The charge day is day 1 (000 충전: 충전일 포함 7일).</summary>
    ChargeDayCounted = 0,
    /// <summary>Counting starts the next day and ends at 23:59 of day N (002: 1월 1일 충전 → 1월 8일 23:59).</summary>
    FromNextDay = 1,
}

public enum RefundFeeKind
{
    /// <summary>No fee (000, 캐시비 직접 방문).</summary>
    None = 0,
    /// <summary>A percentage of each started unit of the refund (003 하나로 제11조2: 10,000원 단위 2%, 미만은 절상).</summary>
    PercentPerStartedUnit = 1,
    /// <summary>A flat fee per refund (003 캐시비 제9조①1나: 500원).</summary>
    Flat = 2,
}

/// <summary>How a payout deadline counts: at once (the day of the request), calendar days or business days.</summary>
public enum DayCounting
{
    /// <summary>즉시: due on the day the refund is filed (003 하나로 제11조1·2, 002 충전 취소).</summary>
    AtOnce = 0,
    CalendarDays = 1,
    BusinessDays = 2,
}

/// <summary>What "the share used" is measured against for a balance refund.</summary>
public enum UsedPercentBase
{
    /// <summary>The balance right after money was last added; use counts from then (000 환불).</summary>
    SinceLastMoneyAdded = 0,
    /// <summary>The amount charged (004 제12조②3: 권면금액 또는 충전액의 100분의 60).</summary>
    ChargedAmount = 1,
    /// <summary>The face value, not the amount charged (002 잔액 환불: 권면금액의 60%).</summary>
    FaceValue = 2,
}

/// <summary>How long a reissued card is valid.</summary>
public enum ReissueValidity
{
    /// <summary>A new card with <see cref="ProgramPolicy.CardValidityYears"/> new years (operator's setting).</summary>
    NewValidityYears = 0,
    /// <summary>Until the old card's remaining validity (004 제4조②).</summary>
    KeepOldExpiry = 1,
}

/// <summary>What happens to a card's balance when it is reported lost or stolen.</summary>
public enum LostCardBalanceHandling
{
    /// <summary>A registered card's balance moves to the member's e-money (000 분실).</summary>
    MoveToEmoney = 0,
    /// <summary>The balance at report time is carried to the reissued card (004 제13조③).</summary>
    CarryToReissuedCard = 1,
    /// <summary>Like lost cash: nothing is refunded (003 하나로 제11조4, 캐시비 제9조②).</summary>
    None = 2,
}

/// <summary>Where a member gets a balance back.</summary>
public enum RefundChannel
{
    /// <summary>To the member's own-name bank account (000 환불; 하나로 환불접수처 제휴 금융기관, 제2조11).</summary>
    BankAccount = 0,
    /// <summary>At a store counter (하나로 환불접수처 가맹점; 캐시비 편의점/가판점: 500원, 2만원까지).</summary>
    Store = 1,
    /// <summary>A refund envelope left at a store and sent to the operator (캐시비 제9조①6가: 10영업일 이내 계좌 입금).</summary>
    Envelope = 2,
    /// <summary>At the operator's own counter (캐시비 제9조①1: 잔액이 수수료보다 적으면 직접 방문, 수수료 없음).</summary>
    DirectVisit = 3,
}
