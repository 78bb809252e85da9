using MudBlazor;
using Quartz;

namespace BackOffice.Web.Features.Prescription;

/// <summary>Prescribed balances (004 제5조, issue 15): the listing, the notices, objections and the four-eyes donation.</summary>
public sealed class PrescriptionModule : IPortalModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<PrescriptionService>();
        services.AddScoped<PrescriptionQueries>();
    }

    public IEnumerable<NavEntry> Navigation =>
    [
        new(63, "prescription", "소멸시효 잔액", Icons.Material.Filled.HourglassBottom, Permission.ManagePrescription),
        new(64, "prescription?tab=approve", "기부 승인", Icons.Material.Filled.VolunteerActivism, Permission.ApproveDonation),
        new(65, "prescription?tab=items", "기부 이의 접수", Icons.Material.Filled.RecordVoiceOver, Permission.RecordDonationObjection),
    ];

    public void AddJobs(IQuartzBuilder quartz) =>
        quartz.AddPortalJob<PrescriptionJob>(PrescriptionJob.Key, "소멸시효 점검", PortalSchedule.DailyKst(2, 0), runAtStartup: false);

    public IReadOnlyDictionary<string, string> AuditActions => new Dictionary<string, string>
    {
        ["prescription.run"] = "소멸시효 점검",
        ["prescription.listed"] = "소멸시효 대상 등록",
        ["prescription.notified"] = "기부 예정 통지",
        ["prescription.due"] = "기부 가능 (이의 없음)",
        ["prescription.withdrawn"] = "소멸시효 대상 제외",
        ["prescription.objection"] = "기부 이의 접수",
        ["prescription.proposed"] = "기부 상신",
        ["prescription.donated"] = "소멸시효 잔액 기부",
        ["donation.proposed"] = "기부 상신",
        ["donation.approved"] = "기부 승인",
        ["donation.refused"] = "기부 반려",
    };
}
