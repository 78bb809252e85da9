namespace BackOffice.Web.Platform.Modules;

/// <summary>Every workflow of the portal, one line each. A new workflow is a new folder and a new line here.</summary>
public static class PortalModules
{
    public static readonly IReadOnlyList<IPortalModule> All =
    [
        new HomeModule(),
        new SignInModule(),
        new MembersModule(),
        new LostCardsModule(),
        new ReissueModule(),
        new CardIntakeModule(),
        new RefundsModule(),
        new ProgramsModule(),
        new HolidaysModule(),
        new LedgerModule(),
        new AuditModule(),
        new StaffModule(),
        new NoticesModule(),
        new JobsModule(),
        new MemberLifecycleModule(),
        new DocumentsModule(),
        new FilesModule(),
        new StatementsModule(),
        new DeductionModule(),
        new ReconciliationModule(),
        new OutagesModule(),
        new CasesModule(),
        new DeliveryModule(),
        new CaseEscalationModule(),
        new MailingModule(),
        new CaseResolutionsModule(),
        new CaseQueueModule(),
        new ReturnsModule(),
        new CreditsModule(),
        new PointsModule(),
        new PrescriptionModule(),
        new TopUpsModule(),
        new PaymentImportsModule(),
    ];

    // Collected once: the menu and the member page read them on every render. (Initialized after All, which comes first.)
    public static readonly IReadOnlyList<NavEntry> Navigation = [.. All.SelectMany(m => m.Navigation).OrderBy(e => e.Order)];

    public static readonly IReadOnlyList<MemberAction> MemberActions = [.. All.SelectMany(m => m.MemberActions).OrderBy(a => a.Order)];

    public static readonly IReadOnlyList<CardAction> CardActions = [.. All.SelectMany(m => m.CardActions).OrderBy(a => a.Order)];

    public static readonly IReadOnlyList<MemberPanel> MemberPanels = [.. All.SelectMany(m => m.MemberPanels).OrderBy(p => p.Order)];

    /// <summary>The platform's shared services, then each workflow's, and one authorization policy per permission.</summary>
    public static IServiceCollection AddPortalModules(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<BusinessCalendarSource>();
        services.AddAuthorizationBuilder().AddPermissionPolicies();
        foreach (var module in All) module.AddServices(services, configuration);
        return services;
    }

    public static void MapPortalModules(this IEndpointRouteBuilder endpoints)
    {
        foreach (var module in All) module.MapEndpoints(endpoints);
    }
}
