namespace BackOffice.Web.Platform.Names;

/// <summary>Korean names of ledger and card codes, as the screens show them.</summary>
public static class EntryTypeNames
{
    public static string Of(EntryType type) => type switch
    {
        EntryType.TopUp => "충전",
        EntryType.Payment => "결제",
        EntryType.PaymentCancel => "결제 취소",
        EntryType.CashbackAccrual => "캐시백 적립",
        EntryType.CashbackUse => "캐시 사용",
        EntryType.EmoneyToCard => "e음머니 → 카드",
        EntryType.CardToEmoney => "카드 → e음머니",
        EntryType.EmoneyTopUp => "e음머니 충전",
        EntryType.LostCardSweep => "분실 잔액 전환",
        EntryType.BalanceTransfer => "잔액 이전",
        EntryType.ReissueFee => "재발급 수수료",
        EntryType.CardDeliveryFee => "카드 발급·재발송 수수료",
        EntryType.RefundHold => "환불 보류",
        EntryType.RefundRelease => "환불 보류 해제",
        EntryType.RefundPayout => "환불 지급",
        EntryType.RefundFee => "환불 수수료",
        EntryType.Adjustment => "조정",
        EntryType.WithdrawalForfeit => "탈퇴 잔액 소멸",
        EntryType.CreditTopUp => "크레딧 충전",
        EntryType.CreditUse => "크레딧 사용",
        EntryType.CreditTopUpReversal => "크레딧 충전 취소",
        EntryType.CreditExpiry => "크레딧 소멸",
        EntryType.PointEarn => "포인트 적립",
        EntryType.PointUse => "포인트 사용",
        EntryType.PointExpiry => "포인트 소멸",
        EntryType.PointForfeit => "포인트 즉시 소멸",
        EntryType.PrescriptionDonation => "소멸시효 잔액 기부",
        _ => type.ToString(),
    };

    public static string Of(CardStatus status) => status switch
    {
        CardStatus.Active => "사용 중",
        CardStatus.Lost => "분실 정지",
        CardStatus.Stolen => "도난 정지",
        CardStatus.Defective => "불량 접수",
        CardStatus.Replaced => "재발급 대체",
        CardStatus.Expired => "유효기간 만료",
        CardStatus.Closed => "해지",
        CardStatus.Suspended => "회원 정지",
        _ => status.ToString(),
    };

    public static string Of(AccountKind kind) => kind switch
    {
        AccountKind.CardBalance => "카드",
        AccountKind.Emoney => "e음머니",
        AccountKind.Cashback => "캐시",
        AccountKind.RefundHold => "환불 보류",
        AccountKind.Credits => "크레딧",
        AccountKind.Points => "포인트",
        _ => kind.ToString(),
    };
}
