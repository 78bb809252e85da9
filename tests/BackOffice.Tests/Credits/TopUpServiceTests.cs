using Microsoft.EntityFrameworkCore;

namespace BackOffice.Tests.Credits;

/// <summary>Credit top-ups (issue 15 item 2) through the real service on a real database: deadlines, evidence, fraud cancel.</summary>
public class TopUpServiceTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_virtual_account_gets_its_deadline_and_an_agent_moves_it_on_request(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 5); // Friday 2026-11-20 10:00 KST
        var memberId = await TopUpTestData.MemberAsync(h);
        var service = h.Get<TopUpService>();

        var number = await service.OpenVirtualAccountAsync(memberId, 30_000, "신한은행", "va-1");

        Assert.Matches(@"^T20261120-\d{6}$", number);
        Assert.Equal(number, await service.OpenVirtualAccountAsync(memberId, 30_000, "신한은행", "va-1")); // the same key again
        var opened = await TopUpTestData.ReloadAsync(h, number);
        // 001 §2.2.2, 3 business days (운영 정책) counting Friday: Fri, Mon, Tue → cancels Wednesday 00:00 KST.
        Assert.Equal((TopUpStatus.AwaitingDeposit, new DateOnly(2026, 11, 24), new DateTimeOffset(2026, 11, 25, 0, 0, 0, KoreanTime.Offset)),
            (opened.Status, opened.DepositDeadline, opened.CancelsAt));
        Assert.Contains("001 §2.2.2", opened.DeadlineRule, StringComparison.Ordinal);
        Assert.StartsWith("562-", opened.VirtualAccountNumber, StringComparison.Ordinal);
        Assert.Equal(0, await TopUpTestData.CreditsAsync(h, memberId)); // nothing credited before the deposit

        // A past date is refused in Korean; nothing changes.
        var past = await Assert.ThrowsAsync<BusinessRuleException>(() => service.MoveDeadlineAsync(number, new DateOnly(2026, 11, 19), "고객 요청", "mv-0"));
        Assert.Contains("지난 날짜", past.Message, StringComparison.Ordinal);

        h.Actor.Current = TestActor.Finance;
        await Assert.ThrowsAsync<ForbiddenException>(() => service.MoveDeadlineAsync(number, new DateOnly(2026, 11, 27), "고객 요청", "mv-f"));

        h.Actor.Current = TestActor.Agent;
        h.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 24, 10, 0, 0, KoreanTime.Offset));
        await using (var db = await h.DbAsync())
        {
            var t = await db.CreditTopUps.SingleAsync(x => x.Number == number);
            t.CancelReminderAt = h.Clock.GetUtcNow(); // the reminder of the old last day went out
            await db.SaveChangesAsync();
        }
        var moved = await service.MoveDeadlineAsync(number, new DateOnly(2026, 11, 27), "급여일 이후 입금 요청", "mv-1");
        Assert.Equal(new DateOnly(2026, 11, 27), moved);
        // The same click again changes nothing (no second history line, audit or notice).
        Assert.Equal(new DateOnly(2026, 11, 27), await service.MoveDeadlineAsync(number, new DateOnly(2026, 11, 27), "급여일 이후 입금 요청", "mv-1"));

        var after = await TopUpTestData.ReloadAsync(h, number);
        Assert.Equal((new DateOnly(2026, 11, 27), new DateTimeOffset(2026, 11, 28, 0, 0, 0, KoreanTime.Offset), (DateTimeOffset?)null),
            (after.DepositDeadline, after.CancelsAt, after.CancelReminderAt));
        Assert.Contains("고객 요청", after.DeadlineRule, StringComparison.Ordinal);
        var history = await TopUpTestData.HistoryAsync(h, number);
        Assert.Equal(2, history.Count);
        Assert.Contains("2026-11-24 → 2026-11-27", history[1].Text, StringComparison.Ordinal);
        Assert.Equal(("agent-id", "staff"), (history[1].ActorId, history[1].Source));
        Assert.Equal(1, await TopUpTestData.NoticesAsync(h, memberId, TopUpNoticeKeys.DeadlineMoved));
        Assert.Equal(1, await TopUpTestData.NoticesAsync(h, memberId, TopUpNoticeKeys.DeadlineMoved, NoticeChannel.Email));
        await using var check = await h.DbAsync();
        var audit = await check.AuditRecords.SingleAsync(r => r.Action == "credit-topup.deadline");
        Assert.Equal((memberId, number, "급여일 이후 입금 요청"), (audit.MemberId, audit.EntityId, audit.Reason));
        Assert.Contains("2026-11-24", audit.Before ?? "", StringComparison.Ordinal);
        Assert.Contains("2026-11-27", audit.After ?? "", StringComparison.Ordinal);
        var sms = await check.NoticeMessages.SingleAsync(m => m.TemplateKey == TopUpNoticeKeys.DeadlineMoved && m.Channel == NoticeChannel.Sms);
        Assert.Contains("2026-11-27", sms.Body, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_top_up_below_the_minimum_or_for_a_withdrawn_member_is_refused(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 5);
        var memberId = await TopUpTestData.MemberAsync(h);
        var service = h.Get<TopUpService>();

        var small = await Assert.ThrowsAsync<BusinessRuleException>(() => service.RequestCardAsync(memberId, 999, "BC카드", "c-1"));
        Assert.Contains("001 §2.1", small.Message, StringComparison.Ordinal);
        await service.RequestCardAsync(memberId, 1_000, "BC카드", "c-2");

        await using (var db = await h.DbAsync())
        {
            var m = await db.Members.SingleAsync(x => x.Id == memberId);
            m.IsCorporate = true;
            await db.SaveChangesAsync();
        }
        var corporate = await Assert.ThrowsAsync<BusinessRuleException>(() => service.OpenVirtualAccountAsync(memberId, 4_999, "", "c-3"));
        Assert.Contains("법인회원 최소 5,000 C", corporate.Message, StringComparison.Ordinal);

        await using (var db = await h.DbAsync())
        {
            var m = await db.Members.SingleAsync(x => x.Id == memberId);
            m.Status = MemberStatus.Withdrawn;
            await db.SaveChangesAsync();
        }
        var withdrawn = await Assert.ThrowsAsync<BusinessRuleException>(() => service.RequestCardAsync(memberId, 10_000, "BC카드", "c-4"));
        Assert.Contains("탈퇴", withdrawn.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Evidence_documents_follow_the_issuing_table(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 5);
        var memberId = await TopUpTestData.MemberAsync(h);
        var service = h.Get<TopUpService>();
        var card = await service.RequestCardAsync(memberId, 20_000, "BC카드", "c-1");
        var va = await service.OpenVirtualAccountAsync(memberId, 20_000, "신한은행", "v-1");

        // Not paid yet: refused.
        var unpaid = await Assert.ThrowsAsync<BusinessRuleException>(() => service.RecordEvidenceAsync(va, EvidenceDocumentKind.CashReceipt, null, "e-0"));
        Assert.Contains("결제가 완료된 충전에만", unpaid.Message, StringComparison.Ordinal);

        await service.ApproveCardAsync(card, "12345678");
        Assert.Equal(20_000, await TopUpTestData.CreditsAsync(h, memberId));

        var rule = await service.RecordEvidenceAsync(card, EvidenceDocumentKind.CardSlip, "회사 제출용", "e-1");
        Assert.Contains("001 §2.3.2", rule, StringComparison.Ordinal);
        Assert.Equal(rule, await service.RecordEvidenceAsync(card, EvidenceDocumentKind.CardSlip, "회사 제출용", "e-1")); // same key
        var cash = await Assert.ThrowsAsync<BusinessRuleException>(() => service.RecordEvidenceAsync(card, EvidenceDocumentKind.CashReceipt, null, "e-2"));
        Assert.Contains("현금영수증 불가능", cash.Message, StringComparison.Ordinal);
        await service.RecordEvidenceAsync(card, EvidenceDocumentKind.TaxInvoice, null, "e-3");
        var twice = await Assert.ThrowsAsync<BusinessRuleException>(() => service.RecordEvidenceAsync(card, EvidenceDocumentKind.TaxInvoice, null, "e-4"));
        Assert.Contains("이미 기록", twice.Message, StringComparison.Ordinal);

        h.Actor.Current = TestActor.Compliance;
        await Assert.ThrowsAsync<ForbiddenException>(() => service.RecordEvidenceAsync(card, EvidenceDocumentKind.TransactionStatement, null, "e-5"));

        h.Actor.Current = TestActor.Agent;
        var detail = await service.GetAsync(card);
        Assert.NotNull(detail);
        Assert.Equal([EvidenceDocumentKind.CardSlip, EvidenceDocumentKind.TaxInvoice], detail.Evidence.Select(e => e.Kind));
        Assert.Equal([false, false, false, true], detail.EvidenceChoices.Select(c => c.Allowed)); // 세금계산서·현금영수증·카드전표 taken or barred, 거래명세서 open
        Assert.Contains(detail.History, l => l.Text.Contains("증빙서류 요청 기록: 신용카드명세서", StringComparison.Ordinal));
        await using var db = await h.DbAsync();
        Assert.Equal(2, await db.EvidenceDocumentRequests.CountAsync());
        Assert.Equal(2, await db.AuditRecords.CountAsync(r => r.Action == "credit-topup.evidence" && r.MemberId == memberId));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_supervisor_cancels_an_approval_for_fraud_and_the_credits_go_back(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 5);
        var memberId = await TopUpTestData.MemberAsync(h);
        var service = h.Get<TopUpService>();
        var card = await service.RequestCardAsync(memberId, 50_000, "BC카드", "c-1");
        await service.ApproveCardAsync(card, "87654321");
        Assert.Equal(50_000, await TopUpTestData.CreditsAsync(h, memberId));

        // An Agent has no such permission; a Supervisor needs a fresh step-up and a reason.
        await Assert.ThrowsAsync<ForbiddenException>(() => service.CancelForFraudAsync(card, "도용 카드 확인", "f-1"));
        h.Actor.Current = TestActor.Supervisor;
        var noStepUp = await Assert.ThrowsAsync<ForbiddenException>(() => service.CancelForFraudAsync(card, "도용 카드 확인", "f-1"));
        Assert.Contains("OTP 재인증", noStepUp.Message, StringComparison.Ordinal);
        await h.StepUpAsync();
        await Assert.ThrowsAsync<BusinessRuleException>(() => service.CancelForFraudAsync(card, " ", "f-1"));

        await service.CancelForFraudAsync(card, "도용 카드 확인 (카드사 통보)", "f-1");
        await service.CancelForFraudAsync(card, "도용 카드 확인 (카드사 통보)", "f-1"); // the same click again

        var cancelled = await TopUpTestData.ReloadAsync(h, card);
        Assert.Equal(TopUpStatus.ApprovalCancelled, cancelled.Status);
        Assert.NotNull(cancelled.ReversalEntryId);
        Assert.Equal(0, await TopUpTestData.CreditsAsync(h, memberId));
        Assert.Equal(1, await TopUpTestData.NoticesAsync(h, memberId, TopUpNoticeKeys.FraudCancelled));
        await TopUpTestData.AssertConsistentAsync(h);
        await using var db = await h.DbAsync();
        var audit = await db.AuditRecords.SingleAsync(r => r.Action == "credit-topup.fraud-cancel");
        Assert.Equal((memberId, "supervisor-id"), (audit.MemberId!.Value, audit.ActorId));
        var lot = await db.ValueLots.SingleAsync(l => l.Id == cancelled.LotId);
        Assert.Equal((LotState.Reversed, 0L), (lot.State, lot.Remaining));

        // A state 001 does not allow is refused.
        var again = await Assert.ThrowsAsync<BusinessRuleException>(() => service.CancelForFraudAsync(card, "다른 사유", "f-2"));
        Assert.Contains("승인을 취소할 수 없습니다", again.Message, StringComparison.Ordinal);
    }
}
