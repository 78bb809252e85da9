using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace BackOffice.Web.Platform.Notices;

/// <summary>Sends one e-mail notice and returns the provider's id for it.</summary>
public interface IEmailTransport
{
    Task<string> SendAsync(NoticeMessage message, CancellationToken ct);
}

/// <summary>An SMS gateway: sends one text and returns the provider's id for it. The default writes to the pickup folder.</summary>
public interface ISmsGateway
{
    Task<string> SendAsync(NoticeMessage message, CancellationToken ct);
}

/// <summary>The folder where notices land when there is no SMTP server or SMS gateway (by default, and in tests).</summary>
public sealed class NoticePickupFolder(string path)
{
    public string Path { get; } = path;

    /// <summary>
    /// Writes the file under a name fixed by the message id: written again after a crash, it replaces itself, so the
    /// folder holds each message once. The content goes to a temporary file first and is moved into place, so a
    /// reader never sees half a message.
    /// </summary>
    public async Task<string> WriteAsync(string fileName, Func<Stream, CancellationToken, Task> write, CancellationToken ct)
    {
        Directory.CreateDirectory(Path);
        var final = System.IO.Path.Combine(Path, fileName);
        var temp = System.IO.Path.Combine(Path, $".{fileName}.{Guid.NewGuid():N}.tmp");
        await using (var stream = File.Create(temp))
        {
            await write(stream, ct);
        }
        File.Move(temp, final, overwrite: true);
        return fileName;
    }
}

/// <summary>How a notice becomes a MIME message: the same message id always gives the same Message-ID and content.</summary>
public static class NoticeMail
{
    public static string MessageId(NoticeMessage message, NoticeOptions options) => $"notice-{message.Id}@{options.MessageIdDomain}";

    public static MimeMessage Build(NoticeMessage message, NoticeOptions options)
    {
        var mail = new MimeMessage
        {
            // Deterministic per notice: a message sent again after a crash between sending and marking it sent carries
            // the same Message-ID, so receiving mail systems (and the pickup folder, by file name) can drop the repeat.
            MessageId = MessageId(message, options),
            Date = message.CreatedAt,
            Subject = message.Subject,
            Body = new TextPart("plain") { Text = message.Body },
        };
        mail.From.Add(new MailboxAddress(options.Smtp.FromName, options.Smtp.From));
        mail.To.Add(MailboxAddress.Parse(message.Recipient));
        return mail;
    }
}

/// <summary>E-mail into the pickup folder as <c>notice-{id}.eml</c>.</summary>
public sealed class PickupFolderEmail(NoticePickupFolder folder, NoticeOptions options) : IEmailTransport
{
    public static string FileName(long messageId) => $"notice-{messageId}.eml";

    public async Task<string> SendAsync(NoticeMessage message, CancellationToken ct)
    {
        var mail = NoticeMail.Build(message, options);
        await folder.WriteAsync(FileName(message.Id), (stream, token) => mail.WriteToAsync(stream, token), ct);
        return NoticeMail.MessageId(message, options);
    }
}

/// <summary>SMS into the pickup folder as <c>notice-{id}.sms.txt</c>.</summary>
public sealed class PickupFolderSms(NoticePickupFolder folder, NoticeOptions options) : ISmsGateway
{
    public static string FileName(long messageId) => $"notice-{messageId}.sms.txt";

    public async Task<string> SendAsync(NoticeMessage message, CancellationToken ct)
    {
        var id = NoticeMail.MessageId(message, options);
        var text = $"Message-Id: {id}\nFrom: {options.SmsSender}\nTo: {message.Recipient}\n\n{message.Body}\n";
        await folder.WriteAsync(FileName(message.Id), (stream, token) => stream.WriteAsync(System.Text.Encoding.UTF8.GetBytes(text), token).AsTask(), ct);
        return id;
    }
}

/// <summary>E-mail through the configured SMTP server (MailKit).</summary>
public sealed class SmtpEmail(NoticeOptions options) : IEmailTransport
{
    public async Task<string> SendAsync(NoticeMessage message, CancellationToken ct)
    {
        var mail = NoticeMail.Build(message, options);
        using var client = new SmtpClient();
        var smtp = options.Smtp;
        await client.ConnectAsync(smtp.Host ?? throw new InvalidOperationException("Notices:Smtp:Host is not set."), smtp.Port, smtp.StartTls ? SecureSocketOptions.StartTlsWhenAvailable : SecureSocketOptions.None, ct);
        if (!string.IsNullOrEmpty(smtp.User)) await client.AuthenticateAsync(smtp.User, smtp.Password ?? "", ct);
        // The Message-ID is the notice's own (NoticeMail.Build): a repeat after a crash is recognisable by receivers.
        await client.SendAsync(mail, ct);
        await client.DisconnectAsync(true, ct);
        return NoticeMail.MessageId(message, options);
    }
}
