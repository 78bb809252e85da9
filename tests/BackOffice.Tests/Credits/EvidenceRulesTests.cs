namespace BackOffice.Tests.Credits;

/// <summary>001 §2.3.2 관련 증빙서류: the issuing table cell by cell, the no-duplicate rule and the paid-only rule.</summary>
public class EvidenceRulesTests
{
    private const EvidenceDocumentKind Tax = EvidenceDocumentKind.TaxInvoice;
    private const EvidenceDocumentKind Cash = EvidenceDocumentKind.CashReceipt;
    private const EvidenceDocumentKind Slip = EvidenceDocumentKind.CardSlip;
    private const EvidenceDocumentKind Statement = EvidenceDocumentKind.TransactionStatement;

    public static TheoryData<string, TopUpMethod, EvidenceDocumentKind[], EvidenceDocumentKind, bool, string> Cells => new()
    {
        { "001 §2.3.2 신용카드 세금계산서 가능", TopUpMethod.Card, [], Tax, true, "세금계산서 가능" },
        { "001 §2.3.2 신용카드 카드전표 가능", TopUpMethod.Card, [], Slip, true, "가능" },
        { "001 §2.3.2 신용카드 현금영수증 불가능", TopUpMethod.Card, [], Cash, false, "현금영수증 불가능" },
        { "001 §2.3.2 가상 계좌 세금계산서 가능 (현금영수증 미신청시)", TopUpMethod.VirtualAccount, [], Tax, true, "현금영수증 미신청" },
        { "001 §2.3.2 가상 계좌 카드전표 불가능", TopUpMethod.VirtualAccount, [], Slip, false, "카드전표 불가능" },
        { "001 §2.3.2 가상 계좌 현금영수증 가능", TopUpMethod.VirtualAccount, [], Cash, true, "현금영수증 가능" },
        { "001 §2.3.2 가상 계좌 현금영수증 후 세금계산서 중복발급 불가", TopUpMethod.VirtualAccount, [Cash], Tax, false, "중복발급 불가" },
        { "001 §2.3.2 가상 계좌 세금계산서 후 현금영수증 중복발급 불가", TopUpMethod.VirtualAccount, [Tax], Cash, false, "중복발급 불가" },
        { "001 §2.3.2 신용카드 세금계산서 후 카드전표 가능", TopUpMethod.Card, [Tax], Slip, true, "가능" },
        { "운영 정책: 거래명세서는 표에 없음 → 신용카드 가능", TopUpMethod.Card, [], Statement, true, "운영 정책" },
        { "운영 정책: 거래명세서는 표에 없음 → 가상 계좌 가능", TopUpMethod.VirtualAccount, [Cash], Statement, true, "운영 정책" },
        { "같은 증빙 두 번 불가", TopUpMethod.Card, [Slip], Slip, false, "이미 기록" },
        { "같은 증빙 두 번 불가 (거래명세서)", TopUpMethod.VirtualAccount, [Statement], Statement, false, "이미 기록" },
    };

    [Theory]
    [MemberData(nameof(Cells))]
    public void Each_cell_of_the_issuing_table(string clause, TopUpMethod method, EvidenceDocumentKind[] recorded, EvidenceDocumentKind kind, bool allowed, string text)
    {
        var status = method == TopUpMethod.Card ? TopUpStatus.Purchased : TopUpStatus.Paid;
        var decision = EvidenceRules.Check(method, status, recorded, kind);
        Assert.True(decision.Allowed == allowed, $"{clause}: {decision.Text}");
        Assert.Contains(text, decision.Text, StringComparison.Ordinal);
    }

    public static TheoryData<TopUpMethod, TopUpStatus, bool> Statuses => new()
    {
        { TopUpMethod.Card, TopUpStatus.ApprovalRequested, false },
        { TopUpMethod.Card, TopUpStatus.Approved, true },
        { TopUpMethod.Card, TopUpStatus.PurchaseRequested, true },
        { TopUpMethod.Card, TopUpStatus.Purchased, true },
        { TopUpMethod.Card, TopUpStatus.PurchaseFailed, false },
        { TopUpMethod.Card, TopUpStatus.ApprovalCancelled, false },
        { TopUpMethod.VirtualAccount, TopUpStatus.AwaitingDeposit, false },
        { TopUpMethod.VirtualAccount, TopUpStatus.Paid, true },
        { TopUpMethod.VirtualAccount, TopUpStatus.DepositCancelled, false },
    };

    [Theory]
    [MemberData(nameof(Statuses))]
    public void Only_a_paid_top_up_gets_documents(TopUpMethod method, TopUpStatus status, bool allowed)
    {
        var decision = EvidenceRules.Check(method, status, [], Statement);
        Assert.Equal(allowed, decision.Allowed);
        if (!allowed) Assert.Contains("결제가 완료된 충전에만", decision.Text, StringComparison.Ordinal);
    }
}
