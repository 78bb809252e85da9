using Microsoft.EntityFrameworkCore;

namespace BackOffice.Tests.Reissue;

/// <summary>
/// Issue 11 point 7: every preset sends a damaged (파손) card through card intake (000 재발급: 실물카드 수거 후 재발급),
/// so a direct damaged reissue is refused. The tests of the reissue mechanics (fee from e-money, waivers, repeated keys,
/// races, stock) still use a paid damaged reissue; they run on a LOCAL policy whose operator switched that rule off,
/// as an Admin can by a new policy version.
/// </summary>
public static class DirectDamagedReissue
{
    public static async Task AllowAsync(Harness h, string program = ProgramPresets.LocalCurrency)
    {
        await using var db = await h.DbAsync();
        await db.ProgramPolicies.Where(p => p.Program!.Code == program)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.DamagedReissueNeedsCollection, false));
    }
}
