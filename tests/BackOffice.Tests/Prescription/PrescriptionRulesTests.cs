namespace BackOffice.Tests.Prescription;

/// <summary>004 제5조①②③ as a table: when a balance is prescribed, who is told, and when silence becomes consent.</summary>
public class PrescriptionRulesTests
{
    private static DateTimeOffset Kst(int y, int m, int d, int h = 0, int min = 0, int s = 0) => new(y, m, d, h, min, s, KoreanTime.Offset);

    private static ProgramPolicy Policy => ProgramPresets.All().Single(p => p.Program.Code == ProgramPresets.CardCompanyPrepaid).Policy;

    // 004 제5조①: "최종사용월로부터 5년" — the month counts whole, so the years run from the end of that month (KST).
    public static TheoryData<DateTimeOffset, DateOnly> MonthBoundaries => new()
    {
        { Kst(2021, 3, 1), new DateOnly(2026, 4, 1) },                 // first instant of the month
        { Kst(2021, 3, 31, 23, 59, 59), new DateOnly(2026, 4, 1) },    // last second of the month
        { Kst(2021, 4, 1), new DateOnly(2026, 5, 1) },                 // next month
        { Kst(2021, 2, 28, 23, 59, 59), new DateOnly(2026, 3, 1) },
        { new DateTimeOffset(2021, 3, 31, 15, 0, 0, TimeSpan.Zero), new DateOnly(2026, 5, 1) }, // 2021-04-01 00:00 KST
        { new DateTimeOffset(2021, 3, 31, 14, 59, 59, TimeSpan.Zero), new DateOnly(2026, 4, 1) }, // 2021-03-31 23:59:59 KST
    };

    [Theory]
    [MemberData(nameof(MonthBoundaries))]
    public void Prescribed_from_the_first_day_after_five_years_from_the_end_of_the_month_of_last_use(DateTimeOffset lastUse, DateOnly expected)
    {
        var (from, derivation) = PrescriptionRules.Prescribed(lastUse, neverUsed: false, 5);
        Assert.Equal(expected, from);
        Assert.Equal($"최종사용월 {lastUse.ToKst():yyyy-MM} → 5년 → {expected:yyyy-MM-dd}부터 소멸시효 완성 (004 제5조①)", derivation);
        Assert.False(PrescriptionRules.IsPrescribed(expected.AddDays(-1), from)); // the day before: still owed
        Assert.True(PrescriptionRules.IsPrescribed(expected, from));
    }

    [Fact]
    public void A_never_used_card_counts_from_the_month_of_sale_or_top_up()
    {
        var (from, derivation) = PrescriptionRules.Prescribed(Kst(2021, 5, 20), neverUsed: true, 5);
        Assert.Equal(new DateOnly(2026, 6, 1), from);
        Assert.StartsWith("판매·충전월 2021-05", derivation);
    }

    // 004 제5조②: 5만원 이상의 기명식 선불카드 → 1개월 전 통지; others with a member told too (운영 정책); no member → no one to tell.
    public static TheoryData<bool, bool, long, bool, bool, string> NoticeCases => new()
    {
        { true, true, 50_000, true, true, "004 제5조②" },        // named, exactly the minimum: required
        { true, true, 60_000, true, true, "004 제5조②" },
        { true, true, 49_999, false, true, "운영 정책" },         // named, one won below: told anyway
        { false, true, 100_000, false, true, "무기명 카드" },     // bearer: no duty, told anyway
        { true, false, 100_000, false, false, "회원 정보가 없는 카드" },
        { false, false, 1_000, false, false, "통지 없이" },
    };

    [Theory]
    [MemberData(nameof(NoticeCases))]
    public void Who_is_told_before_the_donation(bool named, bool hasMember, long balance, bool required, bool send, string ruleContains)
    {
        var decision = PrescriptionRules.Notice(named, hasMember ? 7 : null, balance, Policy);
        Assert.Equal(required, decision.Required);
        Assert.Equal(send, decision.Send);
        Assert.Contains(ruleContains, decision.Rule);
    }

    // 004 제5조③ "30일 이내", 민법 제157조 (초일 불산입): notice 07-01 → day 30 is 07-31 (deadline), day 31 is 08-01.
    public static TheoryData<DateOnly, int, bool> DueDays => new()
    {
        { new DateOnly(2026, 7, 1), 29, false },
        { new DateOnly(2026, 7, 1), 30, false }, // day 30: the member may still object
        { new DateOnly(2026, 7, 1), 31, true },  // day 31: silence = consent
        { new DateOnly(2026, 1, 31), 30, false }, // across February: day 30 is 03-02
        { new DateOnly(2026, 1, 31), 31, true },  // 03-03, a month and more after the notice
    };

    [Theory]
    [MemberData(nameof(DueDays))]
    public void Due_only_after_the_thirty_days_and_on_the_planned_day(DateOnly noticeDay, int daysAfter, bool due)
    {
        var deadline = PrescriptionRules.ObjectionDeadline(noticeDay, 30);
        var planned = PrescriptionRules.PlannedDonation(noticeDay, 1, 30);
        var today = noticeDay.AddDays(daysAfter);
        Assert.Equal(due, PrescriptionRules.IsDue(today, deadline, planned, objected: false));
        Assert.False(PrescriptionRules.IsDue(today.AddYears(1), deadline, planned, objected: true)); // an objection stops it for good
    }

    // The planned day: the later of notice + 1 month (004 제5조②) and the day after the deadline (제5조③).
    public static TheoryData<DateOnly, DateOnly, DateOnly> PlannedDays => new()
    {
        { new DateOnly(2026, 7, 1), new DateOnly(2026, 7, 31), new DateOnly(2026, 8, 1) },  // both the same day
        { new DateOnly(2026, 1, 31), new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 3) },  // February: the 30 days are longer than the month
        { new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31), new DateOnly(2026, 4, 1) },
        { new DateOnly(2026, 8, 15), new DateOnly(2026, 9, 14), new DateOnly(2026, 9, 15) },
        { new DateOnly(2026, 12, 31), new DateOnly(2027, 1, 30), new DateOnly(2027, 1, 31) }, // across the year end
    };

    [Theory]
    [MemberData(nameof(PlannedDays))]
    public void The_planned_donation_day_is_never_before_a_month_nor_before_the_objection_window_ends(DateOnly noticeDay, DateOnly deadline, DateOnly planned)
    {
        Assert.Equal(deadline, PrescriptionRules.ObjectionDeadline(noticeDay, 30));
        Assert.Equal(planned, PrescriptionRules.PlannedDonation(noticeDay, 1, 30));
        Assert.True(planned >= noticeDay.AddMonths(1));
        Assert.True(planned > deadline);
        Assert.True(PrescriptionRules.IsDue(planned, deadline, planned, objected: false));
        Assert.False(PrescriptionRules.IsDue(planned.AddDays(-1), deadline, planned, objected: false));
    }
}
