using System.Text;

namespace BackOffice.Tests.Credits;

/// <summary>The two payment files of credit top-ups (issue 15 item 2; layouts in docs/payment-files.md): file checks and row checks.</summary>
public class PaymentFilesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 10, 0, 0, KoreanTime.Offset);

    private const string GatewayHead = "거래번호,회원번호,결제수단,금액,상태,상태일시,카드사,승인번호,사유\r\n";
    private const string DepositHead = "거래번호,가상계좌번호,입금액,입금일시,입금은행\r\n";

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    [Theory]
    // row, accepted?, the reason's start when refused
    [InlineData("PG-0001,M00000001,신용카드,10000,승인완료,2026-11-19 14:30:00,BC카드,12345678,", true, "")]
    [InlineData("PG_0001,M00000001,신용카드,\"10,000\",매입요청,2026-11-19 14:30:00,BC카드,,", true, "")]
    [InlineData("PG-0001,M00000001,신용카드,10000,매입반송,2026-11-19 14:30:00,BC카드,,전표 미비", true, "")]
    [InlineData("PG-0001,M00000001,신용카드,10000,승인 취소,2026-11-19 14:30:00,,,", true, "")]
    [InlineData("PG-0001,M00000001,신용카드,10000,매입반송,2026-11-19 14:30:00,BC카드,,", false, "'매입반송' 행에는 사유가 필요합니다")]
    [InlineData("PG-0001,M00000001,신용카드,10000,매입실패,2026-11-19 14:30:00,BC카드,, ", false, "'매입실패' 행에는 사유가 필요합니다")]
    [InlineData("PG-0001,M00000001,가상계좌,10000,승인완료,2026-11-19 14:30:00,BC카드,1,", false, "결제수단 '가상계좌'은(는) 받을 수 없습니다")]
    [InlineData("PG-0001,M00000001,신용카드,0,승인완료,2026-11-19 14:30:00,BC카드,1,", false, "금액 '0'은(는) 1 이상의 정수(원)여야 합니다")]
    [InlineData("PG-0001,M00000001,신용카드,-5000,승인완료,2026-11-19 14:30:00,BC카드,1,", false, "금액 '-5000'은(는) 1 이상의 정수(원)여야 합니다")]
    [InlineData("PG-0001,M00000001,신용카드,10000.5,승인완료,2026-11-19 14:30:00,BC카드,1,", false, "금액 '10000.5'은(는)")]
    [InlineData("PG-0001,M00000001,신용카드,99999999999,승인완료,2026-11-19 14:30:00,BC카드,1,", false, "금액이(가) 한도")]
    [InlineData("PG-0001,M00000001,신용카드,10000,입금대기,2026-11-19 14:30:00,BC카드,1,", false, "상태 '입금대기'은(는) 신용카드 결제 상태가 아닙니다")]
    [InlineData("PG-0001,M00000001,신용카드,10000,완료,2026-11-19 14:30:00,BC카드,1,", false, "상태 '완료'은(는) 신용카드 결제 상태가 아닙니다")]
    [InlineData("PG-0001,M00000001,신용카드,10000,승인완료,2026-11-19 14:30,BC카드,1,", false, "상태일시 '2026-11-19 14:30'의 형식이 틀립니다")]
    [InlineData("PG-0001,M00000001,신용카드,10000,승인완료,2026-11-20 10:00:01,BC카드,1,", false, "상태일시 2026-11-20 10:00:01이(가) 미래입니다")]
    [InlineData(",M00000001,신용카드,10000,승인완료,2026-11-19 14:30:00,BC카드,1,", false, "거래번호가 비어 있습니다")]
    [InlineData("PG 0001,M00000001,신용카드,10000,승인완료,2026-11-19 14:30:00,BC카드,1,", false, "거래번호 'PG 0001'의 형식이 틀립니다")]
    [InlineData("=1+2,M00000001,신용카드,10000,승인완료,2026-11-19 14:30:00,BC카드,1,", false, "거래번호 '=1+2'의 형식이 틀립니다")]
    [InlineData("PG-0001,@M0001,신용카드,10000,승인완료,2026-11-19 14:30:00,BC카드,1,", false, "회원번호 '@M0001'의 형식이 틀립니다")]
    [InlineData("PG-0001,,신용카드,10000,승인완료,2026-11-19 14:30:00,BC카드,1,", false, "회원번호 ''의 형식이 틀립니다")]
    [InlineData("PG-0001,M00000001,신용카드,10000,승인완료,2026-11-19 14:30:00,BC카드", false, "칸이 7개입니다 (9개여야 합니다)")]
    public void Gateway_rows_are_checked_one_by_one(string row, bool accepted, string reason)
    {
        var read = PaymentFiles.ReadGateway(Utf8(GatewayHead + row + "\r\n"), Now);
        Assert.Equal(1, read.RowCount);
        if (accepted)
        {
            Assert.Single(read.Rows);
            Assert.Empty(read.Rejected);
        }
        else
        {
            var refused = Assert.Single(read.Rejected);
            Assert.Equal(2, refused.Line); // line 1 is the header
            Assert.StartsWith(reason, refused.Reason, StringComparison.Ordinal);
            Assert.StartsWith("2행: ", refused.ToString(), StringComparison.Ordinal);
            Assert.Empty(read.Rows);
        }
    }

    [Fact]
    public void A_gateway_row_reads_into_its_state_amount_and_korean_time()
    {
        var read = PaymentFiles.ReadGateway(Utf8(GatewayHead + "PG-0001,M00000001,신용카드,\"12,000\",매입반송,2026-11-19 14:30:05,BC카드,A1234,\"전표 미비, 재요청 예정\"\r\n"), Now);
        var row = Assert.Single(read.Rows);
        Assert.Equal(("PG-0001", "M00000001", 12_000L, TopUpStatus.PurchaseReturned), (row.TransactionId, row.MemberNo, row.Amount, row.Status));
        Assert.Equal(new DateTimeOffset(2026, 11, 19, 5, 30, 5, TimeSpan.Zero), row.At);
        Assert.Equal(("BC카드", "A1234", "전표 미비, 재요청 예정"), (row.Institution, row.ApprovalNumber, row.Reason));
    }

    [Fact]
    public void Every_card_state_is_read_by_its_korean_name()
    {
        Assert.Equal(["승인요청", "승인완료", "매입대기", "매입요청", "매입완료", "매입반송", "매입실패", "승인 취소"], PaymentFiles.GatewayStatuses.Keys);
        foreach (var (name, status) in PaymentFiles.GatewayStatuses) Assert.Equal(name, TopUpLog.Name(status));
    }

    [Fact]
    public void Formula_looking_cells_are_kept_as_text_and_never_evaluated()
    {
        var read = PaymentFiles.ReadGateway(Utf8(GatewayHead
            + "PG-0001,M00000001,신용카드,10000,매입반송,2026-11-19 14:30:00,=1+2,+82,\"=HYPERLINK(\"\"http://x\"\")\"\r\n"
            + "PG-0002,M00000001,신용카드,10000,매입실패,2026-11-19 14:30:00,@SUM(A1),-1,-2+3\r\n"), Now);
        Assert.Equal(2, read.Rows.Count);
        Assert.Equal(("=1+2", "+82", "=HYPERLINK(\"http://x\")"), (read.Rows[0].Institution, read.Rows[0].ApprovalNumber, read.Rows[0].Reason));
        Assert.Equal(("@SUM(A1)", "-1", "-2+3"), (read.Rows[1].Institution, read.Rows[1].ApprovalNumber, read.Rows[1].Reason));
    }

    [Fact]
    public void The_same_transaction_and_state_twice_in_a_file_is_refused_but_its_next_state_is_not()
    {
        var read = PaymentFiles.ReadGateway(Utf8(GatewayHead
            + "PG-0001,M00000001,신용카드,10000,승인완료,2026-11-19 14:30:00,BC카드,1,\r\n"
            + "PG-0001,M00000001,신용카드,10000,매입요청,2026-11-19 15:30:00,BC카드,1,\r\n"
            + "PG-0001,M00000001,신용카드,10000,승인완료,2026-11-19 14:30:00,BC카드,1,\r\n"), Now);
        Assert.Equal([2, 3], read.Rows.Select(r => r.Line));
        var refused = Assert.Single(read.Rejected);
        Assert.Equal(4, refused.Line);
        Assert.Contains("두 번 이상", refused.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("VA-0001,5620-1234-5678,30000,2026-11-19 09:15:00,신한은행", true, "")]
    [InlineData("VA-0001,56201234,\"30,000\",2026-11-19 09:15:00,신한은행", true, "")]
    [InlineData("VA-0001,5620 1234,30000,2026-11-19 09:15:00,신한은행", false, "가상계좌번호 '5620 1234'의 형식이 틀립니다")]
    [InlineData("VA-0001,=5620,30000,2026-11-19 09:15:00,신한은행", false, "가상계좌번호 '=5620'의 형식이 틀립니다")]
    [InlineData("VA-0001,56201234,0,2026-11-19 09:15:00,신한은행", false, "입금액 '0'은(는) 1 이상의 정수(원)여야 합니다")]
    [InlineData("VA-0001,56201234,30000,2026/11/19 09:15:00,신한은행", false, "입금일시 '2026/11/19 09:15:00'의 형식이 틀립니다")]
    [InlineData("VA-0001,56201234,30000,2026-11-21 09:15:00,신한은행", false, "입금일시 2026-11-21 09:15:00이(가) 미래입니다")]
    [InlineData("VA-0001,56201234,30000,2026-11-19 09:15:00,", false, "입금은행은 1~50자입니다")]
    [InlineData(",56201234,30000,2026-11-19 09:15:00,신한은행", false, "거래번호가 비어 있습니다")]
    [InlineData("VA-0001,56201234,30000,2026-11-19 09:15:00,신한은행,메모", false, "칸이 6개입니다 (5개여야 합니다)")]
    public void Deposit_rows_are_checked_one_by_one(string row, bool accepted, string reason)
    {
        var read = PaymentFiles.ReadDeposits(Utf8(DepositHead + row + "\n"), Now);
        Assert.Equal(1, read.RowCount);
        if (accepted)
        {
            var good = Assert.Single(read.Rows);
            Assert.Equal(30_000, good.Amount);
            Assert.Equal(new DateTimeOffset(2026, 11, 19, 0, 15, 0, TimeSpan.Zero), good.DepositedAt);
            Assert.Empty(read.Rejected);
        }
        else
        {
            var refused = Assert.Single(read.Rejected);
            Assert.Equal(2, refused.Line);
            Assert.StartsWith(reason, refused.Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_deposit_for_the_same_transaction_twice_is_refused_on_its_second_line()
    {
        var read = PaymentFiles.ReadDeposits(Utf8(DepositHead
            + "VA-0001,56201234,30000,2026-11-19 09:15:00,신한은행\n"
            + "\n"
            + "VA-0001,56201234,30000,2026-11-19 09:16:00,신한은행\n"), Now);
        Assert.Equal(2, read.RowCount);
        Assert.Equal(4, Assert.Single(read.Rejected).Line); // the blank line 3 is skipped but counted
    }

    [Fact]
    public void A_byte_order_mark_is_allowed_and_a_quoted_line_break_keeps_the_line_numbers()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Utf8(GatewayHead
            + "PG-0001,M00000001,신용카드,10000,매입반송,2026-11-19 14:30:00,BC카드,,\"첫 줄\n둘째 줄\"\r\n"
            + "PG-0002,M00000001,신용카드,10000,없는상태,2026-11-19 14:30:00,BC카드,,\r\n")).ToArray();
        var read = PaymentFiles.ReadGateway(bytes, Now);
        Assert.Equal("첫 줄\n둘째 줄", Assert.Single(read.Rows).Reason);
        Assert.Equal(4, Assert.Single(read.Rejected).Line);
    }

    [Theory]
    [InlineData("", "빈 파일입니다.")]
    [InlineData("거래번호,회원번호,금액\r\nPG-1,M1,1000\r\n", "첫 줄에 머리글이 필요합니다: 거래번호,회원번호,결제수단,금액,상태,상태일시,카드사,승인번호,사유")]
    [InlineData("PG-0001,M00000001,신용카드,10000,승인완료,2026-11-19 14:30:00,BC카드,1,\r\n", "첫 줄에 머리글이 필요합니다")]
    [InlineData("거래번호,회원번호,결제수단,금액,상태,상태일시,카드사,승인번호,사유\r\n", "머리글 외에 행이 없습니다.")]
    public void A_file_without_its_header_or_rows_is_refused_as_a_whole(string text, string message)
    {
        var ex = Assert.Throws<BusinessRuleException>(() => PaymentFiles.ReadGateway(Utf8(text), Now));
        Assert.StartsWith(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_utf8_or_too_large_is_refused_as_a_whole()
    {
        var euckr = Utf8(DepositHead).Concat(new byte[] { 0xC0, 0xD4, 0xB1, 0xDD, 0x0A }).ToArray();
        Assert.StartsWith("UTF-8 파일이 아닙니다", Assert.Throws<BusinessRuleException>(() => PaymentFiles.ReadDeposits(euckr, Now)).Message, StringComparison.Ordinal);
        var huge = new byte[PaymentFiles.MaxBytes + 1];
        Assert.StartsWith("파일이 너무 큽니다", Assert.Throws<BusinessRuleException>(() => PaymentFiles.ReadDeposits(huge, Now)).Message, StringComparison.Ordinal);
    }
}
