using Microsoft.EntityFrameworkCore;

namespace BackOffice.Tests.Credits;

/// <summary>The demo member M90001501 the credit tab's end-to-end test reads: three lots, one used up, one in use expiring in 20 days with its notice, one fresh.</summary>
public class DemoCreditsTests
{
    [Fact]
    public async Task The_demo_credit_member_has_a_used_up_lot_one_expiring_with_its_notice_and_a_fresh_one()
    {
        await using var h = await Harness.StartAsync("sqlite", clock: KstClock.At(2026, 12, 2, 11));
        var now = h.Clock.GetUtcNow();
        await DemoCredits.AddAsync(h.Services, now);
        await DemoCredits.AddAsync(h.Services, now);   // a second start adds nothing

        await using (var db = await h.DbAsync())
        {
            var member = await db.Members.SingleAsync(m => m.MemberNo == DemoCredits.MemberNo);
            var lots = await db.ValueLots.Where(l => l.MemberId == member.Id).OrderBy(l => l.AcquiredAt).ToListAsync();
            Assert.Equal(3, lots.Count);
            Assert.Equal((LotState.Used, 0L), (lots[0].State, lots[0].Remaining));
            Assert.Equal((LotState.Open, 4_000L), (lots[1].State, lots[1].Remaining));
            Assert.Equal(new DateOnly(2026, 12, 22), lots[1].ExpiresOn);
            Assert.Contains("case 2", lots[1].ExpiryRule, StringComparison.Ordinal);
            Assert.Equal(new DateOnly(2026, 11, 22), lots[1].ExpiryNoticeAt!.Value.ToKstDate());
            Assert.Equal((LotState.Open, 4_000L), (lots[2].State, lots[2].Remaining));
            Assert.True(await db.NoticeMessages.AnyAsync(n => n.MemberId == member.Id && n.TemplateKey == CreditNoticeKeys.ExpirySoon));
        }

        h.Actor.Current = TestActor.Agent;
        var view = await h.Get<CreditService>().ForMemberAsync((await MemberIdAsync(h)));
        Assert.Equal(8_000, view.Balance);
        Assert.Equal("8,000 C", CreditService.Credits(view.Balance));
        Assert.Contains(view.Months, m => m.Text == "2026-12 소멸 예정 4,000 C");
        Assert.Contains(view.Lots, l => l.ExpiryText == "2026-12-22 까지 사용 · 2026-12-23 소멸 예정");
        Assert.NotEmpty(view.Notices);
        await CreditTestData.AssertConsistentAsync(h);
    }

    private static async Task<long> MemberIdAsync(Harness h)
    {
        await using var db = await h.DbAsync();
        return await db.Members.Where(m => m.MemberNo == DemoCredits.MemberNo).Select(m => m.Id).SingleAsync();
    }
}
