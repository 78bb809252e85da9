namespace BackOffice.Web.Features.Cases;

/// <summary>The views of the work queue (issue 13 item 3). The due-date views hold only cases whose clock runs (처리 중,
/// 승인 대기) and has started; a paused case (자료 대기, the clock stands still) and a case waiting for identity
/// confirmation appear under <see cref="AllOpen"/> only.</summary>
public enum CaseQueueView
{
    /// <summary>오늘 기한: due today (KST).</summary>
    DueToday = 0,
    /// <summary>기한 임박: due after today and within <see cref="CaseEscalationOptions.WarnBusinessDaysBefore"/> business days.</summary>
    DueSoon = 1,
    /// <summary>기한 경과: due before today and still open.</summary>
    Overdue = 2,
    /// <summary>전체 진행 중: every case not closed.</summary>
    AllOpen = 3,
}

/// <summary>Whose cases the queue shows.</summary>
public enum CaseAssigneeScope
{
    Anyone = 0,
    Me = 1,
    Unassigned = 2,
    /// <summary>One staff member: <see cref="CaseQueueFilter.AssigneeId"/>.</summary>
    Person = 3,
}

/// <summary>The queue's filters. A <see cref="Number"/> search looks through every case (closed ones too), whatever the view.</summary>
public sealed record CaseQueueFilter(
    CaseQueueView View = CaseQueueView.AllOpen,
    CaseType? Type = null,
    long? ProgramId = null,
    CaseAssigneeScope Assignee = CaseAssigneeScope.Anyone,
    string? AssigneeId = null,
    string? Number = null);

/// <summary>One row of the queue. <see cref="MemberName"/> is masked; <see cref="DaysLeft"/> counts calendar days from
/// today (KST) to the due date (negative: days late).</summary>
public sealed record CaseQueueRow(
    long Id,
    string Number,
    CaseType Type,
    CaseStatus Status,
    long MemberId,
    string MemberNo,
    string MemberName,
    string? ProgramName,
    DateTimeOffset ReceivedAt,
    DateOnly? DueOn,
    int? DaysLeft,
    string DueDerivation,
    string? AssigneeId,
    string? AssigneeName,
    DateTimeOffset? DelayNoticeAt,
    DateOnly? PromisedBy,
    string ClockRuleKey)
{
    /// <summary>The rule that produced the due date, e.g. "분쟁 처리 15일 · 003 하나로 제23조②".</summary>
    public string RuleText => CaseClockRules.All.FirstOrDefault(r => r.Key == ClockRuleKey) is { } rule ? $"{rule.Label} · {rule.Citation}" : ClockRuleKey;

    /// <summary>"D-3", "오늘", "2일 경과", or "본인 확인 후" while the clock has not started.</summary>
    public string DueText => DaysLeft switch
    {
        null => "본인 확인 후",
        0 => "오늘",
        > 0 and var d => $"D-{d}",
        var d => $"{-d}일 경과",
    };
}

/// <summary>How many cases each view holds under the same type/program/assignee filters.</summary>
public sealed record CaseQueueCounts(int DueToday, int DueSoon, int Overdue, int AllOpen)
{
    public int Of(CaseQueueView view) => view switch
    {
        CaseQueueView.DueToday => DueToday,
        CaseQueueView.DueSoon => DueSoon,
        CaseQueueView.Overdue => Overdue,
        _ => AllOpen,
    };
}

/// <summary>A page of the queue, the total for the pager, the counts per view, and the day window of 기한 임박.</summary>
public sealed record CaseQueueResult(IReadOnlyList<CaseQueueRow> Rows, int Total, CaseQueueCounts Counts, DateOnly Today, DateOnly SoonUntil);

/// <summary>A staff member who can be given cases (an active account with a role that holds <see cref="Permission.HandleCases"/>).</summary>
public sealed record CaseAssigneeChoice(string Id, string Name);
