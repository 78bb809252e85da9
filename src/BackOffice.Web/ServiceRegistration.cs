using BackOffice.Web.Features.Account;
using BackOffice.Web.Features.Audit;
using BackOffice.Web.Features.CardIntake;
using BackOffice.Web.Features.Holidays;
using BackOffice.Web.Features.Home;
using BackOffice.Web.Features.Ledger;
using BackOffice.Web.Features.LostCards;
using BackOffice.Web.Features.Members;
using BackOffice.Web.Features.Programs;
using BackOffice.Web.Features.Refunds;
using BackOffice.Web.Features.Reissue;
using BackOffice.Web.Features.Staff;

namespace BackOffice.Web;

public static class ServiceRegistration
{
    /// <summary>The feature services. Scoped: one per circuit, each opening short-lived contexts per call.</summary>
    public static IServiceCollection AddBackOfficeFeatures(this IServiceCollection services)
    {
        services.AddScoped<SignInService>();
        services.AddScoped<MemberQueries>();
        services.AddScoped<PersonalDataService>();
        services.AddScoped<LedgerCheckService>();
        services.AddScoped<DashboardQueries>();
        services.AddScoped<LostCardService>();
        services.AddScoped<ReissueService>();
        services.AddScoped<CardIntakeService>();
        services.AddScoped<StaffService>();
        services.AddScoped<BusinessCalendarSource>();
        services.AddScoped<HolidayService>();
        services.AddScoped<AuditQueries>();
        services.AddScoped<ProgramQueries>();
        services.AddOptions<RefundOptions>();
        services.AddScoped<RefundService>();
        services.AddScoped<RefundApprovalService>();
        services.AddScoped<PayoutService>();
        services.AddScoped<RefundQueries>();
        services.AddScoped<RefundActions>();
        return services;
    }
}
