using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E.Programs;

[Collection(PortalCollection.Name)]
public class ProgramsTests(PortalFixture portal)
{
    [Fact]
    public async Task Any_staff_member_reads_each_programme_with_its_policy_versions()
    {
        var programs = new ProgramsPage(await portal.SignedInPageAsync("agent"));
        await programs.OpenAsync();
        await Expect(programs.Page.GetByRole(AriaRole.Heading, new() { Name = "프로그램 정책", Exact = true })).ToBeVisibleAsync();
        Assert.True(await programs.Programs.CountAsync() >= 1);
        Assert.True(await programs.Versions.CountAsync() >= 1);
        await Expect(programs.VersionStates.Filter(new() { HasText = "시행 중" }).First).ToBeVisibleAsync();
        await Expect(programs.Versions.First).ToContainTextAsync("시행일");
        await portal.ScreenshotAsync(programs.Page, "13-programs");
        await programs.CheckAccessibilityAsync();
    }
}
