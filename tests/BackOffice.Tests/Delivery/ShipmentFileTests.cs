using System.Text;

namespace BackOffice.Tests.Delivery;

/// <summary>The two incoming status files (issue 14 item 4; layouts in docs/delivery-files.md): file checks and row checks.</summary>
public class ShipmentFileTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 10, 0, 0, KoreanTime.Offset);
    private static readonly DateOnly Today = new(2026, 11, 20);

    private const string DispatchHead = "배송번호,발송일시,등기번호,상태\r\n";
    private const string ReturnedHead = "배송번호,반송일,반송사유코드,반송사유\r\n";

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    [Theory]
    // row, accepted?, the reason's start when refused
    [InlineData("S20261119-000001,2026-11-19 14:30,1234567890123,접수", true, "")]
    [InlineData("S20261119-000001,2026-11-19 14:30:05,AB-12,배송중", true, "")]
    [InlineData("S20261119-000001,2026-11-19,1234567890123,접수", false, "발송일시 '2026-11-19'의 형식이 틀립니다")]
    [InlineData("S20261119-000001,2026-11-21 09:00,1234567890123,접수", false, "발송일시 2026-11-21 09:00이(가) 미래입니다")]
    [InlineData("S20261119-000001,2026-11-19 14:30,1234567890123,배달완료", false, "상태 '배달완료'은(는) 알 수 없습니다")]
    [InlineData("S20261119-000001,2026-11-19 14:30,,접수", false, "등기번호는")]
    [InlineData("S20261119-000001,2026-11-19 14:30,12 34,접수", false, "등기번호는")]
    [InlineData("X1,2026-11-19 14:30,1234567890123,접수", false, "배송번호 'X1'의 형식이 틀립니다")]
    [InlineData(",2026-11-19 14:30,1234567890123,접수", false, "배송번호가 비어 있습니다")]
    [InlineData("S20261119-000001,2026-11-19 14:30,1234567890123", false, "칸이 3개입니다")]
    public void Dispatch_rows_are_checked_one_by_one(string row, bool accepted, string reason)
    {
        var read = ShipmentFile.ReadDispatch(Utf8(DispatchHead + row + "\r\n"), Now);
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
        }
    }

    [Fact]
    public void A_dispatch_row_reads_korea_time_and_the_status()
    {
        var row = Assert.Single(ShipmentFile.ReadDispatch(Utf8(DispatchHead + "S20261119-000001,2026-11-19 23:59,1234567890123,배송중"), Now).Rows);
        Assert.Equal(new DateTimeOffset(2026, 11, 19, 14, 59, 0, TimeSpan.Zero), row.DispatchedAt);
        Assert.Equal(ShipmentStatus.InTransit, row.Status);
    }

    [Theory]
    [InlineData("S20261119-000001,2026-11-20,R01,수취인 불명", true, "")]
    [InlineData("S20261119-000001,\"2026-11-20\",R01,\"주소 불명, 이사\"", true, "")]
    [InlineData("S20261119-000001,2026/11/20,R01,수취인 불명", false, "반송일 '2026/11/20'의 형식이 틀립니다")]
    [InlineData("S20261119-000001,2026-11-21,R01,수취인 불명", false, "반송일 2026-11-21이(가) 미래입니다")]
    [InlineData("S20261119-000001,2026-11-20,,수취인 불명", false, "반송사유코드는")]
    [InlineData("S20261119-000001,2026-11-20,R01,", false, "반송사유는")]
    public void Returned_rows_are_checked_one_by_one(string row, bool accepted, string reason)
    {
        var read = ShipmentFile.ReadReturned(Utf8(ReturnedHead + row), Today);
        if (accepted) Assert.Single(read.Rows);
        else Assert.StartsWith(reason, Assert.Single(read.Rejected).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_shipment_twice_in_a_file_refuses_the_second_row()
    {
        var read = ShipmentFile.ReadReturned(Utf8(ReturnedHead + "S20261119-000001,2026-11-20,R01,수취인 불명\r\nS20261119-000001,2026-11-20,R02,이사\r\n"), Today);
        Assert.Equal(2, read.RowCount);
        Assert.Equal(2, Assert.Single(read.Rows).Line);
        var second = Assert.Single(read.Rejected);
        Assert.Equal(3, second.Line);
        Assert.Contains("두 번 이상", second.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_byte_order_mark_and_a_quoted_line_break_are_read_and_line_numbers_follow_the_file()
    {
        var text = "\uFEFF" + ReturnedHead + "S20261119-000001,2026-11-20,R01,\"여러 줄\r\n사유\"\r\n\r\nS20261119-000002,bad,R01,사유\r\n";
        var read = ShipmentFile.ReadReturned(Utf8(text), Today);
        Assert.Equal("여러 줄\r\n사유", Assert.Single(read.Rows).ReasonText);
        Assert.Equal(5, Assert.Single(read.Rejected).Line); // header 1, the quoted row 2-3, an empty line 4
    }

    [Theory]
    [InlineData("", "빈 파일입니다")]
    [InlineData("S20261119-000001,2026-11-20,R01,사유\r\n", "첫 줄에 머리글이 필요합니다")]
    [InlineData("배송번호,반송일,반송사유\r\n", "첫 줄에 머리글이 필요합니다")]
    public void A_file_without_its_header_is_refused_as_a_whole(string text, string reason) =>
        Assert.StartsWith(reason, Assert.Throws<BusinessRuleException>(() => ShipmentFile.ReadReturned(Utf8(text), Today)).Message, StringComparison.Ordinal);

    [Fact]
    public void A_file_that_is_not_utf8_is_refused()
    {
        var bytes = Utf8(ReturnedHead).Concat(new byte[] { 0xC0, 0xAF, 0xFF }).ToArray();
        Assert.StartsWith("UTF-8 파일이 아닙니다", Assert.Throws<BusinessRuleException>(() => ShipmentFile.ReadReturned(bytes, Today)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void More_than_ten_thousand_rows_or_five_megabytes_are_refused()
    {
        var rows = string.Concat(Enumerable.Range(1, ShipmentFile.MaxRows + 1).Select(i => $"S20261119-{i:D6},2026-11-20,R01,사유\r\n"));
        Assert.StartsWith("행이 너무 많습니다", Assert.Throws<BusinessRuleException>(() => ShipmentFile.ReadReturned(Utf8(ReturnedHead + rows), Today)).Message, StringComparison.Ordinal);
        var exactly = string.Concat(Enumerable.Range(1, ShipmentFile.MaxRows).Select(i => $"S20261119-{i:D6},2026-11-20,R01,사유\r\n"));
        Assert.Equal(ShipmentFile.MaxRows, ShipmentFile.ReadReturned(Utf8(ReturnedHead + exactly), Today).Rows.Count);
        var big = new byte[ShipmentFile.MaxBytes + 1];
        Assert.StartsWith("파일이 너무 큽니다", Assert.Throws<BusinessRuleException>(() => ShipmentFile.ReadReturned(big, Today)).Message, StringComparison.Ordinal);
    }
}
