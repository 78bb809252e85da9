namespace BackOffice.Data.Refunds;

public static class RefundChannelNames
{
    public static string Of(RefundChannel channel) => channel switch
    {
        RefundChannel.BankAccount => "계좌",
        RefundChannel.Store => "매장(가맹점)",
        RefundChannel.Envelope => "환불봉투",
        RefundChannel.DirectVisit => "직접 방문",
        _ => channel.ToString(),
    };
}
