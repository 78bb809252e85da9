using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace BackOffice.Tests.Members;

/// <summary>bUnit: the search box validates before it searches, and switches fields with the kind; a masked value
/// reveals only through the page, after the unmask dialog has a valid reason.</summary>
public class SearchBoxInteractionTests : BunitContext, IAsyncLifetime
{
    public SearchBoxInteractionTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
    }

    // MudBlazor's popover services are only asynchronously disposable.
    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    private void ChooseKind(IRenderedComponent<MudPopoverProvider> popovers, IRenderedComponent<MemberSearchBox> box, MemberSearchKind kind)
    {
        box.Find("[data-testid=search-kind]").MouseDown();
        popovers.WaitForElement($"[role=option][data-kind={kind}]").Click();
    }

    [Fact]
    public void A_wrong_card_number_shows_the_reason_and_searches_nothing()
    {
        MemberSearchCriteria? searched = null;
        var cut = Render<MemberSearchBox>(p => p
            .Add(c => c.Kind, MemberSearchKind.CardNumber)
            .Add(c => c.OnSearch, (MemberSearchCriteria c) => searched = c));

        cut.Find("[data-testid=search-text]").Input("1234 5678 9012 3456");
        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Equal("카드번호가 올바르지 않습니다 (검증번호 불일치).", cut.Find("[data-testid=search-error]").TextContent));
        Assert.Equal("alert", cut.Find("[data-testid=search-error]").GetAttribute("role"));
        Assert.Equal("true", cut.Find("[data-testid=search-text]").GetAttribute("aria-invalid"));
        Assert.Null(searched);
    }

    [Fact]
    public void A_valid_entry_searches_with_the_normalized_value_and_clears_the_error()
    {
        MemberSearchCriteria? searched = null;
        var cut = Render<MemberSearchBox>(p => p.Add(c => c.OnSearch, (MemberSearchCriteria c) => searched = c));

        cut.Find("[data-testid=search-text]").Input("010");
        cut.Find("form").Submit();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=search-error]")));

        cut.Find("[data-testid=search-text]").Input("010-1234-5678");
        cut.Find("form").Submit();
        cut.WaitForAssertion(() => Assert.Equal(new MemberSearchCriteria(MemberSearchKind.Phone, "01012345678"), searched));
        Assert.Empty(cut.FindAll("[data-testid=search-error]"));
    }

    [Fact]
    public void Choosing_last_four_digits_adds_the_name_field()
    {
        var popovers = Render<MudPopoverProvider>();
        MemberSearchCriteria? searched = null;
        var cut = Render<MemberSearchBox>(p => p.Add(c => c.OnSearch, (MemberSearchCriteria c) => searched = c));
        Assert.Empty(cut.FindAll("[data-testid=search-name]"));

        ChooseKind(popovers, cut, MemberSearchKind.CardLast4AndName);
        cut.WaitForElement("[data-testid=search-name]");
        Assert.Equal("카드 끝 4자리 + 이름", cut.Find("[data-testid=search-kind]").GetAttribute("value"));
        Assert.Equal("끝 4자리", cut.Find("[data-testid=search-text]").GetAttribute("placeholder"));
        cut.Find("[data-testid=search-text]").Input("0017");
        cut.Find("[data-testid=search-name]").Input("홍길동");
        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Equal(new MemberSearchCriteria(MemberSearchKind.CardLast4AndName, "0017", "홍길동"), searched));
    }

    [Fact]
    public void Last_four_digits_without_a_name_is_refused_and_switching_kind_clears_the_error()
    {
        var popovers = Render<MudPopoverProvider>();
        MemberSearchCriteria? searched = null;
        var cut = Render<MemberSearchBox>(p => p
            .Add(c => c.Kind, MemberSearchKind.CardLast4AndName)
            .Add(c => c.OnSearch, (MemberSearchCriteria c) => searched = c));

        cut.Find("[data-testid=search-text]").Input("0017");
        cut.Find("form").Submit();
        cut.WaitForAssertion(() => Assert.Equal("끝 4자리와 함께 회원 이름(2자 이상)을 입력하세요.", cut.Find("[data-testid=search-error]").TextContent));
        Assert.Null(searched);

        ChooseKind(popovers, cut, MemberSearchKind.Name);
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=search-name]")));
        Assert.Empty(cut.FindAll("[data-testid=search-error]"));
        Assert.Equal("홍길동", cut.Find("[data-testid=search-text]").GetAttribute("placeholder"));
    }

    [Fact]
    public void A_member_number_is_padded_before_it_is_searched()
    {
        MemberSearchCriteria? searched = null;
        var cut = Render<MemberSearchBox>(p => p
            .Add(c => c.Kind, MemberSearchKind.MemberNo)
            .Add(c => c.OnSearch, (MemberSearchCriteria c) => searched = c));

        cut.Find("[data-testid=search-text]").Input("m1234");
        cut.Find("form").Submit();
        cut.WaitForAssertion(() => Assert.Equal(new MemberSearchCriteria(MemberSearchKind.MemberNo, "M00001234"), searched));
    }

    [Fact]
    public void The_reveal_button_asks_the_page_and_the_revealed_value_replaces_the_mask()
    {
        var asked = 0;
        var cut = Render<MaskedValue>(p => p
            .Add(c => c.Masked, CardNumber.Mask("9410220000000017"))
            .Add(c => c.TestId, "card")
            .Add(c => c.OnReveal, () => asked++));

        cut.Find("[data-testid=card-reveal] , button").Click();
        Assert.Equal(1, asked);
        // Not just "9410": the components' generated ids are random and may contain any four digits.
        Assert.DoesNotContain("9410 2200", cut.Markup);
        Assert.DoesNotContain("9410220000000017", cut.Markup);

        cut.Render(p => p.Add(c => c.Revealed, "9410 2200 0000 0017"));
        Assert.Contains("9410 2200 0000 0017", cut.Find(".revealed").TextContent);
        Assert.Empty(cut.FindAll("button"));

        // The page hides it again (leaves the member, or the reveal expires): the component held the full number,
        // and it must not be left anywhere in the markup.
        cut.Render(p => p.Add(c => c.Revealed, (string?)null));
        Assert.Equal(CardNumber.Mask("9410220000000017"), cut.Find(".masked").TextContent);
        Assert.DoesNotContain("9410 2200 0000 0017", cut.Markup);
        Assert.DoesNotContain("9410220000000017", cut.Markup);
        Assert.Empty(cut.FindAll(".revealed"));
        Assert.Single(cut.FindAll("[data-testid=card-reveal]"));
    }

    [Fact]
    public void A_typed_card_number_is_searched_as_digits_and_not_echoed_in_the_error()
    {
        MemberSearchCriteria? searched = null;
        var valid = CardNumber.WithCheckDigit("941022000000001");
        var invalid = valid[..15] + (char)('0' + ((valid[15] - '0' + 1) % 10));
        var cut = Render<MemberSearchBox>(p => p
            .Add(c => c.Kind, MemberSearchKind.CardNumber)
            .Add(c => c.OnSearch, (MemberSearchCriteria c) => searched = c));

        cut.Find("[data-testid=search-text]").Input(CardNumber.Format(invalid));
        cut.Find("form").Submit();
        cut.WaitForElement("[data-testid=search-error]");
        var error = cut.Find("[data-testid=search-error]").TextContent;
        Assert.Equal("카드번호가 올바르지 않습니다 (검증번호 불일치).", error);
        Assert.DoesNotContain(invalid[..12], error.Replace(" ", "", StringComparison.Ordinal));
        Assert.Null(searched);

        cut.Find("[data-testid=search-text]").Input(valid);
        cut.Find("form").Submit();
        // The submit handler finishes asynchronously; on a loaded machine the assertion can run before it did.
        cut.WaitForAssertion(() => Assert.Equal(new MemberSearchCriteria(MemberSearchKind.CardNumber, valid), searched));
        Assert.Empty(cut.FindAll("[data-testid=search-error]"));
    }

    [Fact]
    public void A_masked_value_that_may_not_be_revealed_has_no_button()
    {
        var cut = Render<MaskedValue>(p => p.Add(c => c.Masked, "010-****-5678").Add(c => c.TestId, "field-phone").Add(c => c.CanReveal, false));
        Assert.Equal("010-****-5678", cut.Find(".masked").TextContent);
        Assert.Empty(cut.FindAll("button"));
    }

    [Fact]
    public void The_reveal_button_is_named_after_its_field()
    {
        var cut = Render<MaskedValue>(p => p.Add(c => c.Masked, "010-****-5678").Add(c => c.TestId, "field-phone").Add(c => c.Label, "휴대전화"));
        Assert.Equal("휴대전화 보기", cut.Find("[data-testid=field-phone-reveal]").GetAttribute("aria-label"));
    }

    [Fact]
    public async Task The_unmask_dialog_refuses_a_missing_or_short_reason_and_returns_a_trimmed_one()
    {
        var provider = Render<MudDialogProvider>();
        var dialogs = Services.GetRequiredService<IDialogService>();
        var reference = await provider.InvokeAsync(() => dialogs.ShowAsync<UnmaskDialog>("휴대전화 열람",
            new DialogParameters<UnmaskDialog> { { d => d.FieldLabel, "휴대전화" } }));

        provider.WaitForElement("[data-testid=unmask-confirm]").Click();
        Assert.Equal("열람 사유를 입력하세요.", provider.Find("[data-testid=unmask-error]").TextContent);

        provider.Find("[data-testid=unmask-reason]").Input("확인");
        provider.Find("[data-testid=unmask-confirm]").Click();
        Assert.Equal("열람 사유를 5자 이상 구체적으로 입력하세요.", provider.Find("[data-testid=unmask-error]").TextContent);
        Assert.False(reference.Result.IsCompleted);

        provider.Find("[data-testid=unmask-reason]").Input("  본인 확인 통화 중 연락처 확인  ");
        provider.Find("[data-testid=unmask-confirm]").Click();
        var result = await reference.Result;
        Assert.False(result!.Canceled);
        Assert.Equal("본인 확인 통화 중 연락처 확인", result.Data);
    }

    [Fact]
    public async Task Cancelling_the_unmask_dialog_returns_no_reason()
    {
        var provider = Render<MudDialogProvider>();
        var dialogs = Services.GetRequiredService<IDialogService>();
        var reference = await provider.InvokeAsync(() => dialogs.ShowAsync<UnmaskDialog>("이메일 열람",
            new DialogParameters<UnmaskDialog> { { d => d.FieldLabel, "이메일" } }));

        Assert.Contains("이메일 항목을 가리지 않고 표시합니다.", provider.WaitForElement("[data-testid=unmask-dialog]").TextContent);
        provider.Find("[data-testid=unmask-cancel]").Click();
        Assert.True((await reference.Result)!.Canceled);
    }
}
