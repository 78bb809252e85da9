using Bunit;
using MudBlazor.Services;

namespace BackOffice.Tests.BadInput;

/// <summary>
/// bUnit (issue 16 item 7, forms): the member search box with the bad-input table. Each bad entry shows a Korean message
/// (role=alert, the field marked invalid) and searches nothing; SQL and script text in a name is a name like any other
/// (searched as a parameter, shown encoded), never an error.
/// </summary>
public class SearchFormBadInputTests : BunitContext, IAsyncLifetime
{
    public SearchFormBadInputTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
    }

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    public static TheoryData<MemberSearchKind, string, string> BadEntries() => new()
    {
        { MemberSearchKind.CardNumber, "letters", "1234 5678 ABCD 3456" },
        { MemberSearchKind.CardNumber, "15 digits", "411111111111111" },
        { MemberSearchKind.CardNumber, "19 digits", "4111111111111111000" },
        { MemberSearchKind.CardNumber, "Luhn error", "4111 1111 1111 1112" },
        { MemberSearchKind.CardNumber, "SQL text", BadInputTable.Sql },
        { MemberSearchKind.CardNumber, "script text", BadInputTable.Script },
        { MemberSearchKind.CardNumber, "emoji", "😀😀😀😀 1111 1111 1111" },
        { MemberSearchKind.CardNumber, "5,000 digits", new string('4', 5_000) },
        { MemberSearchKind.CardNumber, "full-width digits", "４１１１１１１１１１１１１１１１" },
        { MemberSearchKind.CardNumber, "empty", "   " },
        { MemberSearchKind.CardLast4AndName, "letters", "ABCD" },
        { MemberSearchKind.CardLast4AndName, "5 digits", "12345" },
        { MemberSearchKind.Phone, "letters", "010-ABCD-5678" },
        { MemberSearchKind.Phone, "SQL text", BadInputTable.Sql },
        { MemberSearchKind.Phone, "script text", BadInputTable.Script },
        { MemberSearchKind.Phone, "emoji", "010-😀😀😀😀-5678" },
        { MemberSearchKind.Phone, "12 digits", "010-1234-56789" },
        { MemberSearchKind.Phone, "not a mobile number", "02-123-4567" },
        { MemberSearchKind.Phone, "Arabic-Indic digits", "٠١٠١٢٣٤٥٦٧٨" },
        { MemberSearchKind.Name, "one letter", "김" },
        { MemberSearchKind.Name, "5,000 characters", BadInputTable.Long },
        { MemberSearchKind.Name, "5,000 units of emoji", BadInputTable.Emoji },
        { MemberSearchKind.MemberNo, "letters", "MABC" },
        { MemberSearchKind.MemberNo, "SQL text", BadInputTable.Sql },
        { MemberSearchKind.MemberNo, "13 digits", "M1234567890123" },
        { MemberSearchKind.MemberNo, "negative", "M-1" },
        { MemberSearchKind.MemberNo, "long.MaxValue and more", "M" + long.MaxValue + "0" },
    };

    [Theory]
    [MemberData(nameof(BadEntries))]
    public void A_bad_entry_shows_a_Korean_message_and_searches_nothing(MemberSearchKind kind, string what, string text)
    {
        MemberSearchCriteria? searched = null;
        var cut = Render<MemberSearchBox>(p => p
            .Add(c => c.Kind, kind)
            .Add(c => c.OnSearch, (MemberSearchCriteria c) => searched = c));

        cut.Find("[data-testid=search-text]").Input(text);
        if (kind == MemberSearchKind.CardLast4AndName) cut.Find("[data-testid=search-name]").Input("홍길동");
        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=search-error]")));
        var error = cut.Find("[data-testid=search-error]");
        Assert.True(BadInputTable.HasHangul(error.TextContent), $"{kind} {what}: {error.TextContent}");
        Assert.Equal("alert", error.GetAttribute("role"));
        Assert.Equal("true", cut.Find("[data-testid=search-text]").GetAttribute("aria-invalid"));
        Assert.Null(searched);
    }

    [Theory]
    [InlineData(BadInputTable.Sql)]
    [InlineData(BadInputTable.Script)]
    public void SQL_and_script_text_in_a_name_is_searched_as_a_name_and_never_rendered_as_markup(string name)
    {
        MemberSearchCriteria? searched = null;
        var cut = Render<MemberSearchBox>(p => p
            .Add(c => c.Kind, MemberSearchKind.Name)
            .Add(c => c.OnSearch, (MemberSearchCriteria c) => searched = c));

        cut.Find("[data-testid=search-text]").Input(name);
        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Equal(new MemberSearchCriteria(MemberSearchKind.Name, name), searched));
        Assert.Empty(cut.FindAll("script"));
    }
}
