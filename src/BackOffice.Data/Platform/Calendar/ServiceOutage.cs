namespace BackOffice.Data.Platform.Calendar;

/// <summary>
/// A period when systems were down (장애). Admins maintain the calendar as they maintain holidays. A KST day that an
/// outage with <see cref="BlocksStatements"/> touches is not counted toward a paper-statement deadline
/// (003 하나로 제15조③: 전산장애 등으로 거래내용을 제공할 수 없는 기간은 기간에 산입하지 않음).
/// </summary>
public class ServiceOutage
{
    public long Id { get; set; }
    public DateTimeOffset StartsAt { get; set; }
    public DateTimeOffset EndsAt { get; set; }
    /// <summary>Which systems were down, e.g. "거래내역 조회, 앱".</summary>
    public string Systems { get; set; } = "";
    public string Description { get; set; } = "";
    /// <summary>The outage made statements impossible: its days do not count toward statement clocks.</summary>
    public bool BlocksStatements { get; set; }
    /// <summary>When the members were told (공지); null if not yet.</summary>
    public DateTimeOffset? NoticeSentAt { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public string RecordedById { get; set; } = "";
    public string RecordedByName { get; set; } = "";
    public long Version { get; set; }

    /// <summary>The KST days the outage touches.</summary>
    public IEnumerable<DateOnly> Days()
    {
        var first = DateOnly.FromDateTime(StartsAt.ToKst().DateTime);
        var last = DateOnly.FromDateTime(EndsAt.ToKst().DateTime);
        for (var d = first; d <= last; d = d.AddDays(1)) yield return d;
    }
}
