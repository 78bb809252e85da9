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
