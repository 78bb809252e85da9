namespace BackOffice.Tests.Members;

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
        Assert.Contains($"value=\"{MemberSearchInput.Label(kind)}\"", html);
    }

    [Fact]
    public async Task Every_field_has_a_korean_label_for_screen_readers()
    {
        var html = await ComponentHost.RenderAsync<MemberSearchBox>(new Dictionary<string, object?> { ["Kind"] = MemberSearchKind.Name });
        Assert.Contains("aria-label=\"검색 방법\"", html);
        Assert.Contains(">이름 (전체)</label>", html);
        Assert.Contains(">검색</span>", html);
        Assert.DoesNotContain("search-error", html);
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
        // The kind select shows the chosen way of searching (MudSelect renders its text in a read-only input).
        Assert.Contains("value=\"카드 끝 4자리 + 이름\"", html);
    }
}
