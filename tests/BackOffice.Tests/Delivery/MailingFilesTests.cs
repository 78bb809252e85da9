using System.Text;

namespace BackOffice.Tests.Delivery;

/// <summary>The two files of a mailing batch (docs/delivery-files.md): UTF-8 with BOM, CRLF, header row, formula-safe cells.</summary>
public class MailingFilesTests
{
    private static string Text(byte[] file)
    {
        Assert.Equal(Encoding.UTF8.GetPreamble(), file[..3]);
        return Encoding.UTF8.GetString(file[3..]);
    }

    [Fact]
    public void The_mailing_list_has_the_documented_layout_and_neutralises_formulas()
    {
        var file = MailingFiles.MailingList([
            new MailingListLine("S20261001-000001", "=HYPERLINK(\"http://x\")", "06236", "서울특별시 강남구 테헤란로 152", "+12층, 1201호", "01012345678", ShipmentMethod.Ordinary),
            new MailingListLine("S20261001-000002", "홍길동", "48058", "부산광역시 해운대구 센텀중앙로 79", "@101동", "01098765432", ShipmentMethod.Registered),
        ]);
        var lines = Text(file).Split("\r\n");
        Assert.Equal(4, lines.Length); // header, two rows, the empty string after the last CRLF
        Assert.Equal("", lines[^1]);
        Assert.DoesNotContain('\n', Text(file).Replace("\r\n", "", StringComparison.Ordinal));
        Assert.Equal("배송번호,수취인,우편번호,도로명주소,상세주소,연락처,우편 종류", lines[0]);
        // The formula is a text cell (apostrophe), quoted because it holds quotes; the phone is left out of ordinary mail.
        Assert.Equal("S20261001-000001,\"'=HYPERLINK(\"\"http://x\"\")\",06236,서울특별시 강남구 테헤란로 152,\"'+12층, 1201호\",,보통", lines[1]);
        // Registered mail carries the phone for the post office's delivery notice.
        Assert.Equal("S20261001-000002,홍길동,48058,부산광역시 해운대구 센텀중앙로 79,'@101동,01098765432,등기", lines[2]);
    }

    [Fact]
    public void The_production_file_has_the_card_id_and_last_4_never_a_full_number()
    {
        var file = MailingFiles.Production([new MailingProductionLine("S20261001-000001", 42, "1234", "LOCAL", "-기본", ShipmentKind.NewCard, ShipmentMethod.Ordinary)]);
        var lines = Text(file).Split("\r\n");
        Assert.Equal("배송번호,카드ID,카드번호 끝4자리,상품코드,카드 디자인,발급 구분,우편 종류", lines[0]);
        Assert.Equal("S20261001-000001,42,1234,LOCAL,'-기본,신규 발급,보통", lines[1]);
    }

    [Fact]
    public void The_hash_is_the_lowercase_sha256_of_the_bytes()
    {
        var file = MailingFiles.Production([]);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(file)), MailingFiles.Sha256(file));
        Assert.Equal(64, MailingFiles.Sha256(file).Length);
    }
}
