using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace BackOffice.Tests.Notices;

/// <summary>A transport whose behaviour a test writes: send to the pickup folder, fail, or stop half-way.</summary>
internal sealed class ScriptedTransport(Func<NoticeMessage, CancellationToken, Task<string>> send) : IEmailTransport, ISmsGateway
{
    public Task<string> SendAsync(NoticeMessage message, CancellationToken ct) => send(message, ct);
}

internal static class NoticeTestSupport
{
    public const string Phone = "01098765432";
    public const string Email = "hong.gildong@example.com";

    public static NoticeSender Sender(Harness h, NoticeOptions? options = null, IEmailTransport? email = null, ISmsGateway? sms = null)
    {
        options ??= h.Get<NoticeOptions>();
        var folder = h.Get<NoticePickupFolder>();
        return new NoticeSender(h.Get<IDbContextFactory<AppDbContext>>(), h.Writer, h.Clock,
            email ?? new PickupFolderEmail(folder, options), sms ?? new PickupFolderSms(folder, options), options, NullLogger<NoticeSender>.Instance);
    }

    /// <summary>The pickup folder's default transports, for wrapping.</summary>
    public static (PickupFolderEmail Email, PickupFolderSms Sms) Pickup(Harness h) =>
        (new PickupFolderEmail(h.Get<NoticePickupFolder>(), h.Get<NoticeOptions>()), new PickupFolderSms(h.Get<NoticePickupFolder>(), h.Get<NoticeOptions>()));

    public static Task<string> SendByChannel(this (PickupFolderEmail Email, PickupFolderSms Sms) pickup, NoticeMessage m, CancellationToken ct) =>
        m.Channel == NoticeChannel.Sms ? pickup.Sms.SendAsync(m, ct) : pickup.Email.SendAsync(m, ct);

    public static string[] PickupFiles(Harness h) =>
        Directory.Exists(h.Get<NoticePickupFolder>().Path)
            ? Directory.GetFiles(h.Get<NoticePickupFolder>().Path).Select(f => Path.GetFileName(f)).Order().ToArray()
            : [];

    /// <summary>An active card with a balance, on a member whose phone and e-mail are set as given.</summary>
    public static async Task<(long CardId, long MemberId)> CardAsync(Harness h, string phone = Phone, string email = Email, int skip = 0)
    {
        await using var db = await h.DbAsync();
        var card = await db.Cards.Where(c => c.Program!.Code == ProgramPresets.LocalCurrency && c.Status == CardStatus.Active && c.MemberId != null)
            .Join(db.Accounts, c => c.Id, a => a.CardId, (c, a) => new { c.Id, c.MemberId, a.Balance })
            .Where(x => x.Balance > 0).OrderBy(x => x.Id).Skip(skip).FirstAsync();
        await db.Cards.Where(c => c.Id == card.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.IsRegistered, true));
        await db.Members.Where(m => m.Id == card.MemberId).ExecuteUpdateAsync(s => s.SetProperty(m => m.Phone, phone).SetProperty(m => m.Email, email));
        return (card.Id, card.MemberId!.Value);
    }

    public static Task<LostCardReceipt> ReportAsync(Harness h, long cardId, string key) =>
        h.Get<LostCardService>().ReportAsync(new LostCardCommand(cardId, LossKind.Lost, ReportChannel.Phone, "버스에서 분실", key));

    public static async Task<List<NoticeMessage>> MessagesAsync(Harness h, string eventRef)
    {
        await using var db = await h.DbAsync();
        return await db.NoticeMessages.AsNoTracking().Include(m => m.AttemptLog).Where(m => m.EventRef == eventRef).OrderBy(m => m.Channel).ToListAsync();
    }
}
