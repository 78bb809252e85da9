namespace BackOffice.Tests.Credits;

/// <summary>001 §2.2.2: the deposit deadline "예약 당일을 포함하여 영업일 기준 N영업일까지" and the cancel "익일 오전 00시", and moving it on request.</summary>
public class VirtualAccountDeadlineTests
{
    private static readonly BusinessCalendar Calendar = new(KoreanHolidays.Seed());

    private static DateTimeOffset Kst(int y, int m, int d, int h = 12, int min = 0, int s = 0) => new(y, m, d, h, min, s, KoreanTime.Offset);

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    public static TheoryData<string, DateTimeOffset, int, DateOnly, DateOnly, string> Windows => new()
    {
        // 2026-11-20 is a Friday: Fri (day 1), Mon, Tue.
        { "001 §2.2.2 금요일 예약 3영업일, 주말 제외", Kst(2026, 11, 20, 10), 3, D(2026, 11, 20), D(2026, 11, 24), "예약 2026-11-20 당일 포함" },
        // A Saturday request: day 1 is the next business day (Monday).
        { "001 §2.2.2 토요일 예약: 첫 영업일 월요일부터", Kst(2026, 11, 21, 10), 3, D(2026, 11, 23), D(2026, 11, 25), "첫 영업일 2026-11-23부터" },
        // Chuseok 2026: 09-24 (Thu), 09-25 (Fri), 09-26 (Sat) are holidays.
        { "001 §2.2.2 추석 2026 전날 예약", Kst(2026, 9, 23, 15), 3, D(2026, 9, 23), D(2026, 9, 29), "추석" },
        { "001 §2.2.2 추석 당일 예약", Kst(2026, 9, 25, 15), 3, D(2026, 9, 28), D(2026, 9, 30), "첫 영업일 2026-09-28부터" },
        // 23:59:59 KST is still Friday; 00:00:00 KST is Saturday.
        { "001 §2.2.2 금요일 23:59:59 KST는 금요일", Kst(2026, 11, 20, 23, 59, 59), 3, D(2026, 11, 20), D(2026, 11, 24), "당일 포함" },
        { "001 §2.2.2 토요일 00:00:00 KST는 토요일", Kst(2026, 11, 21, 0), 3, D(2026, 11, 23), D(2026, 11, 25), "첫 영업일" },
        { "001 §2.2.2 UTC 15:00 = KST 다음 날 00:00", new DateTimeOffset(2026, 11, 20, 15, 0, 0, TimeSpan.Zero), 3, D(2026, 11, 23), D(2026, 11, 25), "첫 영업일" },
        { "001 §2.2.2 1영업일: 당일까지", Kst(2026, 11, 20, 10), 1, D(2026, 11, 20), D(2026, 11, 20), "1영업일" },
    };

    [Theory]
    [MemberData(nameof(Windows))]
    public void The_last_day_counts_the_request_day_and_business_days_only(string clause, DateTimeOffset requestedAt, int days, DateOnly first, DateOnly last, string ruleText)
    {
        var window = VirtualAccountDeadline.Compute(requestedAt, days, Calendar, "운영 정책");
        Assert.Equal((first, last), (window.FirstDay, window.LastDay));
        Assert.Equal(KoreanTime.StartOfDay(last.AddDays(1)), window.CancelsAt);
        Assert.Contains(ruleText, window.Rule, StringComparison.Ordinal);
        Assert.Contains("001 §2.2.2", window.Rule, StringComparison.Ordinal);
        Assert.Contains("운영 정책", window.Rule, StringComparison.Ordinal);
        Assert.Contains($"{last:yyyy-MM-dd}까지 입금", window.Rule, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(clause));
    }

    private static CreditTopUp Waiting(DateOnly last) => new()
    {
        Number = "T20261120-000001",
        Method = TopUpMethod.VirtualAccount,
        Status = TopUpStatus.AwaitingDeposit,
        DepositDeadline = last,
        CancelsAt = KoreanTime.StartOfDay(last.AddDays(1)),
    };

    public static TheoryData<string, DateTimeOffset, bool> CancelInstants => new()
    {
        { "001 §2.2.2 마지막 날 23:59:59 KST: 아직 입금 가능", Kst(2026, 11, 24, 23, 59, 59), false },
        { "001 §2.2.2 익일 00:00:00 KST: 자동 취소", Kst(2026, 11, 25, 0), true },
        { "001 §2.2.2 익일 00:10 KST: 자동 취소", Kst(2026, 11, 25, 0, 10), true },
    };

    [Theory]
    [MemberData(nameof(CancelInstants))]
    public void The_account_cancels_at_midnight_after_the_last_day(string clause, DateTimeOffset now, bool due)
    {
        Assert.True(VirtualAccountDeadline.CancelDue(Waiting(D(2026, 11, 24)), now) == due, clause);
    }

    public static TheoryData<string, DateTimeOffset, bool> ReminderInstants => new()
    {
        { "운영 정책: 마지막 날 08:59 KST 전에는 안내하지 않음", Kst(2026, 11, 24, 8, 59), false },
        { "001 §2.2.2 취소 전 EMAIL·SMS: 마지막 날 09:00 KST부터", Kst(2026, 11, 24, 9, 0), true },
        { "마지막 날 23:59:59 KST", Kst(2026, 11, 24, 23, 59, 59), true },
        { "전날에는 안내하지 않음", Kst(2026, 11, 23, 18, 0), false },
        { "취소 시각 이후에는 안내가 아니라 취소", Kst(2026, 11, 25, 0), false },
    };

    [Theory]
    [MemberData(nameof(ReminderInstants))]
    public void The_reminder_goes_on_the_last_day_before_the_cancel(string clause, DateTimeOffset now, bool due)
    {
        Assert.True(VirtualAccountDeadline.ReminderDue(Waiting(D(2026, 11, 24)), now) == due, clause);
        var reminded = Waiting(D(2026, 11, 24));
        reminded.CancelReminderAt = Kst(2026, 11, 24, 9, 0);
        Assert.False(VirtualAccountDeadline.ReminderDue(reminded, now), "once: " + clause);
    }

    public static TheoryData<string, TopUpMethod, TopUpStatus, DateOnly, string?, string?> Moves => new()
    {
        { "001 §2.2.2 고객 요청 변경", TopUpMethod.VirtualAccount, TopUpStatus.AwaitingDeposit, D(2026, 11, 27), "급여일 이후 입금 요청", null },
        { "오늘로 변경 가능", TopUpMethod.VirtualAccount, TopUpStatus.AwaitingDeposit, D(2026, 11, 20), "오늘 입금 예정", null },
        { "운영 정책: 14일째까지", TopUpMethod.VirtualAccount, TopUpStatus.AwaitingDeposit, D(2026, 12, 4), "출장 후 입금", null },
        { "운영 정책: 15일째는 불가", TopUpMethod.VirtualAccount, TopUpStatus.AwaitingDeposit, D(2026, 12, 5), "출장 후 입금", "14일" },
        { "지난 날짜 불가", TopUpMethod.VirtualAccount, TopUpStatus.AwaitingDeposit, D(2026, 11, 19), "고객 요청", "지난 날짜" },
        { "지금 기한과 같으면 불가", TopUpMethod.VirtualAccount, TopUpStatus.AwaitingDeposit, D(2026, 11, 24), "고객 요청", "같습니다" },
        { "사유 필수", TopUpMethod.VirtualAccount, TopUpStatus.AwaitingDeposit, D(2026, 11, 27), " ", "사유" },
        { "입금대기일 때만", TopUpMethod.VirtualAccount, TopUpStatus.Paid, D(2026, 11, 27), "고객 요청", "입금대기 중에만" },
        { "취소된 계좌는 불가", TopUpMethod.VirtualAccount, TopUpStatus.DepositCancelled, D(2026, 11, 27), "고객 요청", "입금대기 중에만" },
        { "카드 결제에는 기한 없음", TopUpMethod.Card, TopUpStatus.Approved, D(2026, 11, 27), "고객 요청", "가상계좌 충전이 아니어서" },
    };

    [Theory]
    [MemberData(nameof(Moves))]
    public void A_deadline_moves_on_request_only_while_waiting_to_a_near_future_day(string clause, TopUpMethod method, TopUpStatus status, DateOnly newLast, string? reason, string? problem)
    {
        var topUp = Waiting(D(2026, 11, 24));
        topUp.Method = method;
        topUp.Status = status;
        if (method == TopUpMethod.Card) topUp.DepositDeadline = null;
        var found = VirtualAccountDeadline.MoveProblem(topUp, newLast, D(2026, 11, 20), reason);
        if (problem is null) Assert.True(found is null, $"{clause}: {found}");
        else Assert.Contains(problem, found ?? "(허용됨)", StringComparison.Ordinal);
    }

    [Fact]
    public void A_moved_deadline_cancels_at_midnight_after_the_new_day_and_says_why()
    {
        var window = VirtualAccountDeadline.Moved(Waiting(D(2026, 11, 24)), D(2026, 11, 27), D(2026, 11, 20), "급여일 이후 입금");
        Assert.Equal(D(2026, 11, 27), window.LastDay);
        Assert.Equal(Kst(2026, 11, 28, 0), window.CancelsAt);
        Assert.Contains("2026-11-24 → 2026-11-27", window.Rule, StringComparison.Ordinal);
        Assert.Contains("급여일 이후 입금", window.Rule, StringComparison.Ordinal);
        Assert.Contains("001 §2.2.2", window.Rule, StringComparison.Ordinal);
    }
}
