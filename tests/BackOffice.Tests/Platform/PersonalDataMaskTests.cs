namespace BackOffice.Tests.Platform;

public class PersonalDataMaskTests
{
    [Theory]
    [InlineData("홍길동", "홍*동")]
    [InlineData("남궁민수", "남**수")]
    [InlineData("김철", "김*")]
    [InlineData("이", "*")]
    public void Names_keep_first_and_last_character(string name, string expected) =>
        Assert.Equal(expected, PersonalDataMask.Name(name));

    [Theory]
    [InlineData("01012345678", "010-****-5678")]
    [InlineData("0111234567", "011-***-4567")]
    public void Phones_hide_the_middle_digits(string phone, string expected) =>
        Assert.Equal(expected, PersonalDataMask.Phone(phone));

    [Fact]
    public void Accounts_emails_addresses_and_birth_dates_are_masked()
    {
        Assert.Equal("*********0123", PersonalDataMask.Account("1234567890123"));
        Assert.Equal("h***@example.com", PersonalDataMask.Email("hong@example.com"));
        Assert.Equal("인천광역시 서구 ***", PersonalDataMask.Address("인천광역시 서구 청라동 123-4"));
        Assert.Equal("1990-**-**", PersonalDataMask.BirthDate(new DateOnly(1990, 5, 17)));
    }
}
