namespace BackOffice.Tests.Platform;

public class CardNumberTests
{
    private static readonly string Valid = CardNumber.WithCheckDigit("941022000000001");

    [Fact]
    public void A_generated_number_passes_the_Luhn_check_and_keeps_its_body()
    {
        Assert.True(CardNumber.IsValid(Valid));
        Assert.StartsWith("941022000000001", Valid);
        Assert.Equal(16, Valid.Length);
    }

    [Fact]
    public void Spaces_and_hyphens_that_agents_type_are_ignored()
    {
        var typed = $"{Valid[..4]}-{Valid[4..8]} {Valid[8..12]} {Valid[12..]}";
        Assert.True(CardNumber.IsValid(typed));
        Assert.Null(CardNumber.Problem(typed));
    }

    [Theory]
    [InlineData("", "카드번호를 입력하세요.")]
    [InlineData("1234-abcd", "카드번호는 숫자만 입력할 수 있습니다.")]
    [InlineData("123456789012345", "카드번호는 16자리입니다 (입력: 15자리).")]
    public void Wrong_input_gets_a_Korean_reason(string input, string expected) =>
        Assert.Equal(expected, CardNumber.Problem(input));

    [Fact]
    public void A_mistyped_digit_fails_the_check_digit()
    {
        var wrong = Valid[..^1] + (char)('0' + (Valid[^1] - '0' + 1) % 10);
        Assert.Equal("카드번호가 올바르지 않습니다 (검증번호 불일치).", CardNumber.Problem(wrong));
    }

    [Fact]
    public void Masking_shows_only_the_last_four_digits()
    {
        var masked = CardNumber.Mask(Valid);
        Assert.Equal($"**** **** **** {Valid[^4..]}", masked);
        Assert.DoesNotContain(Valid[..12], masked.Replace(" ", ""));
    }
}
