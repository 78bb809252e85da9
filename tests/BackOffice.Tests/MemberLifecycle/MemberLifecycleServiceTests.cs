using Microsoft.EntityFrameworkCore;
using static BackOffice.Tests.Refunds.RefundScenario;

namespace BackOffice.Tests.MemberLifecycle;

/// <summary>Withdrawal, suspension and lifting, recovered lost cards: the real services on SQLite and PostgreSQL.</summary>
public class MemberLifecycleServiceTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    private static WithdrawCommand Forfeit(long memberId, string key = "w-forfeit", string? consent = "잔액 소멸에 동의함 (통화 녹취 2026-11-20)", ConsentChannel? channel = ConsentChannel.Phone,
        string? reason = "서비스를 더 이상 이용하지 않음") => new(memberId, WithdrawalChoice.ForfeitWithConsent, consent, channel, reason, key);

    private static WithdrawCommand RefundFirst(long memberId, string key = "w-refund") =>
        new(memberId, WithdrawalChoice.RefundFirst, null, null, "이사로 더 이상 이용하지 않음", key);

    private static async Task<long> SystemBalanceAsync(Harness h, AccountKind kind)
    {
        await using var db = await h.DbAsync();
        var code = SystemAccounts.CodeOf(kind);
        return await db.Accounts.Where(a => a.SystemCode == code).Select(a => a.Balance).SingleAsync();
    }

    private static Task CashbackAsync(Harness h, long memberId, long amount) =>
        h.Writer.ExecuteAsync(async (db, ct) =>
        {
            var cash = await SystemAccounts.MemberAccountAsync(db, memberId, AccountKind.Cashback, ct);
            var funding = await SystemAccounts.IdAsync(db, AccountKind.CashbackFunding, ct);
            await LedgerPosting.PostAsync(db, new JournalRequest(EntryType.CashbackAccrual, $"test:{Guid.NewGuid():N}", h.Clock.GetUtcNow().AddDays(-2), Actor.System, "test",
                "캐시백", [new(cash.Id, amount), new(funding, -amount)]), h.Clock.GetUtcNow(), ct);
            return 0;
        });

    private static async Task<(Member Member, List<Card> Cards)> MemberAsync(Harness h, long memberId)
    {
        await using var db = await h.DbAsync();
        var member = await db.Members.AsNoTracking().SingleAsync(m => m.Id == memberId);
        var cards = await db.Cards.AsNoTracking().Where(c => c.MemberId == memberId).OrderBy(c => c.Id).ToListAsync();
        return (member, cards);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_withdrawal_that_refunds_first_waits_for_the_paid_refund_then_closes_every_card(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var card = await NewCardAsync(h);
        await TopUpAsync(h, card, 40_000, DaysAgo(h, 30));
        await EmoneyTopUpAsync(h, card, 15_000, DaysAgo(h, 3));
        var lifecycle = h.Get<MemberLifecycleService>();

        var early = await Assert.ThrowsAsync<BusinessRuleException>(() => lifecycle.WithdrawAsync(RefundFirst(card.MemberId, "early")));
        Assert.StartsWith("환불할 잔액 55,000원이 남아 있습니다. 먼저 '탈퇴 전 환불'을 신청하고", early.Message);

        var filed = await FileAsync(h, card, RefundKind.BeforeWithdrawal);
        Assert.Equal((RefundStatus.PendingApproval, 55_000L), (filed.Status, filed.Payout));
        var pending = await Assert.ThrowsAsync<BusinessRuleException>(() => lifecycle.WithdrawAsync(RefundFirst(card.MemberId, "pending")));
        Assert.StartsWith($"탈퇴할 수 없습니다: 진행 중인 환불 요청이 있습니다 ({filed.RequestNo}", pending.Message);
        Assert.Equal(MemberStatus.Active, (await MemberAsync(h, card.MemberId)).Member.Status);

        var request = await RequestAsync(h, filed.RequestNo);
        h.Actor.Current = TestActor.Finance;
        await h.StepUpAsync();
        await h.Get<RefundApprovalService>().ApproveAsync(request.Id, ApprovalStep.Finance);
        var payouts = h.Get<PayoutService>();
        var batchNo = await payouts.CreateBatchAsync();
        await payouts.TransferFileAsync(batchNo);
        h.Actor.Current = TestActor.Finance2;
        await h.StepUpAsync();
        await payouts.MarkPaidAsync(request.Id);

        h.Actor.Current = TestActor.Agent;
        var preview = await lifecycle.PreviewWithdrawalAsync(card.MemberId);
        Assert.True(preview.RefundDone);
        Assert.Equal(filed.RequestNo, preview.PaidRefundNo);
        var done = await lifecycle.WithdrawAsync(RefundFirst(card.MemberId));
        Assert.Equal((WithdrawalChoice.RefundFirst, 0L, 1, filed.RequestNo), (done.Choice, done.ForfeitedAmount, done.ClosedCards, done.RefundRequestNo));
        Assert.Equal(new DateOnly(2031, 11, 20), done.AnonymizeAfter); // 2026-11-20 + 5 years (003 하나로 제16조①)

        var (member, cards) = await MemberAsync(h, card.MemberId);
        Assert.Equal((MemberStatus.Withdrawn, h.Clock.GetUtcNow(), new DateOnly(2031, 11, 20)), (member.Status, member.WithdrawnAt!.Value, member.AnonymizeAfter!.Value));
        Assert.All(cards, c => Assert.Equal(CardStatus.Closed, c.Status));
        Assert.All(cards, c => Assert.NotNull(c.StoppedAt));
        await using (var db = await h.DbAsync())
        {
            Assert.Equal(1, await db.AuditRecords.CountAsync(a => a.Action == "member.withdraw" && a.MemberId == card.MemberId));
            Assert.False(await db.JournalEntries.AnyAsync(e => e.Type == EntryType.WithdrawalForfeit));
            Assert.Equal(1, await db.NoticeMessages.CountAsync(m => m.MemberId == card.MemberId && m.TemplateKey == NoticeTemplateKeys.MemberWithdrawn && m.Channel == NoticeChannel.Sms));
        }
        var again = await Assert.ThrowsAsync<BusinessRuleException>(() => lifecycle.WithdrawAsync(RefundFirst(card.MemberId, "again")));
        Assert.Equal("탈퇴할 수 없습니다: 이미 탈퇴한 회원입니다.", again.Message);
        var refund = await Assert.ThrowsAsync<BusinessRuleException>(() => FileAsync(h, card, RefundKind.BeforeWithdrawal));
        Assert.StartsWith("탈퇴한 회원은 환불을 신청할 수 없습니다", refund.Message);
        await AssertLedgerConsistentAsync(h);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_forfeit_with_consent_writes_every_balance_off_in_one_balanced_entry(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var card = await NewCardAsync(h);
        await TopUpAsync(h, card, 30_000, DaysAgo(h, 10));
        await EmoneyTopUpAsync(h, card, 5_000, DaysAgo(h, 3));
        await CashbackAsync(h, card.MemberId, 1_200);
        var forfeitedBefore = await SystemBalanceAsync(h, AccountKind.Forfeited);
        var fundingBefore = await SystemBalanceAsync(h, AccountKind.CashbackFunding);

        var preview = await h.Get<MemberLifecycleService>().PreviewWithdrawalAsync(card.MemberId);
        Assert.Equal((35_000L, 0L, 1_200L), (preview.Refundable, preview.NotRefundable, preview.Cashback));
        var done = await h.Get<MemberLifecycleService>().WithdrawAsync(Forfeit(card.MemberId));

        Assert.Equal(36_200, done.ForfeitedAmount);
        foreach (var kind in new[] { AccountKind.CardBalance, AccountKind.Emoney, AccountKind.Cashback, AccountKind.RefundHold })
            Assert.Equal(0, await BalanceAsync(h, card.MemberId, kind));
        Assert.Equal(forfeitedBefore + 35_000, await SystemBalanceAsync(h, AccountKind.Forfeited));
        Assert.Equal(fundingBefore + 1_200, await SystemBalanceAsync(h, AccountKind.CashbackFunding)); // reward cash back to the budget
        await using (var db = await h.DbAsync())
        {
            var entry = await db.JournalEntries.Include(e => e.Postings).SingleAsync(e => e.Type == EntryType.WithdrawalForfeit);
            Assert.Equal(0, entry.Postings.Sum(p => p.Amount));
            Assert.Equal(5, entry.Postings.Count); // card, e-money, cash out; forfeited, cashback budget in
            var withdrawal = await db.Set<MemberWithdrawal>().SingleAsync(w => w.MemberId == card.MemberId);
            Assert.Equal((ConsentChannel.Phone, "잔액 소멸에 동의함 (통화 녹취 2026-11-20)", "김상담", entry.Id),
                (withdrawal.ConsentChannel!.Value, withdrawal.ConsentText, withdrawal.WithdrawnByName, withdrawal.ForfeitEntryId!.Value));
            Assert.Equal(h.Clock.GetUtcNow(), withdrawal.WithdrawnAt);
        }
        Assert.All((await MemberAsync(h, card.MemberId)).Cards, c => Assert.Equal(CardStatus.Closed, c.Status));
        await AssertLedgerConsistentAsync(h);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Bad_withdrawal_input_is_refused_in_Korean_and_a_double_submit_withdraws_once(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var card = await NewCardAsync(h);
        await TopUpAsync(h, card, 10_000, DaysAgo(h, 10));
        var lifecycle = h.Get<MemberLifecycleService>();

        async Task<string> Refused(WithdrawCommand c) => (await Assert.ThrowsAsync<BusinessRuleException>(() => lifecycle.WithdrawAsync(c))).Message;
        Assert.Equal("잔액 소멸에 대한 회원의 동의 내용을 입력하세요.", await Refused(Forfeit(card.MemberId, consent: null)));
        Assert.Equal("잔액 소멸에 대한 회원의 동의 내용을 입력하세요.", await Refused(Forfeit(card.MemberId, consent: "  ")));
        Assert.Equal("동의를 받은 경로를 선택하세요.", await Refused(Forfeit(card.MemberId, channel: null)));
        Assert.Equal("동의를 받은 경로를 선택하세요.", await Refused(Forfeit(card.MemberId, channel: (ConsentChannel)9)));
        Assert.Equal("동의 내용은 1000자 이하로 입력하세요.", await Refused(Forfeit(card.MemberId, consent: new string('동', 1001))));
        Assert.Equal("탈퇴 사유는 500자 이하로 입력하세요.", await Refused(Forfeit(card.MemberId, reason: new string('가', 501))));
        Assert.Equal("탈퇴 사유를 2자 이상 입력하세요.", await Refused(Forfeit(card.MemberId, reason: "")));
        Assert.Equal("탈퇴 방법(환불 후 탈퇴 또는 잔액 소멸 동의)을 선택하세요.", await Refused(Forfeit(card.MemberId) with { Choice = (WithdrawalChoice)7 }));
        Assert.Equal("요청 키가 없습니다. 화면을 새로 고친 뒤 다시 시도하세요.", await Refused(Forfeit(card.MemberId, key: " ")));
        Assert.Equal("회원을 찾을 수 없습니다.", await Refused(Forfeit(999_999, key: "nobody")));
        Assert.Equal(MemberStatus.Active, (await MemberAsync(h, card.MemberId)).Member.Status);
        Assert.Equal(10_000, await BalanceAsync(h, card.MemberId, AccountKind.CardBalance));

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => lifecycle.WithdrawAsync(Forfeit(card.MemberId, key: "same-click")))));
        Assert.Single(results.Select(r => (r.WithdrawnAt, r.ForfeitedAmount)).Distinct());
        await using var db = await h.DbAsync();
        Assert.Equal(1, await db.Set<MemberWithdrawal>().CountAsync(w => w.MemberId == card.MemberId));
        Assert.Equal(1, await db.JournalEntries.CountAsync(e => e.Type == EntryType.WithdrawalForfeit));
        Assert.Equal(1, await db.AuditRecords.CountAsync(a => a.Action == "member.withdraw"));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Suspension_stops_the_active_cards_and_lifting_restores_exactly_those(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var card = await NewCardAsync(h);
        await TopUpAsync(h, card, 20_000, DaysAgo(h, 10));
        var second = await AddCardAsync(h, card.MemberId, CardStatus.Active);
        var lost = await AddCardAsync(h, card.MemberId, CardStatus.Lost);
        var lifecycle = h.Get<MemberLifecycleService>();

        var agent = await Assert.ThrowsAsync<ForbiddenException>(() => lifecycle.SuspendAsync(new SuspendMemberCommand(card.MemberId, SuspensionCause.TermsViolation, "약관 위반", "s-agent")));
        Assert.StartsWith("'회원 자격 정지·해제' 권한이 없습니다", agent.Message);
        h.Actor.Current = TestActor.Supervisor;
        async Task<string> Refused(Func<Task> run) => (await Assert.ThrowsAsync<BusinessRuleException>(run)).Message;
        Assert.Equal("정지 사유 구분을 선택하세요.", await Refused(() => lifecycle.SuspendAsync(new(card.MemberId, (SuspensionCause)42, "약관 위반", "s-bad"))));
        Assert.Equal("정지 사유를 2자 이상 입력하세요.", await Refused(() => lifecycle.SuspendAsync(new(card.MemberId, SuspensionCause.TermsViolation, null, "s-none"))));
        Assert.Equal("정지 사유는 500자 이하로 입력하세요.", await Refused(() => lifecycle.SuspendAsync(new(card.MemberId, SuspensionCause.TermsViolation, new string('가', 501), "s-long"))));
        Assert.Equal("정지된 회원이 아닙니다. 해제할 정지가 없습니다.", await Refused(() => lifecycle.LiftAsync(new(card.MemberId, "시정 확인", "l-early"))));

        Assert.Equal(2, await lifecycle.SuspendAsync(new(card.MemberId, SuspensionCause.FraudOrForgery, "부정 사용 의심 신고 접수", "s-1")));
        Assert.Equal(2, await lifecycle.SuspendAsync(new(card.MemberId, SuspensionCause.FraudOrForgery, "부정 사용 의심 신고 접수", "s-1"))); // same click
        Assert.Equal("이미 정지된 회원입니다.", await Refused(() => lifecycle.SuspendAsync(new(card.MemberId, SuspensionCause.TermsViolation, "다시", "s-2"))));
        var (member, cards) = await MemberAsync(h, card.MemberId);
        Assert.Equal(MemberStatus.Suspended, member.Status);
        Assert.Equal([CardStatus.Suspended, CardStatus.Suspended, CardStatus.Lost], cards.Select(c => c.Status));
        // A suspended card takes no payment (the ledger's stop guard), and the member is told the cause and the fact (004 제7조④).
        await Assert.ThrowsAsync<LedgerRejectedException>(() => PayAsync(h, card, 1_000, h.Clock.GetUtcNow()));
        var state = await lifecycle.StateAsync(card.MemberId);
        Assert.Equal(("정지", 2, SuspensionCause.FraudOrForgery), (state.Label, state.Suspension!.CardCount, state.Suspension.Cause));

        h.Clock.Advance(TimeSpan.FromHours(3));
        Assert.Equal("해제 사유를 2자 이상 입력하세요.", await Refused(() => lifecycle.LiftAsync(new(card.MemberId, "", "l-empty"))));
        Assert.Equal(2, await lifecycle.LiftAsync(new(card.MemberId, "본인 확인 완료, 부정 사용 아님", "l-1")));
        (member, cards) = await MemberAsync(h, card.MemberId);
        Assert.Equal(MemberStatus.Active, member.Status);
        Assert.Equal([CardStatus.Active, CardStatus.Active, CardStatus.Lost], cards.Select(c => c.Status));
        Assert.Equal(second, cards[1].Id);
        Assert.Equal(lost, cards[2].Id);
        Assert.Null(cards[0].StoppedAt);
        await PayAsync(h, card, 1_000, h.Clock.GetUtcNow());
        await using (var db = await h.DbAsync())
        {
            Assert.Equal(["member.suspend", "member.suspension-lift"], await db.AuditRecords.Where(a => a.MemberId == card.MemberId).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
            Assert.Equal(2, await db.NoticeMessages.CountAsync(m => m.MemberId == card.MemberId && m.TemplateKey == NoticeTemplateKeys.MemberSuspended));
            Assert.Equal(2, await db.NoticeMessages.CountAsync(m => m.MemberId == card.MemberId && m.TemplateKey == NoticeTemplateKeys.MemberSuspensionLifted));
        }

        // A withdrawn member can be neither suspended nor lifted.
        h.Actor.Current = TestActor.Agent;
        await lifecycle.WithdrawAsync(Forfeit(card.MemberId));
        h.Actor.Current = TestActor.Supervisor;
        Assert.Equal("탈퇴한 회원은 정지할 수 없습니다.", await Refused(() => lifecycle.SuspendAsync(new(card.MemberId, SuspensionCause.TermsViolation, "약관 위반", "s-3"))));
        Assert.Equal("정지된 회원이 아닙니다. 해제할 정지가 없습니다.", await Refused(() => lifecycle.LiftAsync(new(card.MemberId, "시정 확인", "l-2"))));
        await AssertLedgerConsistentAsync(h);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_recovered_hanaro_card_is_active_again_and_refundable_and_a_replaced_card_is_refused(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var card = await NewCardAsync(h, ProgramPresets.Hanaro);
        await TopUpAsync(h, card, 10_000, DaysAgo(h, 20));
        await PayAsync(h, card, 7_000, DaysAgo(h, 10));
        await h.Get<LostCardService>().ReportAsync(new LostCardCommand(card.CardId, LossKind.Lost, ReportChannel.Phone, "지하철에서 분실", "lost-1"));
        var lifecycle = h.Get<MemberLifecycleService>();

        var preview = await lifecycle.PreviewRecoveryAsync(card.CardId);
        Assert.Equal(3_000, preview.Balance);
        Assert.Contains("정상 카드로 환불할 수 있습니다 (003 하나로 제11조5", preview.Explanation);
        var recovered = await lifecycle.RecoverAsync(new RecoverCardCommand(card.CardId, "가방에서 찾음", "r-1"));
        Assert.Equal(CardStatus.Active, recovered.Status);
        Assert.Equal(recovered, await lifecycle.RecoverAsync(new RecoverCardCommand(card.CardId, "가방에서 찾음", "r-1"))); // same click
        var twice = await Assert.ThrowsAsync<BusinessRuleException>(() => lifecycle.RecoverAsync(new RecoverCardCommand(card.CardId, null, "r-2")));
        Assert.Equal("분실·도난 신고된 카드만 회수 처리할 수 있습니다 (현재 상태: 사용 중).", twice.Message);

        // 하나로 제11조5: the recovered normal card is refunded by 제11조2.
        var filed = await FileAsync(h, card, RefundKind.BalanceRefund);
        Assert.Equal((RefundStatus.PendingApproval, 3_000L), (filed.Status, filed.Amount));
        await using (var db = await h.DbAsync())
        {
            Assert.Equal(1, await db.AuditRecords.CountAsync(a => a.Action == "card.recovered" && a.MemberId == card.MemberId));
            Assert.Equal(1, await db.Set<CardRecovery>().CountAsync(r => r.CardId == card.CardId));
        }

        // A lost card already replaced by a reissued one cannot come back.
        var other = await NewCardAsync(h, ProgramPresets.Hanaro);
        await h.Get<LostCardService>().ReportAsync(new LostCardCommand(other.CardId, LossKind.Stolen, ReportChannel.Phone, "도난", "lost-2"));
        await AddCardAsync(h, other.MemberId, CardStatus.Active, replaces: other.CardId);
        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() => lifecycle.RecoverAsync(new RecoverCardCommand(other.CardId, null, "r-3")));
        Assert.StartsWith("재발급된 카드는 다시 사용할 수 없습니다", refused.Message);
        await using (var db = await h.DbAsync())
            await db.Cards.Where(c => c.Id == other.CardId).ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, CardStatus.Replaced));
        refused = await Assert.ThrowsAsync<BusinessRuleException>(() => lifecycle.PreviewRecoveryAsync(other.CardId));
        Assert.StartsWith("재발급된 카드는 다시 사용할 수 없습니다", refused.Message);
        Assert.Equal(CardStatus.Replaced, (await MemberAsync(h, other.MemberId)).Cards[0].Status);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_recovered_local_card_leaves_the_swept_balance_in_e_money(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var card = await NewCardAsync(h);
        await TopUpAsync(h, card, 8_000, DaysAgo(h, 5));
        await h.Get<LostCardService>().ReportAsync(new LostCardCommand(card.CardId, LossKind.Lost, ReportChannel.App, "분실", "lost-l"));

        var recovered = await h.Get<MemberLifecycleService>().RecoverAsync(new RecoverCardCommand(card.CardId, "", "r-l"));

        Assert.Equal(CardStatus.Active, recovered.Status);
        Assert.StartsWith("신고 때 잔액 8,000원이 e음머니로 옮겨졌고 그대로 e음머니에 남습니다", recovered.Explanation);
        Assert.Equal((0L, 8_000L), (await BalanceAsync(h, card.MemberId, AccountKind.CardBalance), await BalanceAsync(h, card.MemberId, AccountKind.Emoney)));
        await TopUpAsync(h, card, 1_000, h.Clock.GetUtcNow()); // the card takes money again

        // Found and lost again: a second report stops it again and sweeps what is on it now.
        var again = await h.Get<LostCardService>().ReportAsync(new LostCardCommand(card.CardId, LossKind.Lost, ReportChannel.Phone, "다시 분실", "lost-l2"));
        Assert.Equal(1_000, again.SweptToEmoney);
        Assert.Equal((0L, 9_000L), (await BalanceAsync(h, card.MemberId, AccountKind.CardBalance), await BalanceAsync(h, card.MemberId, AccountKind.Emoney)));
        var twice = await Assert.ThrowsAsync<BusinessRuleException>(() =>
            h.Get<LostCardService>().ReportAsync(new LostCardCommand(card.CardId, LossKind.Lost, ReportChannel.Phone, "또", "lost-l3")));
        Assert.StartsWith($"이미 신고된 카드입니다 (신고번호 {again.ReportNo}", twice.Message);
        await AssertLedgerConsistentAsync(h);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_suspended_member_can_still_have_a_balance_refunded(string provider)
    {
        // 003 하나로 제25조④2: a member whose rights are suspended or lost claims the balance back.
        await using var h = await Harness.StartAsync(provider);
        var card = await NewCardAsync(h, ProgramPresets.Hanaro);
        await TopUpAsync(h, card, 10_000, DaysAgo(h, 20));
        h.Actor.Current = TestActor.Supervisor;
        await h.Get<MemberLifecycleService>().SuspendAsync(new(card.MemberId, SuspensionCause.TermsViolation, "약관 위반 확인", "s-refund"));
        h.Actor.Current = TestActor.Agent;

        var filed = await FileAsync(h, card, RefundKind.BalanceRefund);

        Assert.Equal((RefundStatus.PendingApproval, 10_000L, 200L), (filed.Status, filed.Amount, filed.Fee));
        Assert.Equal(0, await BalanceAsync(h, card.MemberId, AccountKind.CardBalance));
        Assert.Equal(CardStatus.Suspended, (await MemberAsync(h, card.MemberId)).Cards[0].Status);
        await AssertLedgerConsistentAsync(h);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_recovered_cashbee_card_is_in_use_again_but_its_balance_is_not_refunded(string provider)
    {
        // 003 캐시비 제9조②: a lost card's balance is not paid; unlike 하나로 제11조5 nothing says a found card is.
        await using var h = await Harness.StartAsync(provider);
        var card = await NewCardAsync(h, ProgramPresets.Cashbee);
        await TopUpAsync(h, card, 10_000, DaysAgo(h, 20));
        await h.Get<LostCardService>().ReportAsync(new LostCardCommand(card.CardId, LossKind.Lost, ReportChannel.Phone, "버스에서 분실", "lost-c"));
        var recovered = await h.Get<MemberLifecycleService>().RecoverAsync(new RecoverCardCommand(card.CardId, "찾음", "r-c"));
        Assert.Equal(CardStatus.Active, recovered.Status);

        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() => h.Get<RefundService>().FileAsync(new FileRefundCommand(
            new RefundTarget(card.MemberId, card.CardId, RefundKind.BalanceRefund, null, RefundChannel.Envelope), "회수 카드 환불", "f-c")));

        Assert.StartsWith("분실·도난 신고 후 회수한 카드의 잔액은 환불하지 않습니다 (003 캐시비 제9조②", refused.Message);
        Assert.Equal(10_000, await BalanceAsync(h, card.MemberId, AccountKind.CardBalance));
        await using var db = await h.DbAsync();
        Assert.Equal(0, await db.RefundRequests.CountAsync(r => r.CardId == card.CardId));
    }

    private static async Task<long> AddCardAsync(Harness h, long memberId, CardStatus status, long? replaces = null)
    {
        await using var db = await h.DbAsync();
        var first = await db.Cards.Where(c => c.MemberId == memberId).OrderBy(c => c.Id).FirstAsync();
        var card = new Card
        {
            ProgramId = first.ProgramId,
            MemberId = memberId,
            Status = status,
            IsRegistered = true,
            Design = "기본",
            IssuedOn = first.IssuedOn,
            ExpiresOn = first.ExpiresOn,
            Last4 = $"{Random.Shared.Next(1000, 9999)}",
            ReplacesCardId = replaces,
            StoppedAt = status == CardStatus.Active ? null : h.Clock.GetUtcNow().AddDays(-1),
        };
        h.Get<NumberKeyRing>().SetNumber(card, CardNumber.WithCheckDigit($"948{Random.Shared.NextInt64(100_000_000_000, 999_999_999_999)}"));
        db.Cards.Add(card);
        await db.SaveChangesAsync();
        return card.Id;
    }
}
