namespace BackOffice.Data.Points;

/// <summary>The causes of 004 포인트 제5조⑤ that forfeit points at once.</summary>
public enum PointForfeitCause
{
    /// <summary>제5조⑤1: 입회신청서의 허위기재, 사위 등의 방법으로 카드가 부정 발급된 경우 (그로 인하여 적립된 포인트만).</summary>
    FraudulentIssue = 1,
    /// <summary>제5조⑤2: 물품구매를 위장한 현금융통 등 불건전한 용도로 카드를 이용한 경우 (적립된 포인트 전부).</summary>
    UnsoundUse = 2,
    /// <summary>제5조⑤3: 도난, 위ㆍ변조 등의 방법으로 카드를 이용한 경우 (그로 인하여 적립된 포인트만).</summary>
    StolenOrForgedUse = 3,
    /// <summary>제5조⑤4: 카드 이용계약이 해지, 해제, 취소 등의 사유로 종료된 경우 (적립된 포인트 전부).</summary>
    ContractEnded = 4,
}

/// <summary>Korean names and the scope of each cause (004 포인트 제5조⑤ 단서).</summary>
public static class PointForfeitCauses
{
    public static readonly IReadOnlyList<PointForfeitCause> All =
        [PointForfeitCause.FraudulentIssue, PointForfeitCause.UnsoundUse, PointForfeitCause.StolenOrForgedUse, PointForfeitCause.ContractEnded];

    public static string Name(PointForfeitCause cause) => cause switch
    {
        PointForfeitCause.FraudulentIssue => "허위기재·사위 등으로 카드 부정 발급 (제5조⑤1호)",
        PointForfeitCause.UnsoundUse => "물품구매 위장 현금융통 등 불건전 이용 (제5조⑤2호)",
        PointForfeitCause.StolenOrForgedUse => "도난·위변조 카드 이용 (제5조⑤3호)",
        PointForfeitCause.ContractEnded => "카드 이용계약 종료(해지·해제·취소) (제5조⑤4호)",
        _ => cause.ToString(),
    };

    /// <summary>제5조⑤ 단서: causes 1 and 3 forfeit only the points earned through them (the chosen lots); 2 and 4 every open lot.</summary>
    public static bool OnlyChosenLots(PointForfeitCause cause) =>
        cause is PointForfeitCause.FraudulentIssue or PointForfeitCause.StolenOrForgedUse;

    public static string Scope(PointForfeitCause cause) => OnlyChosenLots(cause)
        ? "그로 인하여 적립된 포인트만 (004 포인트 제5조⑤ 단서)"
        : "적립된 포인트 전부 (004 포인트 제5조⑤)";
}
