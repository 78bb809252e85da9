using BackOffice.Data.Cards;
using BackOffice.Web.Features.Members;
using Bunit;
using Radzen;

namespace BackOffice.Tests.Components;

/// <summary>bUnit: the search box validates before it searches, and switches fields with the kind.</summary>
public class SearchBoxInteractionTests : BunitContext
{
    public SearchBoxInteractionTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddRadzenComponents();
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

        Assert.Equal("카드번호가 올바르지 않습니다 (검증번호 불일치).", cut.Find("[data-testid=search-error]").TextContent);
        Assert.Null(searched);
    }

    [Fact]
    public void A_valid_entry_searches_with_the_normalized_value_and_clears_the_error()
    {
        MemberSearchCriteria? searched = null;
        var cut = Render<MemberSearchBox>(p => p.Add(c => c.OnSearch, (MemberSearchCriteria c) => searched = c));

        cut.Find("[data-testid=search-text]").Input("010");
        cut.Find("form").Submit();
        Assert.NotEmpty(cut.FindAll("[data-testid=search-error]"));

        cut.Find("[data-testid=search-text]").Input("010-1234-5678");
        cut.Find("form").Submit();
        Assert.Equal(new MemberSearchCriteria(MemberSearchKind.Phone, "01012345678"), searched);
        Assert.Empty(cut.FindAll("[data-testid=search-error]"));
    }

    [Fact]
    public void Choosing_last_four_digits_adds_the_name_field()
    {
        MemberSearchCriteria? searched = null;
        var cut = Render<MemberSearchBox>(p => p.Add(c => c.OnSearch, (MemberSearchCriteria c) => searched = c));
        Assert.Empty(cut.FindAll("[data-testid=search-name]"));

        cut.Find("[data-testid=search-kind]").Change(nameof(MemberSearchKind.CardLast4AndName));
        cut.Find("[data-testid=search-text]").Input("0017");
        cut.Find("[data-testid=search-name]").Input("홍길동");
        cut.Find("form").Submit();

        Assert.Equal(new MemberSearchCriteria(MemberSearchKind.CardLast4AndName, "0017", "홍길동"), searched);
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
        Assert.DoesNotContain("9410", cut.Markup);

        cut.Render(p => p.Add(c => c.Revealed, "9410 2200 0000 0017"));
        Assert.Contains("9410 2200 0000 0017", cut.Find(".revealed").TextContent);
        Assert.Empty(cut.FindAll("button"));
    }
}
