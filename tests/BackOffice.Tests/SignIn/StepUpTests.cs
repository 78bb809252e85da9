using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BackOffice.Tests.SignIn;

/// <summary>Issue 10 item 3: a fresh TOTP code before approving, marking paid or failed and downloading a transfer file.</summary>
public class StepUpTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    /// <summary>A balance refund filed by an Agent, waiting for Finance (the scenario of RefundWorkflowTests).</summary>
    private static async Task<long> PendingRequestAsync(Harness h)
    {
        var card = await RefundScenario.NewCardAsync(h);
        await RefundScenario.TopUpAsync(h, card, 100_000, new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.FromHours(9)));
        await RefundScenario.PayAsync(h, card, 64_000, RefundScenario.DaysAgo(h, 5));
        h.Actor.Current = TestActor.Agent;
        var filed = await RefundScenario.FileAsync(h, card, RefundKind.BalanceRefund);
        return (await RefundScenario.RequestAsync(h, filed.RequestNo)).Id;
    }

    private static async Task<(long Id, string BatchNo)> InPayoutAsync(Harness h)
    {
        var id = await PendingRequestAsync(h);
        h.Actor.Current = TestActor.Finance;
        await h.StepUpAsync();
        await h.Get<RefundApprovalService>().ApproveAsync(id, ApprovalStep.Finance);
        var payouts = h.Get<PayoutService>();
        var batchNo = await payouts.CreateBatchAsync();
        await payouts.TransferFileAsync(batchNo);
        return (id, batchNo);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Money_actions_are_refused_without_a_step_up_and_allowed_right_after_one(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var pending = await PendingRequestAsync(h);
        h.Actor.Current = TestActor.Finance;
        var approvals = h.Get<RefundApprovalService>();

        var refused = await Assert.ThrowsAsync<ForbiddenException>(() => approvals.ApproveAsync(pending, ApprovalStep.Finance));
        Assert.StartsWith("OTP 재인증이 필요합니다", refused.Message);
        Assert.Contains("(환불 승인)", refused.Message);
        Assert.StartsWith("OTP 재인증이 필요합니다", (await Assert.ThrowsAsync<ForbiddenException>(() => approvals.ApproveManyAsync([(pending, "X")], ApprovalStep.Finance))).Message);

        await h.StepUpAsync();
        Assert.Equal(RefundStatus.Approved, await approvals.ApproveAsync(pending, ApprovalStep.Finance));

        // Another Finance account's step-up does not count for this one.
        await using var other = h.SessionAs(TestActor.Make("finance-other", "재무다른", StaffRoles.Finance));
        var payouts = other.Get<PayoutService>();
        var batchNo = await payouts.CreateBatchAsync();
        Assert.StartsWith("OTP 재인증이 필요합니다", (await Assert.ThrowsAsync<ForbiddenException>(() => payouts.TransferFileAsync(batchNo))).Message);
        await other.StepUpAsync();
        await payouts.TransferFileAsync(batchNo);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_wrong_code_opens_nothing_and_is_audited(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var (id, batchNo) = await InPayoutAsync(h);
        h.Clock.Advance(TimeSpan.FromMinutes(6));
        var stepUp = h.Get<StepUp>();
        var actor = TestActor.Finance;

        var accepted = new[] { -30, 0, 30 }.Select(s => Totp.Code(Harness.StepUpKey, DateTimeOffset.UtcNow.AddSeconds(s))).ToHashSet();
        var wrong = Enumerable.Range(0, 10).Select(d => new string((char)('0' + d), 6)).First(c => !accepted.Contains(c));
        Assert.False(await stepUp.VerifyAsync(actor, wrong));
        Assert.False(await stepUp.VerifyAsync(actor, "12a456"));
        Assert.False(await stepUp.VerifyAsync(TestActor.Make("no-such-account", "없음", StaffRoles.Finance), Totp.Code(Harness.StepUpKey)));
        Assert.False(stepUp.IsFresh(actor));

        var payouts = h.Get<PayoutService>();
        Assert.StartsWith("OTP 재인증이 필요합니다", (await Assert.ThrowsAsync<ForbiddenException>(() => payouts.MarkPaidAsync(id))).Message);
        Assert.StartsWith("OTP 재인증이 필요합니다", (await Assert.ThrowsAsync<ForbiddenException>(() => payouts.MarkFailedAsync(id, "계좌번호 오류"))).Message);
        Assert.StartsWith("OTP 재인증이 필요합니다", (await Assert.ThrowsAsync<ForbiddenException>(() => payouts.MarkAllPaidAsync(batchNo))).Message);

        await using var db = await h.DbAsync();
        Assert.Equal(1, await db.AuditRecords.CountAsync(a => a.Action == "staff.stepup.refused" && a.ActorId == actor.Id));
        Assert.Equal(RefundStatus.InPayout, await db.RefundRequests.Where(r => r.Id == id).Select(r => r.Status).SingleAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_step_up_lasts_five_minutes_on_the_clock(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var (id, _) = await InPayoutAsync(h);
        var payouts = h.Get<PayoutService>();
        h.Actor.Current = TestActor.Finance2; // issue 10: the payer is not the approver

        await h.StepUpAsync();
        h.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.StartsWith("OTP 재인증이 필요합니다", (await Assert.ThrowsAsync<ForbiddenException>(() => payouts.MarkPaidAsync(id))).Message);

        await h.StepUpAsync();
        h.Clock.Advance(TimeSpan.FromMinutes(4) + TimeSpan.FromSeconds(59));
        await payouts.MarkPaidAsync(id);
        await using var db = await h.DbAsync();
        Assert.Equal(RefundStatus.Paid, await db.RefundRequests.Where(r => r.Id == id).Select(r => r.Status).SingleAsync());
    }

    [Fact]
    public void The_window_and_the_lockout_base_are_operator_settings()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Auth:StepUpMinutes"] = "2",
            ["Auth:LockoutMinutes"] = "1",
            ["Auth:SignInPostsPerMinute"] = "2",
        }).Build();
        var services = new ServiceCollection();
        new SignInModule().AddServices(services, configuration);
        using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<IOptions<SignInSecurityOptions>>().Value;
        Assert.Equal((TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(1)), (options.StepUpWindow, options.LockoutBase));
        Assert.Equal((5.0, 15.0, 10), (new SignInSecurityOptions().StepUpMinutes, new SignInSecurityOptions().LockoutMinutes, new SignInSecurityOptions().SignInPostsPerMinute));

        // The rate limit: sign-in posts per remote address; other addresses and other requests are not counted.
        var limiter = provider.GetRequiredService<IOptions<RateLimiterOptions>>().Value.GlobalLimiter!;
        HttpContext Post(string path, string address, string method = "POST")
        {
            var context = new DefaultHttpContext();
            context.Request.Method = method;
            context.Request.Path = path;
            context.Connection.RemoteIpAddress = System.Net.IPAddress.Parse(address);
            return context;
        }
        Assert.True(limiter.AttemptAcquire(Post("/account/login", "192.0.2.1")).IsAcquired);
        Assert.True(limiter.AttemptAcquire(Post("/account/login/code", "192.0.2.1")).IsAcquired);
        Assert.False(limiter.AttemptAcquire(Post("/account/login", "192.0.2.1")).IsAcquired);
        Assert.False(limiter.AttemptAcquire(Post("/account/password", "192.0.2.1")).IsAcquired);
        Assert.True(limiter.AttemptAcquire(Post("/account/login", "192.0.2.2")).IsAcquired);
        Assert.True(limiter.AttemptAcquire(Post("/account/login", "192.0.2.1", "GET")).IsAcquired);
        Assert.True(limiter.AttemptAcquire(Post("/members", "192.0.2.1")).IsAcquired);
    }
}
