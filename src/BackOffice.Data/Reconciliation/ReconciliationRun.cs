namespace BackOffice.Data.Reconciliation;

/// <summary>The stored result of one reconciliation of a KST day (the nightly job, for the day before) for the dashboard
/// and the page's history.</summary>
public class ReconciliationRun
{
    public long Id { get; set; }
    public DateOnly Day { get; set; }
    public DateTimeOffset RanAt { get; set; }
    public bool IsBalanced { get; set; }
    public int KindDifferences { get; set; }
    public int DayDifferences { get; set; }
    public int BatchDifferences { get; set; }
    public long GrandClosing { get; set; }
    /// <summary>Sum of the day's credits (= debits when balanced).</summary>
    public long Credits { get; set; }
    public long Debits { get; set; }
    public int Batches { get; set; }
    public string Summary { get; set; } = "";
}
