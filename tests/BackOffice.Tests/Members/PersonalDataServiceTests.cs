using Microsoft.EntityFrameworkCore;

namespace BackOffice.Tests.Members;

public class PersonalDataServiceTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Unmasking_with_a_reason_shows_the_value_and_audits_who_why_and_what(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 3);
        await using var db = await h.DbAsync();
        var member = await db.Members.SingleAsync(m => m.MemberNo == "M00000001");

        var phone = await h.Get<PersonalDataService>().UnmaskAsync(member.Id, PersonalField.Phone, "본인 확인 통화 중");

        Assert.Equal("010-1234-5678", phone);
        var audit = await db.AuditRecords.SingleAsync(a => a.Action == "member.unmask");
        Assert.Equal(("agent-id", "김상담", "본인 확인 통화 중", member.Id), (audit.ActorId, audit.ActorName, audit.Reason, audit.MemberId!.Value));
        Assert.Contains("Phone", audit.After);
        Assert.Equal(h.Clock.GetUtcNow(), audit.At);

        var timeline = await h.Get<MemberQueries>().GetTimelineAsync(member.Id);
        Assert.Contains(timeline, e => e.Title == "개인정보 열람" && e.ActorName == "김상담");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_card_number_is_unmasked_only_for_the_members_own_card(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 3);
        await using var db = await h.DbAsync();
        var member = await db.Members.Include(m => m.Cards).SingleAsync(m => m.MemberNo == "M00000001");
        var otherCard = await db.Cards.FirstAsync(c => c.MemberId != member.Id);
        var service = h.Get<PersonalDataService>();

        var number = await service.UnmaskAsync(member.Id, PersonalField.CardNumber, "카드번호 확인 요청", member.Cards[0].Id);
        Assert.Equal(h.Get<NumberKeyRing>().RevealNumber(member.Cards[0]), number.Replace(" ", ""));

        var error = await Assert.ThrowsAsync<BusinessRuleException>(() => service.UnmaskAsync(member.Id, PersonalField.CardNumber, "카드번호 확인 요청", otherCard.Id));
        Assert.Equal("이 회원의 카드가 아닙니다.", error.Message);
        Assert.Equal(1, await db.AuditRecords.CountAsync(a => a.Action == "card.unmask"));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task No_reason_or_no_role_means_no_data_and_no_audit_noise(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 3);
        await using var db = await h.DbAsync();
        var memberId = await db.Members.Where(m => m.MemberNo == "M00000001").Select(m => m.Id).SingleAsync();
        var service = h.Get<PersonalDataService>();

        var blank = await Assert.ThrowsAsync<BusinessRuleException>(() => service.UnmaskAsync(memberId, PersonalField.Phone, "  "));
        Assert.Equal("열람 사유를 입력하세요.", blank.Message);
        var shortReason = await Assert.ThrowsAsync<BusinessRuleException>(() => service.UnmaskAsync(memberId, PersonalField.Phone, "확인"));
        Assert.Equal("열람 사유를 5자 이상 구체적으로 입력하세요.", shortReason.Message);

        h.Actor.Current = TestActor.Finance;
        var forbidden = await Assert.ThrowsAsync<ForbiddenException>(() => service.UnmaskAsync(memberId, PersonalField.Phone, "재무 대사 확인용"));
        Assert.Contains("개인정보 열람", forbidden.Message);

        Assert.False(await db.AuditRecords.AnyAsync(a => a.Action == "member.unmask"));
    }
}
