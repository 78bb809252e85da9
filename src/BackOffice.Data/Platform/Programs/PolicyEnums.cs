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
    /// <summary>No fee (000).</summary>
    None = 0,
    /// <summary>A percentage of each started 10,000 won of the refund (003 하나로 제11조2).</summary>
    PercentPerStartedUnit = 1,
    /// <summary>A flat fee at a store, with a cap on what a store may refund (003 캐시비 제9조).</summary>
    FlatAtStore = 2,
}

/// <summary>What happens to a card's balance when it is reported lost or stolen.</summary>
public enum LostCardBalanceHandling
{
    /// <summary>A registered card's balance moves to the member's e-money (000 분실).</summary>
    MoveToEmoney = 0,
    /// <summary>The balance at report time is carried to the reissued card (004 제13조③).</summary>
    CarryToReissuedCard = 1,
    /// <summary>Like lost cash: nothing is refunded (003 제11조4).</summary>
    None = 2,
}
