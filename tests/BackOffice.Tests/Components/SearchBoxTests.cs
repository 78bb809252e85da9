using BackOffice.Web.Features.Members;

namespace BackOffice.Tests.Components;

public class SearchBoxTests
{
    [Theory]
    [InlineData(MemberSearchKind.CardNumber, "1234 5678 9012 3456")]
    [InlineData(MemberSearchKind.Phone, "010-1234-5678")]
    [InlineData(MemberSearchKind.MemberNo, "M00001234")]
    public async Task Each_kind_shows_an_example_of_what_to_type(MemberSearchKind kind, string placeholder)
    {
        var html = await ComponentHost.RenderAsync<MemberSearchBox>(new Dictionary<string, object?> { ["Kind"] = kind });
        Assert.Contains($"placeholder=\"{placeholder}\"", html);
        Assert.DoesNotContain("search-name", html);
    }

    [Fact]
    public async Task Last_four_digits_come_with_a_name_field()
    {
        var html = await ComponentHost.RenderAsync<MemberSearchBox>(new Dictionary<string, object?>
        {
            ["Kind"] = MemberSearchKind.CardLast4AndName,
            ["Text"] = "0017",
            ["Name"] = "홍길동",
        });
        Assert.Contains("data-testid=\"search-name\"", html);
        Assert.Contains("value=\"홍길동\"", html);
        Assert.Contains("<option value=\"CardLast4AndName\" selected", html.Replace("selected=\"\"", "selected"));
    }
}
