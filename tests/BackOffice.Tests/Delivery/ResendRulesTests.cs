namespace BackOffice.Tests.Delivery;

/// <summary>Re-send fees, the happy-call notice and the address rule (issue 14 item 5).</summary>
public class ResendRulesTests
{
    [Theory]
    // kind, earlier re-sends of the card, fee, clause in the rule
    [InlineData(ShipmentKind.Resend, 0, 0L, "000 배송 (반송 카드는 최초 1회에 한하여 무료로 재발송)")] // 000 배송: first re-send free
    [InlineData(ShipmentKind.Resend, 1, 3_000L, "운영 정책")] // later re-sends: the program's CardResendFee (운영 정책)
    [InlineData(ShipmentKind.Resend, 4, 3_000L, "5번째 재발송")]
    [InlineData(ShipmentKind.WrongCardResend, 0, 0L, "000 배송 (신청한 카드와 다른 카드가 배송된 경우")] // 000 배송: the chosen design, no fee
    [InlineData(ShipmentKind.WrongCardResend, 3, 0L, "선택한 디자인으로 무료 재발송")]
    public void Resend_fees_follow_000_delivery(ShipmentKind kind, int earlier, long fee, string rule)
    {
        var result = ResendRules.Fee(kind, earlier, 3_000);
        Assert.Equal(fee, result.Fee);
        Assert.Contains(rule, result.Rule, StringComparison.Ordinal);
    }

    [Theory]
    // unsuccessful attempts so far (including this one), notice already sent, sends now (운영 정책: 3회)
    [InlineData(1, false, false)]
    [InlineData(2, false, false)]
    [InlineData(3, false, true)]
    [InlineData(4, true, false)]
    [InlineData(4, false, true)]
    public void The_unreached_notice_goes_once_after_the_third_unsuccessful_call(int failures, bool sent, bool sends) =>
        Assert.Equal(sends, ResendRules.SendsUnreachedNotice(failures, sent));

    [Theory]
    [InlineData(HappyCallOutcome.NoAnswer, true)]
    [InlineData(HappyCallOutcome.WrongNumber, true)]
    [InlineData(HappyCallOutcome.Reached, false)]
    [InlineData(HappyCallOutcome.Declined, false)]
    public void Only_calls_that_did_not_reach_the_member_count(HappyCallOutcome outcome, bool unsuccessful) =>
        Assert.Equal(unsuccessful, ResendRules.IsUnsuccessful(outcome));

    [Theory]
    [InlineData("21999", "인천광역시 연수구 컨벤시아대로 165", "101동 202호", null)]
    [InlineData("2199", "인천광역시 연수구 컨벤시아대로 165", "", "우편번호는 숫자 5자리로 입력하세요.")]
    [InlineData("2199a", "인천광역시 연수구 컨벤시아대로 165", "", "우편번호는 숫자 5자리로 입력하세요.")]
    [InlineData("21999", " ", "", "도로명주소를 입력하세요.")]
    public void Korean_addresses_need_a_postcode_and_a_road_name_address(string postcode, string road, string detail, string? problem) =>
        Assert.Equal(problem, ResendRules.AddressProblem(postcode, road, detail));

    [Fact]
    public void Address_lines_have_their_lengths()
    {
        Assert.Equal("도로명주소는 200자 이하로 입력하세요.", ResendRules.AddressProblem("21999", new string('가', 201), ""));
        Assert.Null(ResendRules.AddressProblem("21999", new string('가', 200), new string('나', 100)));
        Assert.Equal("상세주소는 100자 이하로 입력하세요.", ResendRules.AddressProblem("21999", "도로", new string('나', 101)));
    }
}
