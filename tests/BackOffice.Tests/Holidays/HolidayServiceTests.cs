using Microsoft.EntityFrameworkCore;

namespace BackOffice.Tests.Holidays;

public class HolidayServiceTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_added_holiday_is_listed_audited_and_skipped_by_business_day_arithmetic(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        h.Actor.Current = TestActor.Admin;
        var service = h.Get<HolidayService>();
        var friday = new DateOnly(2026, 11, 27);
        Assert.True((await h.Get<BusinessCalendarSource>().LoadAsync()).IsBusinessDay(friday));

        await service.AddAsync(friday, " 임시공휴일 ", isSubstitute: false);

        var row = Assert.Single(await service.ListAsync(2026), r => r.Date == friday);
        Assert.Equal(("임시공휴일", "금", false), (row.Name, row.Weekday, row.IsSubstitute));
        Assert.False((await h.Get<BusinessCalendarSource>().LoadAsync()).IsBusinessDay(friday));
        await using var db = await h.DbAsync();
        var audit = await db.AuditRecords.SingleAsync(a => a.Action == "holiday.add");
        Assert.Equal(("admin-id", "PublicHoliday", "2026-11-27"), (audit.ActorId, audit.EntityType, audit.EntityId));
        Assert.Contains("임시공휴일", audit.After);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_date_that_already_has_a_holiday_is_refused_in_Korean(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        h.Actor.Current = TestActor.Admin;
        var service = h.Get<HolidayService>();

        var duplicate = await Assert.ThrowsAsync<BusinessRuleException>(() => service.AddAsync(new DateOnly(2026, 5, 5), "중복", false));
        Assert.Equal("이미 등록된 날짜입니다: 2026-05-05 어린이날", duplicate.Message);
        var noName = await Assert.ThrowsAsync<BusinessRuleException>(() => service.AddAsync(new DateOnly(2026, 11, 27), "  ", false));
        Assert.Equal("공휴일 이름을 입력하세요.", noName.Message);
        var noDate = await Assert.ThrowsAsync<BusinessRuleException>(() => service.AddAsync(null, "이름", false));
        Assert.Equal("날짜를 입력하세요.", noDate.Message);

        await using var db = await h.DbAsync();
        Assert.Equal("어린이날", (await db.PublicHolidays.SingleAsync(x => x.Date == new DateOnly(2026, 5, 5))).Name);
        Assert.False(await db.AuditRecords.AnyAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Removing_is_audited_and_only_admins_may_change_the_table_while_all_staff_read_it(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var service = h.Get<HolidayService>();
        var hangul = Assert.Single(await service.ListAsync(2026), r => r.Name == "한글날");

        h.Actor.Current = TestActor.Compliance;
        await Assert.ThrowsAsync<ForbiddenException>(() => service.AddAsync(new DateOnly(2026, 11, 27), "임시공휴일", false));
        await Assert.ThrowsAsync<ForbiddenException>(() => service.RemoveAsync(hangul.Id));
        Assert.Equal(21, (await service.ListAsync(2026)).Count); // 2026: 21 days incl. 제헌절 (법 2026-01-29 개정)

        h.Actor.Current = TestActor.Admin;
        await service.RemoveAsync(hangul.Id);

        Assert.DoesNotContain(await service.ListAsync(2026), r => r.Name == "한글날");
        var gone = await Assert.ThrowsAsync<BusinessRuleException>(() => service.RemoveAsync(hangul.Id));
        Assert.Equal("이미 삭제된 공휴일입니다. 목록을 새로 고치세요.", gone.Message);
        await using var db = await h.DbAsync();
        var audit = await db.AuditRecords.SingleAsync();
        Assert.Equal(("holiday.remove", "2026-10-09"), (audit.Action, audit.EntityId));
        Assert.Contains("한글날", audit.Before);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_calculator_counts_business_days_and_names_the_days_it_skipped(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var service = h.Get<HolidayService>();

        var result = await service.CalculateAsync(new DateOnly(2026, 9, 23), 3);

        Assert.Equal(new DateOnly(2026, 9, 30), result.Result);
        Assert.Equal(["09-24 추석 연휴", "09-25 추석", "09-26 추석 연휴", "09-27 주말"], result.SkippedDays);
        var tooMany = await Assert.ThrowsAsync<BusinessRuleException>(() => service.CalculateAsync(new DateOnly(2026, 9, 23), -1));
        Assert.Equal("영업일 수는 0부터 365까지 입력하세요.", tooMany.Message);
        Assert.Contains(2027, await service.YearsAsync());
    }

    /// <summary>An installation seeded before the 2026-01-29 amendment gets 제헌절 once; a day staff remove later stays removed.</summary>
    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_older_installation_gets_Constitution_Day_once_and_staff_keep_the_last_word(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var dates = KoreanHolidays.Amendment20260129.Select(d => d.Date).ToList();
        await using (var db = await h.DbAsync())
        {
            db.PublicHolidays.RemoveRange(await db.PublicHolidays.Where(d => dates.Contains(d.Date)).ToListAsync());
            await db.SaveChangesAsync();
        }

        await ReferenceData.EnsureAsync(h.Services);
        var calendar = await h.Get<BusinessCalendarSource>().LoadAsync();
        Assert.All(dates, d => Assert.False(calendar.IsBusinessDay(d)));
        Assert.Equal("제헌절 대체공휴일", calendar.HolidayOn(new DateOnly(2027, 7, 19))?.Name);

        h.Actor.Current = TestActor.Admin;
        var service = h.Get<HolidayService>();
        var removed = Assert.Single(await service.ListAsync(2026), r => r.Date == new DateOnly(2026, 7, 17));
        await service.RemoveAsync(removed.Id);
        await ReferenceData.EnsureAsync(h.Services);

        Assert.DoesNotContain(await service.ListAsync(2026), r => r.Date == new DateOnly(2026, 7, 17));
        await using var check = await h.DbAsync();
        var amendment = await check.AuditRecords.SingleAsync(a => a.Action == "holiday.amendment");
        Assert.Equal(KoreanHolidays.AmendmentKey, amendment.EntityId);
        Assert.Contains("2027-07-19", amendment.After);
    }
}
