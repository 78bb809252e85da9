using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E.MemberLifecycle;

/// <summary>A withdrawal that refunds first: 탈퇴 전 환불 filed, approved by Finance, paid by a second Finance user, then the withdrawal.</summary>
[Collection(PortalCollection.Name)]
public class WithdrawalTests(PortalFixture portal)
{
    [Fact]
    public async Task A_withdrawal_that_refunds_first()
    {
        var agent = await portal.SignedInPageAsync("agent");
        var refund = new MemberRefundDialog(agent);
        var withdraw = new WithdrawDialog(agent);

        // A demo member whose refund goes to an own-name account (some demo members have none: the dialog says so).
        string? memberNo = null;
        foreach (var candidate in Enumerable.Range(240, 40).Select(i => $"M{i:D8}"))
        {
            await refund.OpenMemberAsync(candidate);
            await refund.OpenAsync();
            await refund.ChooseKindAsync("BeforeWithdrawal");
            await Expect(refund.Preview.Or(refund.Blocker).First).ToBeVisibleAsync();
            if (await refund.Blocker.CountAsync() == 0 && (await refund.Preview.InnerTextAsync()).Contains("환불 가능", StringComparison.Ordinal))
            {
                memberNo = candidate;
                break;
            }
            await refund.CloseAsync();
        }
        Assert.NotNull(memberNo);

        // Withdrawal first is refused while money is left: the dialog says to file the 탈퇴 전 환불.
        await portal.ScreenshotAsync(agent, "70-withdrawal-refund-preview");
        var requestNo = await refund.SubmitAsync();
        await refund.CloseAsync();
        await withdraw.OpenAsync();
        await Expect(withdraw.Root).ToContainTextAsync("진행 중인 환불 요청이 있습니다");
        await Expect(withdraw.Confirm).ToBeDisabledAsync();
        await portal.ScreenshotAsync(agent, "71-withdrawal-blocked-by-refund");
        await withdraw.Cancel.ClickAsync();

        var finance = await portal.SignedInPageAsync("finance");
        var detail = await new RefundDetailPage(finance).OpenAsync(requestNo);
        await detail.ApproveAsync();
        if ((await detail.Status.InnerTextAsync()).StartsWith("관리자 승인 대기", StringComparison.Ordinal))
        {
            // Above 300,000원 a Supervisor approves too (issue 10).
            var supervisor = await portal.SignedInPageAsync("supervisor");
            var queue = await new RefundQueuePage(supervisor).OpenAsync();
            await queue.SupervisorApproveAsync(requestNo);
            await Expect(queue.Snackbar).ToContainTextAsync("지급 대기로 넘어갔습니다");
        }
        var batches = await new PayoutBatchesPage(finance).OpenAsync();
        var batch = await batches.CreateBatchAsync();
        await batch.DownloadFileAsync();
        var payer = await portal.SignedInPageAsync("finance2");
        await payer.GotoAsync(finance.Url);
        await PortalFixture.WaitForCircuitAsync(payer);
        var paying = new PayoutBatchPage(payer);
        await Expect(paying.Paid(requestNo)).ToBeEnabledAsync();
        await paying.MarkPaidAsync(requestNo);
        await Expect(paying.Item(requestNo)).ToContainTextAsync("지급 완료");

        await refund.OpenMemberAsync(memberNo!);
        await Expect(withdraw.StatusChip).ToHaveTextAsync("사용 중");
        await withdraw.OpenAsync();
        await Expect(withdraw.RefundDone).ToContainTextAsync(requestNo);
        await portal.ScreenshotAsync(agent, "72-withdrawal-dialog");
        await withdraw.WithdrawAsync("이사로 더 이상 이용하지 않음");

        await Expect(withdraw.StatusChip).ToHaveTextAsync("탈퇴");
        await Expect(withdraw.Withdrawal).ToContainTextAsync("잔액 환불 후 탈퇴");
        foreach (var row in await withdraw.CardRows.AllAsync())
            await Expect(row).ToContainTextAsync("해지");
        await Expect(agent.GetByTestId("member-withdraw")).ToHaveCountAsync(0); // nothing left to do for a withdrawn member
        await Expect(agent.GetByTestId("member-status")).ToHaveTextAsync("탈퇴");
        await portal.ScreenshotAsync(agent, "73-member-withdrawn");
    }
}
