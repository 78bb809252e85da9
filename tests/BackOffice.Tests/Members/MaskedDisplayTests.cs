namespace BackOffice.Tests.Members;

public class MaskedDisplayTests
{
    private static readonly string Number = CardNumber.WithCheckDigit("941022000000001");

    private static CardSummary Card(long id, string number, CardStatus status = CardStatus.Active, long? replaces = null) =>
        new(id, CardNumber.Mask(number), number[^4..], "서로e음 지역화폐카드", status, IsNamed: false, IsRegistered: true, IsMain: id == 1,
            "서로e음 기본", new DateOnly(2025, 10, 26), null, new DateOnly(2030, 10, 26), null, replaces, 62_400);

    [Fact]
    public async Task A_masked_value_offers_the_reveal_button_and_never_the_value()
    {
        var html = await ComponentHost.RenderAsync<MaskedValue>(new Dictionary<string, object?>
        {
            ["Masked"] = "010-****-5678",
            ["TestId"] = "field-phone",
        });
        Assert.Contains("010-****-5678", html);
        Assert.Contains("field-phone-reveal", html);
        Assert.Contains("보기", html);
    }

    [Fact]
    public async Task A_revealed_value_is_marked_and_has_no_reveal_button()
    {
        var html = await ComponentHost.RenderAsync<MaskedValue>(new Dictionary<string, object?>
        {
            ["Masked"] = "010-****-5678",
            ["Revealed"] = "010-1234-5678",
            ["TestId"] = "field-phone",
        });
        Assert.Contains("class=\"revealed\"", html);
        Assert.Contains("010-1234-5678", html);
        Assert.DoesNotContain("field-phone-reveal", html);
    }

    [Fact]
    public async Task The_card_list_shows_last_four_digits_balances_and_the_replacement_chain()
    {
        var replacement = CardNumber.WithCheckDigit("941022000000002");
        var html = await ComponentHost.RenderAsync<MemberCards>(new Dictionary<string, object?>
        {
            ["Cards"] = new List<CardSummary> { Card(2, replacement, replaces: 1), Card(1, Number, CardStatus.Replaced) },
        });

        Assert.DoesNotContain(Number, html);
        Assert.DoesNotContain(replacement, html);
        Assert.DoesNotContain(Number[..12], html);
        Assert.Contains($"**** **** **** {Number[^4..]}", html);
        Assert.Contains($"재발급: 이전 카드 *{Number[^4..]}", html);
        Assert.Contains("재발급 대체", html);
        Assert.Contains("62,400원", html);
    }

    [Fact]
    public async Task A_revealed_card_number_shows_on_its_own_card_only()
    {
        // The list holds one card's full number (revealed by the page after an audited read): only that card shows it.
        var replacement = CardNumber.WithCheckDigit("941022000000002");
        var html = await ComponentHost.RenderAsync<MemberCards>(new Dictionary<string, object?>
        {
            ["Cards"] = new List<CardSummary> { Card(2, replacement, replaces: 1), Card(1, Number, CardStatus.Replaced) },
            ["Revealed"] = new Dictionary<long, string> { [1] = CardNumber.Format(Number) },
        });

        Assert.Contains($"<span class=\"revealed\">{CardNumber.Format(Number)}</span>", html);
        Assert.Contains($"<span class=\"masked\">{CardNumber.Mask(replacement)}</span>", html);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "class=\"revealed\""));
        Assert.DoesNotContain($"card-{Number[^4..]}-reveal", html); // the revealed card has no button left
        Assert.Contains($"card-{replacement[^4..]}-reveal", html);
    }

    [Fact]
    public async Task An_empty_card_list_says_so()
    {
        var html = await ComponentHost.RenderAsync<MemberCards>(new Dictionary<string, object?> { ["Cards"] = new List<CardSummary>() });
        Assert.Contains("보유한 카드가 없습니다.", html);
    }
}
