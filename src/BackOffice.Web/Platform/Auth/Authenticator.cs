using System.Text;
using QRCoder;

namespace BackOffice.Web.Platform.Auth;

/// <summary>What the enrolment page shows: the otpauth URI, its QR code, and the key grouped for typing.</summary>
public static class Authenticator
{
    public const string Issuer = "BackOffice";
    public const int RecoveryCodeCount = 10;

    public static string Uri(string userName, string key) =>
        $"otpauth://totp/{System.Uri.EscapeDataString(Issuer)}:{System.Uri.EscapeDataString(userName)}?secret={key}&issuer={System.Uri.EscapeDataString(Issuer)}&digits=6";

    /// <summary>The key in groups of four, lower case, as authenticator apps accept it typed.</summary>
    public static string Grouped(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            if (i > 0) text.Append(' ');
            text.Append(key.AsSpan(i, Math.Min(4, key.Length - i)));
        }
        return text.ToString().ToLowerInvariant();
    }

    /// <summary>A PNG QR code as a data URL, drawn on the server (no script, no outside service sees the key).</summary>
    public static string QrDataUrl(string uri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        var png = new PngByteQRCode(data).GetGraphic(5);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }

    /// <summary>Codes are typed with spaces or dashes at times; Identity wants the bare digits.</summary>
    public static string CleanCode(string? code) => (code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).Trim();
}
