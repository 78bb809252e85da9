namespace BackOffice.Web.Features.Prescription;

/// <summary>
/// <c>prescription.run</c>, daily at 02:00 KST ("소멸시효 점검"): <see cref="PrescriptionService.RunAsync(Actor, CancellationToken)"/>
/// as the system. Daily rather than monthly so a notified item becomes due the day after its objection deadline (and its
/// planned day) instead of waiting up to a month, and a balance prescribed on the 1st is listed and told that day; the run
/// works from stored state, so the days with nothing new change nothing but the run history.
/// </summary>
public sealed class PrescriptionJob(JobRunRecorder recorder, PrescriptionService service) : PortalJob(recorder)
{
    public const string Key = "prescription.run";

    public override async Task<string> RunAsync(CancellationToken ct) => (await service.RunAsync(Actor.System, ct)).Summary;
}
