using System.Text.RegularExpressions;

namespace BackOffice.Data.Delivery;

/// <summary>A Korean delivery address in the post office's format: 5-digit postcode (우편번호), road-name address (도로명주소), detail line (상세주소).</summary>
public sealed record DeliveryAddress(string Postcode, string RoadAddress, string Detail)
{
    public static readonly DeliveryAddress Empty = new("", "", "");

    /// <summary>"(04524) 서울특별시 중구 세종대로 110, 3층": the one-line form kept in <see cref="Shipment.Address"/>.</summary>
    public string OneLine => AddressRules.OneLine(this);

    /// <summary>"(045**) 서울특별시 중구 ***": what the screen shows before an agent unmasks it with a reason.</summary>
    public string Masked => AddressRules.Mask(this);
}

/// <summary>Validation, parsing and masking of delivery addresses (issue 14 item 3; the limits are 운영 정책 within the columns).</summary>
public static partial class AddressRules
{
    public const int MaxRoadAddress = 200;
    public const int MaxDetail = 100;

    /// <summary>Trims and collapses spaces; null becomes empty.</summary>
    public static DeliveryAddress Normalize(string? postcode, string? roadAddress, string? detail) =>
        new(Clean(postcode).Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal), Clean(roadAddress), Clean(detail));

    /// <summary>The first thing wrong with the address, in Korean, or null.</summary>
    public static string? Problem(DeliveryAddress address)
    {
        if (address.Postcode.Length == 0) return "우편번호를 입력하세요.";
        if (!Postcode().IsMatch(address.Postcode)) return "우편번호는 숫자 5자리로 입력하세요 (예: 04524).";
        if (address.RoadAddress.Length == 0) return "도로명주소를 입력하세요.";
        if (address.RoadAddress.Length > MaxRoadAddress) return $"도로명주소는 {MaxRoadAddress}자 이하로 입력하세요.";
        if (address.Detail.Length > MaxDetail) return $"상세주소는 {MaxDetail}자 이하로 입력하세요.";
        if ((address.RoadAddress + address.Detail).Any(char.IsControl)) return "주소에 쓸 수 없는 문자가 있습니다.";
        return null;
    }

    /// <summary>
    /// Reads a member's one-line address into the three fields where it parses: an optional postcode in front
    /// ("(04524) …", "04524 …", "[04524] …") and a detail line after the first comma. Without a postcode the whole text
    /// is offered as the road address and the postcode stays empty for the agent to fill in.
    /// </summary>
    public static DeliveryAddress Parse(string? oneLine)
    {
        var text = Clean(oneLine);
        if (text.Length == 0) return DeliveryAddress.Empty;
        var postcode = "";
        var match = Leading().Match(text);
        if (match.Success)
        {
            postcode = match.Groups["code"].Value;
            text = text[match.Length..].Trim();
        }
        var comma = text.IndexOf(',', StringComparison.Ordinal);
        var road = comma < 0 ? text : text[..comma].Trim();
        var detail = comma < 0 ? "" : text[(comma + 1)..].Trim();
        return new DeliveryAddress(postcode, Cut(road, MaxRoadAddress), Cut(detail, MaxDetail));
    }

    public static string OneLine(DeliveryAddress a)
    {
        var line = (a.Postcode.Length > 0 ? $"({a.Postcode}) " : "") + a.RoadAddress + (a.Detail.Length > 0 ? ", " + a.Detail : "");
        return Cut(line, 200);
    }

    /// <summary>The postcode's first three digits (the district) and the first two words of the road address.</summary>
    public static string Mask(DeliveryAddress a)
    {
        var code = a.Postcode.Length >= 3 ? $"({a.Postcode[..3]}**) " : "";
        var road = a.RoadAddress.Length == 0 ? "" : PersonalDataMask.Address(a.RoadAddress);
        if (!road.EndsWith("***", StringComparison.Ordinal) && (a.Detail.Length > 0 || road.Length > 0)) road += " ***";
        return (code + road).Trim();
    }

    private static string Clean(string? value) => Spaces().Replace((value ?? "").Trim(), " ");

    private static string Cut(string value, int max) => value.Length <= max ? value : value[..max];

    [GeneratedRegex(@"^\d{5}$")]
    private static partial Regex Postcode();

    [GeneratedRegex(@"^[\(\[]?(?<code>\d{5})[\)\]]?\s+")]
    private static partial Regex Leading();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
