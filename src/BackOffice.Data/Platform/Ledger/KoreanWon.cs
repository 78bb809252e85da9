using System.Globalization;

namespace BackOffice.Data.Platform.Ledger;

/// <summary>Won amounts as staff read them: "12,345원". Rules use it in their explanations, screens via Fmt.</summary>
public static class KoreanWon
{
    private static readonly CultureInfo Korean = CultureInfo.GetCultureInfo("ko-KR");

    public static string Format(long amount) => amount.ToString("#,0", Korean) + "원";

    public static string Number(long amount) => amount.ToString("#,0", Korean);
}
