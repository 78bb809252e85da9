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
    /// <summary>The seed document the program's terms come from, e.g. "003 캐시비 이용약관".</summary>
    public string Source { get; set; } = "";
    /// <summary>
    /// For every parameter (by property name) the clause that says exactly that value; a parameter not listed is the
    /// operator's own setting (<see cref="PolicyCitations.OperatorSetting"/>). See <see cref="PolicyCitations"/>.
    /// </summary>
    public Dictionary<string, string> Citations { get; set; } = [];
    /// <summary>The client key of the command that created this version (an Admin's new version of operator settings); null for presets.</summary>
    public string? IdempotencyKey { get; set; }

    // Balance limits
    public long BearerCardBalanceLimit { get; set; }
    public long NamedCardBalanceLimit { get; set; }

    // Charge cancellation
    public int ChargeCancelDays { get; set; }
    public CancelWindowCounting ChargeCancelCounting { get; set; }
    /// <summary>When a cancelled charge is repaid (000 충전: 3일 이내; 002 충전 취소: 즉시).</summary>
    public int ChargeCancelPayoutDays { get; set; }
    public DayCounting ChargeCancelPayoutCounting { get; set; }

    // Balance refund
    /// <summary>Share of the base that must be used before a balance refund (0 = refundable at any time, 003 하나로 제11조2).</summary>
    public int RefundUsedPercentThreshold { get; set; }
    public UsedPercentBase UsedPercentBase { get; set; }
    /// <summary>Face value at or below which <see cref="SmallFaceValueUsedPercentThreshold"/> applies (0 = none).</summary>
    public long SmallFaceValueLimit { get; set; }
    public int SmallFaceValueUsedPercentThreshold { get; set; }
    /// <summary>Share of an expired card's balance that is refunded (0 = not refundable, 002).</summary>
    public int ExpiredCardRefundPercent { get; set; }
    /// <summary>Years after the month of last use (or of sale/charge) when a balance is prescribed (004 제5조①).</summary>
    public int PrescriptionYears { get; set; }
    /// <summary>Disaster and card-defect refunds pay no fee (003 하나로 제11조1, 캐시비 제9조①2).</summary>
    public bool DisasterRefundWithoutFee { get; set; }
    /// <summary>The ways this program pays a balance back, with fee, cap and deadline each.</summary>
    public List<RefundChannelRule> RefundChannels { get; set; } = [];

    // Cashback on payments (000 캐시백: 10% in the district, 6% elsewhere in the city)
    public int CashbackPercentInDistrict { get; set; }
    public int CashbackPercentOutOfDistrict { get; set; }

    // Lost cards
    public LostCardBalanceHandling LostCardHandling { get; set; }
    /// <summary>A lost card the member got back is refunded as a normal or defective card (003 하나로 제11조5).</summary>
    public bool RecoveredLostCardRefundable { get; set; }
    public int FraudCompensationDaysBeforeReport { get; set; }
    public long MemberFraudShareCapPerCard { get; set; }
    public long LostReissueFee { get; set; }
    public long DamagedReissueFee { get; set; }

    // Reissue
    /// <summary>A damaged card is reissued only after the physical card is collected (000 재발급: 실물카드 수거 후 재발급).</summary>
    public bool DamagedReissueNeedsCollection { get; set; }
    /// <summary>An expired card may be replaced with its balance (004 제4조③); where false it is refunded by the expired-card rule instead.</summary>
    public bool ExpiredCardReissueCarriesBalance { get; set; }
    public ReissueValidity ReissueValidity { get; set; }
    /// <summary>Years a new or reissued card is valid when <see cref="ReissueValidity"/> gives new years.</summary>
    public int CardValidityYears { get; set; }

    // Defective cards
    public int DefectBalanceVerifyDays { get; set; }
    /// <summary>True when <see cref="DefectBalanceVerifyDays"/> counts business days (003 캐시비 제9조①4).</summary>
    public bool DefectBalanceVerifyInBusinessDays { get; set; }
    /// <summary>A broken (고장) card within this many months of first use is replaced by a new card (003 하나로 제11조3).</summary>
    public int BrokenCardWarrantyMonths { get; set; }
    /// <summary>The card price is paid back for a broken card within this many months of purchase (003 캐시비 제9조①4).</summary>
    public int CardPriceRefundMonths { get; set; }
    public int ReplacementShipBusinessDays { get; set; }
    public long CardPrice { get; set; }

    // Card delivery (issue 14)
    /// <summary>A card after the free welcome card (000 발급신청: the welcome card is free once); 운영 정책.</summary>
    public long AdditionalCardFee { get; set; }
    /// <summary>A returned card sent again after the first free re-send (000 배송: the first re-send is free); 운영 정책.</summary>
    public long CardResendFee { get; set; }
    /// <summary>Business days within which a mailed card should arrive (000 발급신청: 3–7 영업일); an unconfirmed card after it is overdue.</summary>
    public int DeliveryBusinessDays { get; set; }

    // Credits (001) and Oh! points (004), issue 15
    /// <summary>001 §2.1: 개인회원 최소 1,000 C.</summary>
    public long CreditMinTopUpIndividual { get; set; }
    /// <summary>001 §2.1: 법인회원 최소 5,000 C.</summary>
    public long CreditMinTopUpCorporate { get; set; }
    /// <summary>001 §4: credits expire a year (12 months) after the top-up, or after the last use.</summary>
    public int CreditValidityMonths { get; set; }
    /// <summary>Days before a credit lot expires when the member is told (001 gives none; 운영 정책).</summary>
    public int CreditExpiryNoticeDays { get; set; }
    /// <summary>001 §2.2.2: a virtual account takes deposits up to N business days, the day of the request included ("00영업일": 운영 정책).</summary>
    public int VirtualAccountDepositBusinessDays { get; set; }
    /// <summary>004 제5조①: points are valid 60 months from the day earned.</summary>
    public int PointValidityMonths { get; set; }
    /// <summary>004 제5조④: the member is told 2 months before points expire.</summary>
    public int PointExpiryNoticeMonths { get; set; }

    // Prescribed balances (004 제5조②③), issue 15
    /// <summary>Named cards with at least this balance get a notice before donation (004 제5조②: 5만원 이상의 기명식 선불카드).</summary>
    public long DonationNoticeMinimum { get; set; }
    /// <summary>The notice goes out at least this many months before the donation (004 제5조②: 기부하기 1개월 전까지).</summary>
    public int DonationNoticeLeadMonths { get; set; }
    /// <summary>Silence this many days after the notice counts as consent (004 제5조③: 30일 이내에 이의를 제기하지 않는 경우).</summary>
    public int DonationObjectionDays { get; set; }

    public long BalanceLimit(bool namedCard) => namedCard ? NamedCardBalanceLimit : BearerCardBalanceLimit;

    public RefundChannelRule? ChannelRule(RefundChannel channel) => RefundChannels.FirstOrDefault(c => c.Channel == channel);

    /// <summary>The clause a parameter's value comes from, or <see cref="PolicyCitations.OperatorSetting"/>.</summary>
    public string CitationOf(string parameter) => Citations.TryGetValue(parameter, out var c) ? c : PolicyCitations.OperatorSetting;

    public bool IsOperatorSetting(string parameter) => !Citations.ContainsKey(parameter);
}
