namespace BackOffice.Web.Features.Delivery;

/// <summary>
/// <c>delivery.mailing-batch</c>, daily at 00:30 KST: closes the batch of the last business day before today
/// (<see cref="MailingSchedule"/>) as the system. Works from stored state: a second run, or the page's "지금 마감"
/// before it, leaves it nothing to do; a run after downtime closes the batch then due with everything waiting.
/// </summary>
public sealed class MailingBatchJob(JobRunRecorder recorder, MailingBatchCloser closer) : PortalJob(recorder)
{
    public const string Key = "delivery.mailing-batch";

    public override async Task<string> RunAsync(CancellationToken ct) => (await closer.CloseDueAsync(Actor.System, ct)).Summary;
}
