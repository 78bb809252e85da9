namespace BackOffice.Data.Cases;

/// <summary>The kinds of case that run against a legal clock (issue 13).</summary>
public enum CaseType
{
    /// <summary>분쟁 처리 (003 하나로 제23조②, 캐시비 제19조③): a result within 15 days.</summary>
    Dispute = 0,
    /// <summary>민원·손해배상 청구: answered like a dispute (same clauses).</summary>
    Complaint = 1,
    /// <summary>오류 정정 (003 하나로 제17조, 캐시비 제14조②): a result within 2 weeks of the request or of finding it.</summary>
    ErrorCorrection = 2,
    /// <summary>거래내역 서면 교부 (003 하나로 제15조④, 캐시비 제13조②).</summary>
    PaperStatement = 3,
    /// <summary>부정사용 보상 신청 (004 제13조④–⑥).</summary>
    FraudClaim = 4,
}

public enum CaseChannel
{
    Phone = 0,
    Mail = 1,
    Fax = 2,
    Email = 3,
    App = 4,
}

public enum CaseStatus
{
    /// <summary>Being worked; the clock runs.</summary>
    Open = 0,
    /// <summary>Waiting for the member's documents: the clock stands still (only where the rule allows a pause).</summary>
    Paused = 1,
    /// <summary>A resolution that moves money waits for a second person.</summary>
    AwaitingApproval = 2,
    /// <summary>Answered: the result notice is on record.</summary>
    Closed = 3,
}

public enum CaseOutcome
{
    None = 0,
    /// <summary>인용: the member was right (in full).</summary>
    Upheld = 1,
    /// <summary>일부 인용.</summary>
    PartlyUpheld = 2,
    /// <summary>기각.</summary>
    Rejected = 3,
    /// <summary>취하: the member withdrew the request.</summary>
    Withdrawn = 4,
    /// <summary>Paper statement delivered.</summary>
    Delivered = 5,
}

/// <summary>Counting of a clock: calendar days or business days.</summary>
public enum ClockUnit
{
    CalendarDays = 0,
    BusinessDays = 1,
}

/// <summary>What starts a clock.</summary>
public enum ClockStart
{
    /// <summary>The request's receipt.</summary>
    Receipt = 0,
    /// <summary>The holder's identity confirmation (003 캐시비 제13조②).</summary>
    IdentityConfirmed = 1,
    /// <summary>The operator finding the error itself (003 하나로 제17조②).</summary>
    FoundByOperator = 2,
}

/// <summary>Approval state of a money resolution (error-correction adjustment).</summary>
public enum AdjustmentStatus
{
    Pending = 0,
    Approved = 1,
    Refused = 2,
}
