namespace BackOffice.Tests.Cases;

/// <summary>
/// The legal clocks (issue 13 item 2), one row per case with the clause it checks. The first day is not counted
/// (민법 제157조); an end on a Saturday, Sunday or public holiday (substitute holidays included) moves to the next
/// business day (민법 제161조); outage days are left out only where the rule says so (003 하나로 제15조③); a pause only
/// where the rule allows one.
/// </summary>
public class CaseClockTests
{
    private static readonly BusinessCalendar Calendar = new(KoreanHolidays.Seed());

    private static DateOnly D(string text) => DateOnly.Parse(text, KoreanTime.Culture);

    [Theory]
    // 접수 2026-09-18 + 15일 = 10-03 개천절 (토) → 10-04 일 → 10-05 대체공휴일 → 10-06 (003 하나로 제23조②, 민법 제157조·제161조)
    [InlineData("dispute.hanaro", "2026-09-18", "2026-10-06")]
    // 접수 2026-11-02 (월) + 14일 = 11-16 (월) (003 하나로 제17조①)
    [InlineData("error.hanaro", "2026-11-02", "2026-11-16")]
    // 추석 2026: 접수 09-10 + 15일 = 09-25 추석 → 09-26 추석 연휴 (토) → 09-27 (일) → 09-28 (월) (003 하나로 제23조②)
    [InlineData("dispute.hanaro", "2026-09-10", "2026-09-28")]
    // 추석 연휴 첫날에 끝남: 접수 09-09 + 15일 = 09-24 추석 연휴 → 09-28 (003 캐시비 제19조③)
    [InlineData("dispute.cashbee", "2026-09-09", "2026-09-28")]
    // 추석 연휴를 지나는 기간은 역일로 셈(연휴도 산입): 접수 09-20 + 14일 = 10-04 (일) → 10-05 대체공휴일 → 10-06 (003 하나로 제17조①)
    [InlineData("error.hanaro", "2026-09-20", "2026-10-06")]
    // 대체공휴일에 끝남: 접수 09-21 + 14일 = 10-05 개천절 대체공휴일 (월) → 10-06 (003 캐시비 제14조②)
    [InlineData("error.cashbee", "2026-09-21", "2026-10-06")]
    // 삼일절 대체공휴일: 접수 2026-02-15 + 15일 = 03-02 (월) → 03-03 (003 캐시비 제19조③ 불만 처리)
    [InlineData("complaint.cashbee", "2026-02-15", "2026-03-03")]
    // 일요일에 끝남: 접수 2026-11-01 (일) + 14일 = 11-15 (일) → 11-16 (월) (003 하나로 제17조①)
    [InlineData("error.hanaro", "2026-11-01", "2026-11-16")]
    // 토요일에 끝남: 접수 2026-11-06 (금) + 15일 = 11-21 (토) → 11-23 (월) (003 하나로 제23조②)
    [InlineData("complaint.hanaro", "2026-11-06", "2026-11-23")]
    // 해를 넘김: 접수 2026-12-17 + 15일 = 2027-01-01 신정 (금) → 01-04 (월) (003 하나로 제23조② 준용, 운영 정책)
    [InlineData("dispute.default", "2026-12-17", "2027-01-04")]
    // 추석 2027 (09-14~16): 접수 2027-08-31 + 15일 = 09-15 추석 → 09-17 (금) (004 보상 신청, 운영 정책)
    [InlineData("fraud.default", "2027-08-31", "2027-09-17")]
    // 설날 2027 + 대체공휴일: 접수 2027-01-25 + 14일 = 02-08 설날 연휴 → 02-09 대체공휴일 → 02-10 (003 하나로 제15조④)
    [InlineData("statement.hanaro", "2027-01-25", "2027-02-10")]
    // 오류 인지 (회사 발견): 인지 2026-12-11 + 14일 = 12-25 성탄절 (금) → 12-28 (월) (003 하나로 제17조②)
    [InlineData("error.found.hanaro", "2026-12-11", "2026-12-28")]
    // 캐시비 서면 교부: 본인 확인 2026-11-05 + 10일 = 11-15 (일) → 11-16 (월) (003 캐시비 제13조②)
    [InlineData("statement.cashbee", "2026-11-05", "2026-11-16")]
    public void Due_dates_follow_the_rule(string rule, string received, string expected)
    {
        var due = CaseClock.Compute(CaseClockRules.Get(rule), D(received), Calendar);
        Assert.Equal(D(expected), due.DueOn);
        Assert.Contains("민법 제157조", due.Derivation, StringComparison.Ordinal);
        Assert.Contains(CaseClockRules.Get(rule).Citation, due.Derivation, StringComparison.Ordinal);
        Assert.Equal((0, 0), (due.OutageDaysSkipped, due.PausedDaysSkipped));
    }

    [Fact]
    public void The_issue_example_reads_as_the_issue_writes_it()
    {
        var due = CaseClock.Compute(CaseClockRules.Get("dispute.hanaro"), D("2026-09-18"), Calendar);
        Assert.Equal(
            "접수 2026-09-18 → 15일 → 2026-10-03(개천절) → 다음 영업일 2026-10-06 (민법 제157조 초일 불산입, 제161조) · 분쟁 처리 15일: 003 하나로 제23조②",
            due.Derivation);
    }

    [Fact]
    public void An_end_on_a_business_day_cites_only_the_first_day_rule()
    {
        var due = CaseClock.Compute(CaseClockRules.Get("error.hanaro"), D("2026-11-02"), Calendar);
        Assert.Equal("접수 2026-11-02 → 14일 → 2026-11-16 (민법 제157조 초일 불산입) · 오류 정정 2주: 003 하나로 제17조①", due.Derivation);
    }

    [Theory]
    // 서면 교부는 장애일을 빼고 셈 (003 하나로 제15조③): 접수 11-02 + 14일, 11-10 장애 → 11-17
    [InlineData("statement.hanaro", "2026-11-02", "2026-11-10", "2026-11-17", 1)]
    // 장애 이틀 (11-10, 11-11) → 11-18
    [InlineData("statement.hanaro", "2026-11-02", "2026-11-10,2026-11-11", "2026-11-18", 2)]
    // 캐시비 서면 교부: 본인 확인 11-05 + 10일, 11-06 장애 → 11-16 (월) (003 캐시비 제13조②, 제15조③ 준용)
    [InlineData("statement.cashbee", "2026-11-05", "2026-11-06", "2026-11-16", 1)]
    // 장애일 제외 후 끝이 토요일: 접수 11-06 + 14일 = 11-20 (금), 11-09 장애 → 11-21 (토) → 11-23 (월)
    [InlineData("statement.hanaro", "2026-11-06", "2026-11-09", "2026-11-23", 1)]
    // 접수일(초일)의 장애는 어차피 산입하지 않음 → 11-16
    [InlineData("statement.hanaro", "2026-11-02", "2026-11-02", "2026-11-16", 0)]
    // 기간 밖의 장애는 영향 없음 → 11-16
    [InlineData("statement.hanaro", "2026-11-02", "2026-11-20", "2026-11-16", 0)]
    // 분쟁 처리는 장애일을 빼지 않음 (003 하나로 제23조②에 그런 규정 없음): 11-02 + 15일 = 11-17
    [InlineData("dispute.hanaro", "2026-11-02", "2026-11-10", "2026-11-17", 0)]
    // 오류 정정도 빼지 않음 (003 하나로 제17조①)
    [InlineData("error.hanaro", "2026-11-02", "2026-11-10", "2026-11-16", 0)]
    public void Outage_days_inside_the_window_are_left_out_only_where_the_rule_says_so(
        string rule, string received, string outages, string expected, int skipped)
    {
        var days = outages.Split(',').Select(D).ToHashSet();
        var due = CaseClock.Compute(CaseClockRules.Get(rule), D(received), Calendar, days);
        Assert.Equal((D(expected), skipped), (due.DueOn, due.OutageDaysSkipped));
        if (skipped > 0) Assert.Contains($"장애일 {skipped}일 제외", due.Derivation, StringComparison.Ordinal);
        else Assert.DoesNotContain("일 제외(", due.Derivation, StringComparison.Ordinal);
    }

    [Fact]
    public void The_identity_confirmation_start_is_named_in_the_derivation()
    {
        // 003 캐시비 제13조②: 본인 확인 후 10일. 접수는 11-02였어도 기한은 본인 확인(11-05)부터.
        var due = CaseClock.Compute(CaseClockRules.Get("statement.cashbee"), D("2026-11-05"), Calendar);
        Assert.StartsWith("본인 확인 2026-11-05 → 10일 → 2026-11-15(일) → 다음 영업일 2026-11-16", due.Derivation);
        Assert.Contains("003 캐시비 제13조②", due.Derivation, StringComparison.Ordinal);
    }

    [Fact]
    public void The_operator_found_start_is_named_in_the_derivation()
    {
        var due = CaseClock.Compute(CaseClockRules.Get("error.found.hanaro"), D("2026-11-02"), Calendar);
        Assert.StartsWith("오류 인지 2026-11-02 → 14일 → 2026-11-16", due.Derivation);
        Assert.Contains("003 하나로 제17조②", due.Derivation, StringComparison.Ordinal);
    }

    [Theory]
    // 분쟁 (정지 허용): 11-02 + 15일 = 11-17, 11-05~11-07 자료 대기 3일 → 11-20 (금)
    [InlineData("dispute.hanaro", "2026-11-05", "2026-11-08", "2026-11-20", 3)]
    // 정지 뒤 끝이 일요일: 11-02 + 15일 + 5일 = 11-22 (일) → 11-23
    [InlineData("dispute.hanaro", "2026-11-05", "2026-11-10", "2026-11-23", 5)]
    // 추석을 낀 정지 (09-24~09-27): 접수 09-18 + 15일 + 4일 = 10-07 (수)
    [InlineData("complaint.hanaro", "2026-09-24", "2026-09-28", "2026-10-07", 4)]
    public void A_pause_adds_the_paused_days_where_the_rule_allows_one(string rule, string from, string until, string expected, int paused)
    {
        var received = rule == "complaint.hanaro" ? D("2026-09-18") : D("2026-11-02");
        var due = CaseClock.Compute(CaseClockRules.Get(rule), received, Calendar, pauses: [new ClockPause(D(from), D(until))]);
        Assert.Equal((D(expected), paused), (due.DueOn, due.PausedDaysSkipped));
        Assert.Contains($"자료 대기 정지 {paused}일 제외", due.Derivation, StringComparison.Ordinal);
    }

    [Theory]
    // 오류 정정 (003 하나로 제17조), 서면 교부 (제15조④)는 정지가 없음: 정지 기록이 있어도 세지 않음
    [InlineData("error.hanaro", "2026-11-16")]
    [InlineData("statement.hanaro", "2026-11-16")]
    public void A_pause_does_not_move_a_clock_whose_rule_allows_none(string rule, string expected)
    {
        Assert.False(CaseClockRules.Get(rule).AllowsPause);
        var due = CaseClock.Compute(CaseClockRules.Get(rule), D("2026-11-02"), Calendar, pauses: [new ClockPause(D("2026-11-05"), D("2026-11-08"))]);
        Assert.Equal((D(expected), 0), (due.DueOn, due.PausedDaysSkipped));
    }

    [Theory]
    [InlineData(CaseType.Dispute, ProgramPresets.Hanaro, false, "dispute.hanaro")]
    [InlineData(CaseType.Dispute, ProgramPresets.Cashbee, false, "dispute.cashbee")]
    [InlineData(CaseType.Dispute, null, false, "dispute.default")]
    [InlineData(CaseType.ErrorCorrection, ProgramPresets.Hanaro, true, "error.found.hanaro")]
    [InlineData(CaseType.ErrorCorrection, ProgramPresets.Cashbee, false, "error.cashbee")]
    [InlineData(CaseType.PaperStatement, ProgramPresets.Cashbee, false, "statement.cashbee")]
    [InlineData(CaseType.PaperStatement, ProgramPresets.Hanaro, false, "statement.hanaro")]
    [InlineData(CaseType.FraudClaim, ProgramPresets.Hanaro, false, "fraud.default")]
    public void The_rule_follows_the_type_and_the_program(CaseType type, string? program, bool found, string expected) =>
        Assert.Equal(expected, CaseClockRules.For(type, program, found).Key);

    [Fact]
    public void Every_rule_names_its_clause_and_only_statement_rules_skip_outages()
    {
        foreach (var rule in CaseClockRules.All)
        {
            Assert.Matches(@"^(00\d |운영 정책)", rule.Citation);
            Assert.Equal(rule.Type == CaseType.PaperStatement, rule.SkipsOutageDays);
            Assert.True(rule.Span > 0);
        }
    }
}
