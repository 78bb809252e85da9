namespace BackOffice.Data.Platform.Programs;

/// <summary>
/// One effective-dated version of a program's rules. Decisions store the version they used, so a later
/// change of the rules never rewrites an old decision. A version is never edited once in force: a change
/// is a new version with a later <see cref="EffectiveFrom"/>.
/// </summary>
public class ProgramPolicy
{
    public long Id { get; set; }
    public long ProgramId { get; set; }
    public CardProgram? Program { get; set; }
    public int Version { get; set; }
    public DateOnly EffectiveFrom { get; set; }
    /// <summary>Where the values come from (seed document and clause).</summary>
    public string Source { get; set; } = "";

    // Balance limits
    public long BearerCardBalanceLimit { get; set; }
    public long NamedCardBalanceLimit { get; set; }

    // Charge cancellation
    public int ChargeCancelDays { get; set; }
    public CancelWindowCounting ChargeCancelCounting { get; set; }

    // Balance refund
    public int RefundUsedPercentThreshold { get; set; }
    /// <summary>Face value at or below which <see cref="SmallFaceValueUsedPercentThreshold"/> applies (0 = none).</summary>
    public long SmallFaceValueLimit { get; set; }
    public int SmallFaceValueUsedPercentThreshold { get; set; }
    public int ExpiredCardRefundPercent { get; set; }
    public int RefundPayoutBusinessDays { get; set; }

    // Refund fees
    public RefundFeeKind RefundFeeKind { get; set; }
    public int RefundFeePercent { get; set; }
    public long RefundFeeUnit { get; set; }
    public long RefundFeeFlat { get; set; }
    public long StoreRefundCap { get; set; }

    // Cashback on payments (000 캐시백: 10% in the district, 6% elsewhere in the city)
    public int CashbackPercentInDistrict { get; set; }
    public int CashbackPercentOutOfDistrict { get; set; }

    // Lost cards
    public LostCardBalanceHandling LostCardHandling { get; set; }
    public int FraudCompensationDaysBeforeReport { get; set; }
    public long MemberFraudShareCapPerCard { get; set; }
    public long LostReissueFee { get; set; }
    public long DamagedReissueFee { get; set; }

    // Defective cards
    public int DefectBalanceVerifyDays { get; set; }
    /// <summary>True when <see cref="DefectBalanceVerifyDays"/> counts business days (transit variant).</summary>
    public bool DefectBalanceVerifyInBusinessDays { get; set; }
    public int BrokenCardWarrantyMonths { get; set; }
    public int CardPriceRefundMonths { get; set; }
    public int ReplacementShipBusinessDays { get; set; }
    public long CardPrice { get; set; }

    public long BalanceLimit(bool namedCard) => namedCard ? NamedCardBalanceLimit : BearerCardBalanceLimit;
}
