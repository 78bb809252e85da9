namespace BackOffice.Tests.Members;

public class MemberSearchInputTests
{
    [Fact]
    public void A_typed_card_number_is_normalized()
    {
        var number = CardNumber.WithCheckDigit("941022000000001");
        var (criteria, error) = MemberSearchInput.Parse(MemberSearchKind.CardNumber, $" {number[..4]}-{number[4..8]}-{number[8..12]}-{number[12..]} ");
        Assert.Null(error);
        Assert.Equal(new MemberSearchCriteria(MemberSearchKind.CardNumber, number), criteria);
    }

    [Theory]
    [InlineData(MemberSearchKind.CardNumber, "1234", null, "카드번호는 16자리입니다 (입력: 4자리).")]
    [InlineData(MemberSearchKind.CardLast4AndName, "12a4", "홍길동", "카드번호 끝 4자리를 숫자로 입력하세요.")]
    [InlineData(MemberSearchKind.CardLast4AndName, "1234", "", "끝 4자리와 함께 회원 이름(2자 이상)을 입력하세요.")]
    [InlineData(MemberSearchKind.Phone, "02-123-4567", null, "휴대전화번호 10~11자리를 입력하세요 (예: 010-1234-5678).")]
    [InlineData(MemberSearchKind.Phone, "010-12ab-5678", null, "전화번호는 숫자와 '-'만 입력할 수 있습니다.")]
    [InlineData(MemberSearchKind.Name, "홍", null, "이름 전체를 2자 이상 입력하세요.")]
    [InlineData(MemberSearchKind.MemberNo, "X12", null, "회원번호는 'M'과 숫자로 입력하세요 (예: M00001234).")]
    public void Wrong_input_says_what_is_wrong(MemberSearchKind kind, string text, string? name, string message)
    {
        var (criteria, error) = MemberSearchInput.Parse(kind, text, name);
        Assert.Null(criteria);
        Assert.Equal(message, error);
    }

    [Theory]
    [InlineData(MemberSearchKind.Phone, "010-1234-5678", null, "01012345678")]
    [InlineData(MemberSearchKind.MemberNo, "m1234", null, "M00001234")]
    [InlineData(MemberSearchKind.MemberNo, "00000001", null, "M00000001")]
    [InlineData(MemberSearchKind.Name, " 홍길동 ", null, "홍길동")]
    public void Accepted_input_is_normalized(MemberSearchKind kind, string text, string? name, string value)
    {
        var (criteria, error) = MemberSearchInput.Parse(kind, text, name);
        Assert.Null(error);
        Assert.Equal(value, criteria!.Value);
    }
}
