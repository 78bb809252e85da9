using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Tests.Platform;

/// <summary>The hubs loop over the modules; these checks keep a new module from breaking them silently.</summary>
public class PortalModulesTests
{
    [Fact]
    public void Every_permission_has_exactly_one_row_with_roles_and_a_Korean_label()
    {
        foreach (var permission in Enum.GetValues<Permission>())
        {
            var rows = PermissionTable.All.Where(g => g.Permission == permission).ToList();
            Assert.Single(rows);
            Assert.NotEmpty(rows[0].Roles);
            Assert.All(rows[0].Roles, role => Assert.Contains(role, StaffRoles.All));
            Assert.Matches(@"\p{IsHangulSyllables}", rows[0].Label);
        }
    }

    [Theory]
    [InlineData(Permission.ApproveRefund, StaffRoles.Finance, true)]
    [InlineData(Permission.ApproveRefund, StaffRoles.Supervisor, false)]
    [InlineData(Permission.ApproveRefund, StaffRoles.Admin, false)]
    [InlineData(Permission.FileRefund, StaffRoles.Agent, true)]
    [InlineData(Permission.FileRefund, StaffRoles.Finance, false)]
    [InlineData(Permission.ManageStaff, StaffRoles.Admin, true)]
    [InlineData(Permission.ManageStaff, StaffRoles.Supervisor, false)]
    public void The_table_decides_who_may(Permission permission, string role, bool allowed)
    {
        var actor = new Actor("u", "직원", new HashSet<string> { role });
        Assert.Equal(allowed, actor.Can(permission));
        if (allowed) actor.Require(permission);
        else Assert.Contains(permission.Label(), Assert.Throws<ForbiddenException>(() => actor.Require(permission)).Message);
    }

    [Fact]
    public void Modules_are_listed_once_and_their_menu_entries_do_not_collide()
    {
        Assert.Equal(PortalModules.All.Count, PortalModules.All.Select(m => m.GetType()).Distinct().Count());
        var entries = PortalModules.Navigation.ToList();
        Assert.Equal(entries.Count, entries.Select(e => e.Href).Distinct().Count());
        Assert.Equal(entries.Count, entries.Select(e => e.Order).Distinct().Count());
    }

    [Fact]
    public void Member_page_contributions_are_panels_with_unique_test_ids()
    {
        Assert.All(PortalModules.MemberPanels, p => Assert.True(typeof(MemberPanelBase).IsAssignableFrom(p.Component), p.Component.Name));
        var ids = PortalModules.CardActions.Select(a => a.TestIdPrefix).Concat(PortalModules.MemberActions.Select(a => a.TestId)).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void Audit_action_codes_are_named_once_in_Korean()
    {
        var codes = PortalModules.All.SelectMany(m => m.AuditActions).ToList();
        Assert.Equal(codes.Count, codes.Select(c => c.Key).Distinct().Count());
        Assert.All(codes, c => Assert.Matches(@"\p{IsHangulSyllables}", c.Value));
        Assert.Equal("환불 재무 승인", AuditActionNames.Of("refund.approve"));
        Assert.Equal("unknown.code", AuditActionNames.Of("unknown.code"));
    }

    [Fact]
    public void Every_module_registers_services_that_resolve()
    {
        var services = new ServiceCollection();
        services.AddPortalModules(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());
        Assert.Contains(services, d => d.ServiceType == typeof(RefundService));
        Assert.Contains(services, d => d.ServiceType == typeof(LostCardService));
        Assert.Contains(services, d => d.ServiceType == typeof(BusinessCalendarSource));
    }
}
