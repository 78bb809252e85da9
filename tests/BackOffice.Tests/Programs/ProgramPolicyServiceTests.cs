using Microsoft.EntityFrameworkCore;

namespace BackOffice.Tests.Programs;

/// <summary>An Admin changes a program's operator settings by a new dated policy version (issue 11), on every provider.</summary>
public class ProgramPolicyServiceTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    // The harness clock: 2026-11-20 10:00 KST.
    private static readonly DateOnly Today = new(2026, 11, 20);
    private static readonly DateOnly Tomorrow = Today.AddDays(1);

    private static async Task<(Harness H, long LocalId)> StartAsAdminAsync(string provider)
    {
        var h = await Harness.StartAsync(provider);
        h.Actor.Current = TestActor.Admin;
        await h.StepUpAsync();
        await using var db = await h.DbAsync();
        var local = await db.Programs.SingleAsync(p => p.Code == ProgramPresets.LocalCurrency);
        return (h, local.Id);
    }

    private static PolicySettingChange Change(string parameter, long value) => new(parameter, value);

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_operator_setting_changes_by_a_new_version_from_tomorrow_with_citations_carried_and_an_audit(string provider)
    {
        var (h, localId) = await StartAsAdminAsync(provider);
        await using var _ = h;

        var created = await h.Get<ProgramPolicyService>().CreateVersionAsync(localId,
            [Change(nameof(ProgramPolicy.LostReissueFee), 4_000), Change(nameof(ProgramPolicy.ReissueValidity), (long)ReissueValidity.KeepOldExpiry)],
            Tomorrow, "카드 제작 단가 인상", "policy-key-1");

        Assert.Equal((ProgramPresets.LocalCurrency, 2, Tomorrow), (created.ProgramCode, created.Version, created.EffectiveFrom));
        await using (var db = await h.DbAsync())
        {
            var versions = await db.ProgramPolicies.AsNoTracking().Where(p => p.ProgramId == localId).OrderBy(p => p.Version).ToListAsync();
            Assert.Equal([1, 2], versions.Select(v => v.Version));
            var (v1, v2) = (versions[0], versions[1]);
            Assert.Equal((3_000L, 4_000L), (v1.LostReissueFee, v2.LostReissueFee));
            Assert.Equal(ReissueValidity.KeepOldExpiry, v2.ReissueValidity);
            // Everything else is copied, and every clause still cites what it cited: the changed values were operator settings.
            Assert.Equal((v1.NamedCardBalanceLimit, v1.DamagedReissueFee, v1.Source), (v2.NamedCardBalanceLimit, v2.DamagedReissueFee, v2.Source));
            Assert.Equal(v1.Citations.OrderBy(c => c.Key), v2.Citations.OrderBy(c => c.Key));
            Assert.Equal(v1.RefundChannels, v2.RefundChannels);
            Assert.True(v2.IsOperatorSetting(nameof(ProgramPolicy.LostReissueFee)));

            var audit = await db.AuditRecords.SingleAsync(a => a.Action == "program.policy.version");
            Assert.Equal(("admin-id", nameof(ProgramPolicy), "LOCAL v2", "카드 제작 단가 인상"), (audit.ActorId, audit.EntityType, audit.EntityId, audit.Reason));
            Assert.Contains("3,000원", audit.Before);
            Assert.Contains("4,000원", audit.After);
            Assert.Contains("2026-11-21", audit.After);
        }

        // Today the old version is in force; the new one is shown as scheduled (시행 예정) until tomorrow.
        var view = (await h.Get<ProgramQueries>().ListAsync()).Single(p => p.Code == ProgramPresets.LocalCurrency);
        Assert.Equal([(2, PolicyState.Scheduled, "시행 예정"), (1, PolicyState.InForce, "시행 중")], view.Versions.Select(v => (v.Version, v.State, v.StateName)));
        Assert.Equal("4,000원", view.Versions[0].Groups.SelectMany(g => g.Parameters).Single(p => p.Label == "분실 재발급 수수료").Value);
        h.Clock.Advance(TimeSpan.FromDays(1));
        view = (await h.Get<ProgramQueries>().ListAsync()).Single(p => p.Code == ProgramPresets.LocalCurrency);
        Assert.Equal([(2, PolicyState.InForce), (1, PolicyState.Superseded)], view.Versions.Select(v => (v.Version, v.State)));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_repeated_request_returns_the_first_version_and_changes_nothing_more(string provider)
    {
        var (h, localId) = await StartAsAdminAsync(provider);
        await using var _ = h;
        var service = h.Get<ProgramPolicyService>();
        var first = await service.CreateVersionAsync(localId, [Change(nameof(ProgramPolicy.CardPrice), 3_500)], Tomorrow, "카드 가격 조정", "same-key");
        var again = await service.CreateVersionAsync(localId, [Change(nameof(ProgramPolicy.CardPrice), 3_500)], Tomorrow, "카드 가격 조정", "same-key");

        Assert.Equal(first, again);
        await using var db = await h.DbAsync();
        Assert.Equal(2, await db.ProgramPolicies.CountAsync(p => p.ProgramId == localId));
        Assert.Equal(1, await db.AuditRecords.CountAsync(a => a.Action == "program.policy.version"));

        // A second, different change builds on the first: version 3, copied from version 2.
        var third = await service.CreateVersionAsync(localId, [Change(nameof(ProgramPolicy.LostReissueFee), 4_000)], Tomorrow.AddDays(7), "분실 재발급 수수료 조정", "other-key");
        Assert.Equal(3, third.Version);
        var v3 = await db.ProgramPolicies.AsNoTracking().SingleAsync(p => p.ProgramId == localId && p.Version == 3);
        Assert.Equal((3_500L, 4_000L), (v3.CardPrice, v3.LostReissueFee));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_value_a_clause_gives_a_past_date_and_a_non_Admin_are_refused_in_Korean_and_nothing_is_written(string provider)
    {
        var (h, localId) = await StartAsAdminAsync(provider);
        await using var _ = h;
        var service = h.Get<ProgramPolicyService>();

        var cited = await Assert.ThrowsAsync<BusinessRuleException>(() => service.CreateVersionAsync(localId,
            [Change(nameof(ProgramPolicy.LostReissueFee), 4_000), Change(nameof(ProgramPolicy.RefundUsedPercentThreshold), 50)], Tomorrow, "환불 조건 완화", "k1"));
        Assert.Equal("약관 조항의 값은 약관 개정으로만 바뀝니다 (근거: 000 환불 (잔액의 60% 이상 결제 시)): 환불 가능 사용률", cited.Message);

        var past = await Assert.ThrowsAsync<BusinessRuleException>(() => service.CreateVersionAsync(localId,
            [Change(nameof(ProgramPolicy.LostReissueFee), 4_000)], Today.AddDays(-1), "소급 적용", "k2"));
        Assert.Equal("시행일은 내일(2026-11-21) 이후여야 합니다. 지난 날이나 오늘부터 정책을 바꿀 수 없습니다.", past.Message);
        var today = await Assert.ThrowsAsync<BusinessRuleException>(() => service.CreateVersionAsync(localId,
            [Change(nameof(ProgramPolicy.LostReissueFee), 4_000)], Today, "오늘부터 적용", "k3"));
        Assert.Equal(past.Message, today.Message);

        h.Actor.Current = TestActor.Supervisor;
        var forbidden = await Assert.ThrowsAsync<ForbiddenException>(() => service.CreateVersionAsync(localId,
            [Change(nameof(ProgramPolicy.LostReissueFee), 4_000)], Tomorrow, "수수료 인상", "k4"));
        Assert.StartsWith("'프로그램 운영 정책 변경' 권한이 없습니다", forbidden.Message);

        await using var db = await h.DbAsync();
        Assert.Equal(1, await db.ProgramPolicies.CountAsync(p => p.ProgramId == localId));
        Assert.False(await db.AuditRecords.AnyAsync(a => a.Action == "program.policy.version"));
    }

    [Fact]
    public async Task An_Admin_without_a_fresh_step_up_is_asked_for_one()
    {
        await using var h = await Harness.StartAsync("sqlite");
        h.Actor.Current = TestActor.Admin2;
        await using var db = await h.DbAsync();
        var localId = (await db.Programs.SingleAsync(p => p.Code == ProgramPresets.LocalCurrency)).Id;

        var refused = await Assert.ThrowsAsync<ForbiddenException>(() => h.Get<ProgramPolicyService>().CreateVersionAsync(localId,
            [Change(nameof(ProgramPolicy.LostReissueFee), 4_000)], Tomorrow, "수수료 인상", "k"));
        Assert.StartsWith(StepUp.Required, refused.Message);
    }

    public static TheoryData<string, long, string> BadValues() => new()
    {
        { nameof(ProgramPolicy.LostReissueFee), -1, "분실 재발급 수수료: 0원에서 100,000원 사이로 입력하세요." },
        { nameof(ProgramPolicy.LostReissueFee), 100_001, "분실 재발급 수수료: 0원에서 100,000원 사이로 입력하세요." },
        { nameof(ProgramPolicy.ExpiredCardRefundPercent), 101, "유효기간 경과 카드 환불 비율: 0%에서 100% 사이로 입력하세요." },
        { nameof(ProgramPolicy.ReplacementShipBusinessDays), 366, "대체 카드 발송 기한: 0영업일에서 365영업일 사이로 입력하세요." },
        { nameof(ProgramPolicy.ReissueValidity), 7, "재발급 카드 유효기간: 정해진 선택지 중에서 고르세요." },
        { nameof(ProgramPolicy.DamagedReissueNeedsCollection), 2, "훼손·파손 카드 실물 수거 후 재발급: '예' 또는 '아니오'로 정하세요." },
        { "Id", 5, "정책 버전으로 바꿀 수 없는 항목입니다: Id" },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public async Task Negative_huge_and_undefined_values_are_refused_in_Korean(string parameter, long value, string message)
    {
        await using var h = await Harness.StartAsync("sqlite");
        h.Actor.Current = TestActor.Admin;
        await h.StepUpAsync();
        await using var db = await h.DbAsync();
        var localId = (await db.Programs.SingleAsync(p => p.Code == ProgramPresets.LocalCurrency)).Id;
        var service = h.Get<ProgramPolicyService>();

        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() => service.CreateVersionAsync(localId, [Change(parameter, value)], Tomorrow, "값 변경 시험", "bad"));
        Assert.Equal(message, refused.Message);
        Assert.Equal(1, await db.ProgramPolicies.CountAsync(p => p.ProgramId == localId));
    }

    [Fact]
    public async Task No_change_no_reason_an_unchanged_value_and_a_version_scheduled_later_are_refused()
    {
        var (h, localId) = await StartAsAdminAsync("sqlite");
        await using var _ = h;
        var service = h.Get<ProgramPolicyService>();
        var fee = Change(nameof(ProgramPolicy.LostReissueFee), 4_000);

        Assert.Equal("바꿀 값을 하나 이상 입력하세요.", (await Assert.ThrowsAsync<BusinessRuleException>(() => service.CreateVersionAsync(localId, [], Tomorrow, "사유 있음", "a"))).Message);
        Assert.Equal("변경 사유를 5자 이상 입력하세요.", (await Assert.ThrowsAsync<BusinessRuleException>(() => service.CreateVersionAsync(localId, [fee], Tomorrow, " 짧음 ", "b"))).Message);
        Assert.Equal("바뀐 값이 없습니다. 지금 버전과 다른 값을 입력하세요.", (await Assert.ThrowsAsync<BusinessRuleException>(() =>
            service.CreateVersionAsync(localId, [Change(nameof(ProgramPolicy.LostReissueFee), 3_000)], Tomorrow, "같은 값 저장", "c"))).Message);
        Assert.Equal("요청 키가 없습니다. 화면을 새로 고친 뒤 다시 시도하세요.", (await Assert.ThrowsAsync<BusinessRuleException>(() =>
            service.CreateVersionAsync(localId, [fee], Tomorrow, "키 없는 요청", " "))).Message);
        Assert.Equal("시행일을 입력하세요.", (await Assert.ThrowsAsync<BusinessRuleException>(() => service.CreateVersionAsync(localId, [fee], null, "날짜 없는 요청", "d"))).Message);

        await service.CreateVersionAsync(localId, [fee], Tomorrow.AddDays(30), "다음 달 수수료 인상", "e");
        var earlier = await Assert.ThrowsAsync<BusinessRuleException>(() =>
            service.CreateVersionAsync(localId, [Change(nameof(ProgramPolicy.CardPrice), 3_500)], Tomorrow, "카드 가격 인상", "f"));
        Assert.Equal("버전 2이(가) 2026-12-21부터 시행 예정입니다. 그보다 늦은 시행일을 정하거나, 그 버전을 기준으로 바꾸세요.", earlier.Message);
    }
}
