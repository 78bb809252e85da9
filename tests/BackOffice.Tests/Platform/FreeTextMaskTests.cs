using Microsoft.EntityFrameworkCore;

namespace BackOffice.Tests.Platform;

/// <summary>Issue 10 item 8: card and phone numbers typed into free text are masked before storage.</summary>
public class FreeTextMaskTests
{
    public static TheoryData<string, string> Cases => new()
    {
        // Card-like: 13–19 digits in a row, or grouped in fours / 4-6-5, keep the last 4.
        { "카드 9410220000000015 분실", "카드 ************0015 분실" },
        { "카드 9410-2200-0000-0015 분실", "카드 ****-****-****-0015 분실" },
        { "9410 2200 0000 0015", "**** **** **** 0015" },
        { "1234567890123", "*********0123" },            // 13 digits: the shortest card
        { "1234567890123456789", "***************6789" }, // 19 digits: the longest
        { "3782-822463-10005", "****-******-*0005" },     // 4-6-5
        { "4111 1111 1111 1111 123", "**** **** **** ***1 123" }, // 19 digits grouped 4-4-4-4-3
        // Korean phone numbers keep the prefix and the last 4.
        { "연락처 010-1234-5678 로 회신", "연락처 010-****-5678 로 회신" },
        { "01012345678", "010-****-5678" },
        { "010 1234 5678", "010-****-5678" },
        { "011-123-4567", "011-***-4567" },
        { "02-123-4567", "02-***-4567" },
        { "031-1234-5678", "031-****-5678" },
        { "070-1234-5678", "070-****-5678" },
        // Left alone: money, dates, times, short numbers, member and case numbers.
        { "환불액 1,000,000원", "환불액 1,000,000원" },
        { "1000000원 (12자리까지) 123456789012", "1000000원 (12자리까지) 123456789012" }, // 12 digits: not a card
        { "2026-12-01 14:30 방문", "2026-12-01 14:30 방문" },
        { "2026.12.01 20261201", "2026.12.01 20261201" },
        { "회원 M00012345, 접수 CI-20261201-0001", "회원 M00012345, 접수 CI-20261201-0001" },
        { "010-1234-567", "010-1234-567" },               // one digit short
        { "0101234567890", "*********7890" },             // 13 digits: card-like wins
        { "1234-5678-9012", "1234-5678-9012" },           // 12 digits grouped: not a card
        { "", "" },
        { "끝 4자리 0015", "끝 4자리 0015" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Card_and_phone_numbers_are_masked_and_nothing_else(string typed, string stored) =>
        Assert.Equal(stored, FreeTextMask.Apply(typed));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Masking_is_idempotent(string typed, string _) =>
        Assert.Equal(FreeTextMask.Apply(typed), FreeTextMask.Apply(FreeTextMask.Apply(typed)));

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Free_text_is_masked_on_save_whatever_writes_it(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 1);
        var typed = "고객 요청: 카드 9410-2200-0000-0015, 연락처 010-1234-5678, 금액 1,000,000원";
        await h.Writer.ExecuteAsync((db, _) =>
        {
            db.Record(TestActor.Agent, h.Clock.GetUtcNow(), "test.note", "Test", "1", reason: typed);
            return Task.CompletedTask;
        });
        await using var check = await h.DbAsync();
        var reason = await check.AuditRecords.Where(a => a.Action == "test.note").Select(a => a.Reason).SingleAsync();
        Assert.Equal("고객 요청: 카드 ****-****-****-0015, 연락처 010-****-5678, 금액 1,000,000원", reason);
    }

    public static TheoryData<string> Providers => TestDatabase.Providers();
}
