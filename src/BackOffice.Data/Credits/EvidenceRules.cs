namespace BackOffice.Data.Credits;

/// <summary>Whether an evidence document may be recorded, with the rule that says so, or the Korean refusal.</summary>
public sealed record EvidenceDecision(bool Allowed, string Text);

/// <summary>
/// 001 §2.3.2 관련 증빙서류, the issuing table:
/// <list type="table">
/// <item>신용카드: 세금계산서 가능, 카드전표 가능, 현금영수증 불가능 — 현금영수증과 세금계산서의 중복발급 불가.</item>
/// <item>가상 계좌: 세금계산서 가능 (현금영수증 미신청시), 카드전표 불가능, 현금영수증 가능.</item>
/// </list>
/// 거래명세서 is not in the table: allowed for both (운영 정책). The same kind twice is refused, and only a paid top-up
/// (<see cref="TopUpLog.Credited"/>) gets documents.
/// </summary>
public static class EvidenceRules
{
    public const string Clause = "001 §2.3.2";

    public static EvidenceDecision Check(TopUpMethod method, TopUpStatus status, IEnumerable<EvidenceDocumentKind> recorded, EvidenceDocumentKind kind)
    {
        var name = TopUpLog.Name(kind);
        var methodName = method == TopUpMethod.Card ? "신용카드" : "가상 계좌";
        if (!TopUpLog.Credited.Contains(status))
            return new(false, $"결제가 완료된 충전에만 증빙서류를 발급할 수 있습니다 (현재 {TopUpLog.Name(status)}, {Clause}).");
        var existing = recorded.ToHashSet();
        if (existing.Contains(kind))
            return new(false, $"이 충전에는 {name} 요청이 이미 기록되어 있습니다 (같은 증빙 중복 발급 불가).");

        switch (method, kind)
        {
            case (TopUpMethod.Card, EvidenceDocumentKind.CashReceipt):
                return new(false, $"신용카드 결제에는 현금영수증을 발급할 수 없습니다 ({Clause}: 신용카드 현금영수증 불가능).");
            case (TopUpMethod.VirtualAccount, EvidenceDocumentKind.CardSlip):
                return new(false, $"가상 계좌 결제에는 카드전표(신용카드명세서)를 발급할 수 없습니다 ({Clause}: 가상 계좌 카드전표 불가능).");
        }

        if (kind == EvidenceDocumentKind.TaxInvoice && existing.Contains(EvidenceDocumentKind.CashReceipt))
            return new(false, $"현금영수증이 이미 요청된 결제에는 세금계산서를 발급할 수 없습니다 ({Clause}: 현금영수증과 세금계산서 중복발급 불가"
                + (method == TopUpMethod.VirtualAccount ? ", 현금영수증 미신청시에만 세금계산서 발급 가능)." : ")."));
        if (kind == EvidenceDocumentKind.CashReceipt && existing.Contains(EvidenceDocumentKind.TaxInvoice))
            return new(false, $"세금계산서가 이미 요청된 결제에는 현금영수증을 발급할 수 없습니다 ({Clause}: 현금영수증과 세금계산서 중복발급 불가).");

        return kind switch
        {
            EvidenceDocumentKind.TransactionStatement => new(true, $"{methodName}: 거래명세서 가능 ({Clause} 표에 없음: 운영 정책)"),
            EvidenceDocumentKind.TaxInvoice when method == TopUpMethod.VirtualAccount =>
                new(true, $"{methodName}: 세금계산서 가능, 현금영수증 미신청 ({Clause})"),
            _ => new(true, $"{methodName}: {name} 가능 ({Clause})"),
        };
    }
}
