using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E.Staff;

/// <summary>/admin/staff: the staff table, the create and roles dialogs and the reason dialog for disabling.</summary>
public sealed class StaffPage(IPage page) : PageObject(page)
{
    public const string Path = "/admin/staff";

    public ILocator Table => Page.GetByTestId("staff-table");
    public ILocator CreateButton => Page.GetByTestId("create-staff");
    public ILocator Row(string userName) => Page.Locator($"[data-testid=staff-row][data-username={userName}]");
    public ILocator Status(string userName) => Row(userName).GetByTestId("staff-status");
    public ILocator DisableButton(string userName) => Row(userName).GetByTestId("staff-disable");
    public ILocator UnlockButton(string userName) => Row(userName).GetByTestId("staff-unlock");

    // The create dialog (CreateStaffDialog); MudTextField puts its UserAttributes (the test id) on the input itself.
    public ILocator CreateDialog => Page.GetByTestId("create-staff-dialog");
    public ILocator NewUserName => Page.GetByTestId("new-username");
    public ILocator NewDisplayName => Page.GetByTestId("new-displayname");
    public ILocator NewPassword => Page.GetByTestId("new-password");
    public ILocator CreateSubmit => Page.GetByTestId("create-staff-submit");
    public ILocator CreateError => Page.GetByTestId("create-staff-error");

    // The disable dialog (DisableStaffDialog).
    public ILocator DisableDialog => Page.GetByTestId("disable-dialog");
    public ILocator DisableReason => Page.GetByTestId("disable-reason");
    public ILocator DisableReasonError => Page.GetByTestId("disable-reason-error");

    // The roles dialog (StaffRolesDialog).
    public ILocator RolesButton(string userName) => Row(userName).GetByTestId("staff-roles");
    public ILocator RolesDialog => Page.GetByTestId("roles-dialog");
    public ILocator RolesSave => Page.GetByTestId("roles-save");
    public ILocator RoleNames(string userName) => Row(userName).Locator("td").Nth(2);

    // The staff-change queue (issue 10): money roles wait here for a second Admin.
    public ILocator ChangeQueue => Page.GetByTestId("staff-change-queue");
    public ILocator ChangeRow(string userName) => Page.Locator($"[data-testid=staff-change-row][data-username={userName}]");
    public ILocator ApproveChange(string userName) => ChangeRow(userName).GetByTestId("staff-change-approve");
    public ILocator ChangeRefusal(string userName) => ChangeRow(userName).GetByTestId("staff-change-refusal");

    public Task OpenAsync() => GoAsync(Path, Table);

    /// <summary>Opens the roles dialog of <paramref name="userName"/>, ticks <paramref name="roleKoreanName"/> and saves.</summary>
    public async Task AddRoleAsync(string userName, string roleKoreanName, string reason)
    {
        await RolesButton(userName).ClickAsync();
        await Expect(RolesDialog).ToBeVisibleAsync();
        await RolesDialog.GetByText(roleKoreanName, new() { Exact = true }).ClickAsync();
        await Page.GetByTestId("roles-reason").FillAsync(reason);
        await RolesSave.ClickAsync();
        await Expect(RolesDialog).ToHaveCountAsync(0);
    }

    public async Task OpenCreateDialogAsync()
    {
        await CreateButton.ClickAsync();
        await Expect(NewUserName).ToBeVisibleAsync();
    }

    public async Task FillNewStaffAsync(string userName, string displayName, string password)
    {
        await NewUserName.FillAsync(userName);
        await NewDisplayName.FillAsync(displayName);
        await NewPassword.FillAsync(password);
    }

    /// <summary>Creates an Agent account and waits until its row shows.</summary>
    public async Task CreateAsync(string userName, string displayName, string password)
    {
        await OpenCreateDialogAsync();
        await FillNewStaffAsync(userName, displayName, password);
        await CreateSubmit.ClickAsync();
        await Expect(Row(userName)).ToBeVisibleAsync();
    }

    /// <summary>MudBlazor's snackbar fades in to 0.95; axe would measure a half-faded text before that.</summary>
    public static readonly Regex ShownOpacity = new(@"^(0\.95|1)$");

    /// <summary>Waits for the snackbar message and the end of its fade-in.</summary>
    public async Task ExpectSnackbarAsync(string text)
    {
        var message = Snackbar.Filter(new() { HasText = text });
        await Expect(message).ToBeVisibleAsync();
        await Expect(message).ToHaveCSSAsync("opacity", ShownOpacity);
    }

    /// <summary>The 예 button of the open dialog (the disable dialog or a yes/no confirmation).</summary>
    public Task AnswerYesAsync() => Page.GetByRole(AriaRole.Button, new() { Name = "예", Exact = true }).ClickAsync();
}
