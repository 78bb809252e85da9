namespace BackOffice.Tests.Delivery;

/// <summary>Delivery addresses in the post office's format (issue 14 item 3; limits are 운영 정책 within the columns).</summary>
public class AddressRulesTests
{
    [Theory]
    [InlineData("04524", "서울특별시 중구 세종대로 110", "3층", null)]
    [InlineData("04524", "서울특별시 중구 세종대로 110", "", null)]
    [InlineData("", "서울특별시 중구 세종대로 110", "", "우편번호를 입력하세요.")]
    [InlineData("4524", "서울특별시 중구 세종대로 110", "", "우편번호는 숫자 5자리로 입력하세요 (예: 04524).")]
    [InlineData("0452a", "서울특별시 중구 세종대로 110", "", "우편번호는 숫자 5자리로 입력하세요 (예: 04524).")]
    [InlineData("045241", "서울특별시 중구 세종대로 110", "", "우편번호는 숫자 5자리로 입력하세요 (예: 04524).")]
    [InlineData("04524", "  ", "", "도로명주소를 입력하세요.")]
    public void Addresses_are_validated(string postcode, string road, string detail, string? expected) =>
        Assert.Equal(expected, AddressRules.Problem(AddressRules.Normalize(postcode, road, detail)));

    [Fact]
    public void Length_limits_are_those_of_the_columns()
    {
        Assert.Null(AddressRules.Problem(new DeliveryAddress("04524", new string('가', 200), new string('나', 100))));
        Assert.Equal("도로명주소는 200자 이하로 입력하세요.", AddressRules.Problem(new DeliveryAddress("04524", new string('가', 201), "")));
        Assert.Equal("상세주소는 100자 이하로 입력하세요.", AddressRules.Problem(new DeliveryAddress("04524", "서울 중구", new string('나', 101))));
    }

    [Fact]
    public void Input_is_trimmed_and_a_dash_in_the_postcode_is_dropped() =>
        Assert.Equal(new DeliveryAddress("04524", "서울특별시 중구 세종대로 110", "3층"), AddressRules.Normalize(" 045-24 ", " 서울특별시  중구 세종대로 110 ", " 3층 "));

    [Theory]
    [InlineData("(04524) 서울특별시 중구 세종대로 110, 3층", "04524", "서울특별시 중구 세종대로 110", "3층")]
    [InlineData("04524 서울특별시 중구 세종대로 110", "04524", "서울특별시 중구 세종대로 110", "")]
    [InlineData("[21000] 인천광역시 서구 청라대로 1, 101동 202호", "21000", "인천광역시 서구 청라대로 1", "101동 202호")]
    [InlineData("인천광역시 서구 청라동 123-4", "", "인천광역시 서구 청라동 123-4", "")]
    [InlineData("", "", "", "")]
    public void A_members_one_line_address_is_read_where_it_parses(string oneLine, string postcode, string road, string detail) =>
        Assert.Equal(new DeliveryAddress(postcode, road, detail), AddressRules.Parse(oneLine));

    [Fact]
    public void The_masked_form_keeps_the_district_only()
    {
        var address = new DeliveryAddress("04524", "서울특별시 중구 세종대로 110", "3층 301호");
        Assert.Equal("(045**) 서울특별시 중구 ***", address.Masked);
        Assert.DoesNotContain("세종대로", address.Masked);
        Assert.DoesNotContain("301", address.Masked);
        Assert.Equal("(04524) 서울특별시 중구 세종대로 110, 3층 301호", address.OneLine);
    }
}
