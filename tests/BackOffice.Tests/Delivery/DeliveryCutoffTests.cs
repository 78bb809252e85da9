namespace BackOffice.Tests.Delivery;

/// <summary>
/// 000 배송: "배송지 변경은 신청 당일에만 가능" (the card goes to the post office the next day). The rule is the calendar day
/// of the application in Korea time: a weekend or a holiday does not extend it (<see cref="DeliveryCutoff"/>).
/// </summary>
public class DeliveryCutoffTests
{
    private static DateTimeOffset Kst(int month, int day, int hour, int minute = 0, int second = 0) =>
        new(2026, month, day, hour, minute, second, KoreanTime.Offset);

    public static TheoryData<string, DateOnly, DateTimeOffset, bool> Cases => new()
    {
        // clause, application day (KST), now, change allowed
        { "000 배송: 신청 당일 오전", new(2026, 12, 1), Kst(12, 1, 10), true },
        { "000 배송: 신청 당일 23:59:59까지", new(2026, 12, 1), Kst(12, 1, 23, 59, 59), true },
        { "000 배송: 다음 날 00:00:00부터 불가", new(2026, 12, 1), Kst(12, 2, 0), false },
        { "000 배송: 같은 순간을 UTC로 (14:59:59Z)", new(2026, 12, 1), new DateTimeOffset(2026, 12, 1, 14, 59, 59, TimeSpan.Zero), true },
        { "000 배송: 같은 순간을 UTC로 (15:00:00Z = 다음 날 00:00 KST)", new(2026, 12, 1), new DateTimeOffset(2026, 12, 1, 15, 0, 0, TimeSpan.Zero), false },
        { "000 배송: 금요일 신청, 토요일 00:00 불가 (주말은 기한을 늘리지 않음)", new(2026, 12, 4), Kst(12, 5, 0), false },
        { "000 배송: 토요일 신청, 토요일 23:59:59 가능", new(2026, 12, 5), Kst(12, 5, 23, 59, 59), true },
        { "000 배송: 토요일 신청, 일요일 00:00 불가", new(2026, 12, 5), Kst(12, 6, 0), false },
        { "000 배송: 성탄절(공휴일) 신청, 당일 23:59:59 가능", new(2026, 12, 25), Kst(12, 25, 23, 59, 59), true },
        { "000 배송: 성탄절(공휴일) 신청, 다음 날 00:00 불가", new(2026, 12, 25), Kst(12, 26, 0), false },
        { "000 배송: 추석 연휴 신청, 다음 날 00:00 불가", new(2026, 9, 24), Kst(9, 25, 0), false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_address_changes_only_on_the_application_day(string clause, DateOnly applicationDay, DateTimeOffset now, bool allowed)
    {
        var problem = DeliveryCutoff.Problem(ShipmentStatus.Requested, applicationDay, addressLockedAt: null, now);
        Assert.True(allowed == (problem is null), $"{clause}: {problem}");
        if (!allowed)
        {
            Assert.Contains($"신청일({applicationDay:yyyy-MM-dd}) 23:59:59까지만", problem);
            Assert.Contains(DeliveryCutoff.Instead, problem); // what to do instead
        }
    }

    [Fact]
    public void The_cut_off_is_the_next_midnight_in_korea_time() =>
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 15, 0, 0, TimeSpan.Zero), DeliveryCutoff.EndOf(new DateOnly(2026, 12, 1)));

    [Fact]
    public void The_rule_names_the_day_the_time_and_the_clause() =>
        Assert.StartsWith("신청일 2026-12-01 23:59:59까지 변경 가능 (000 배송", DeliveryCutoff.Rule(new DateOnly(2026, 12, 1)));

    [Fact]
    public void A_locked_address_is_refused_even_on_the_application_day()
    {
        var problem = DeliveryCutoff.Problem(ShipmentStatus.Requested, new DateOnly(2026, 12, 1), Kst(12, 1, 9), Kst(12, 1, 10));
        Assert.NotNull(problem);
        Assert.Contains("주소가 잠겼습니다", problem);
        Assert.Contains(DeliveryCutoff.Instead, problem);
    }

    [Theory]
    [InlineData(ShipmentStatus.Preparing)]
    [InlineData(ShipmentStatus.InTransit)]
    [InlineData(ShipmentStatus.Returned)]
    [InlineData(ShipmentStatus.Cancelled)]
    public void Only_a_requested_shipment_changes_its_address(ShipmentStatus status)
    {
        var problem = DeliveryCutoff.Problem(status, new DateOnly(2026, 12, 1), null, Kst(12, 1, 10));
        Assert.NotNull(problem);
        Assert.Contains(ShipmentLog.Name(status), problem);
    }
}
