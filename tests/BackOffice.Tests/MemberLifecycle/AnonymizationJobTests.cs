using Microsoft.EntityFrameworkCore;
using static BackOffice.Tests.Refunds.RefundScenario;

namespace BackOffice.Tests.MemberLifecycle;

public class AnonymizationJobTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Personal_data_is_erased_once_the_retention_date_has_come_and_the_ledger_stays(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var leaving = await NewCardAsync(h);
        await TopUpAsync(h, leaving, 10_000, DaysAgo(h, 5));
        var staying = await NewCardAsync(h);
        await h.Get<MemberLifecycleService>().WithdrawAsync(new WithdrawCommand(leaving.MemberId, WithdrawalChoice.ForfeitWithConsent, "소멸 동의", ConsentChannel.Visit, "해외 이주", "w-1"));
        string memberNo;
        int entries;
        await using (var db = await h.DbAsync())
        {
            memberNo = await db.Members.Where(m => m.Id == leaving.MemberId).Select(m => m.MemberNo).SingleAsync();
            entries = await db.Postings.CountAsync(p => p.Account!.MemberId == leaving.MemberId);
        }

        // 2031-11-19 23:59 KST: the retention (5 years from 2026-11-20) has not ended yet.
        h.Clock.SetUtcNow(new DateTimeOffset(2031, 11, 19, 23, 59, 0, TimeSpan.FromHours(9)));
        Assert.Equal("탈퇴 회원 개인정보 익명화 0명", (await h.RunJobAsync<AnonymizeWithdrawnMembersJob>()).Message);
        Assert.Equal("정환불", await NameAsync(h, leaving.MemberId));

        h.Clock.SetUtcNow(new DateTimeOffset(2031, 11, 20, 0, 0, 0, TimeSpan.FromHours(9)));
        Assert.Equal("탈퇴 회원 개인정보 익명화 1명", (await h.RunJobAsync<AnonymizeWithdrawnMembersJob>()).Message);
        Assert.Equal("탈퇴 회원 개인정보 익명화 0명", (await h.RunJobAsync<AnonymizeWithdrawnMembersJob>()).Message); // idempotent

        await using (var db = await h.DbAsync())
        {
            var m = await db.Members.AsNoTracking().SingleAsync(x => x.Id == leaving.MemberId);
            Assert.Equal(("(익명화)", "", "", "", "", null, "", ""), (m.Name, m.Phone, m.Email, m.Address, m.BankName, m.BankAccountCipher, m.BankAccountLast4, m.BankAccountHolder));
            Assert.Equal((memberNo, MemberStatus.Withdrawn, h.Clock.GetUtcNow()), (m.MemberNo, m.Status, m.AnonymizedAt!.Value));
            Assert.Equal(new DateOnly(1900, 1, 1), m.BirthDate);
            Assert.Equal(entries, await db.Postings.CountAsync(p => p.Account!.MemberId == leaving.MemberId));
            var audit = await db.AuditRecords.SingleAsync(a => a.Action == "member.anonymize");
            Assert.Equal(leaving.MemberId, audit.MemberId);
            var text = $"{audit.Before} {audit.After} {audit.Reason}";
            Assert.DoesNotContain("정환불", text);
            Assert.DoesNotContain("01099990000", text);
            Assert.DoesNotContain("refund@example.com", text);
            Assert.Equal("정환불", await db.Members.Where(x => x.Id == staying.MemberId).Select(x => x.Name).SingleAsync()); // not withdrawn: untouched
        }
        Assert.Equal("익명화", (await h.Get<MemberLifecycleService>().StateAsync(leaving.MemberId)).Label);
        await AssertLedgerConsistentAsync(h);
    }

    private static async Task<string> NameAsync(Harness h, long memberId)
    {
        await using var db = await h.DbAsync();
        return await db.Members.Where(m => m.Id == memberId).Select(m => m.Name).SingleAsync();
    }
}
