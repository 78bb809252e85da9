namespace BackOffice.Web.Platform.Notices;

/// <summary>The "Notices" configuration section.</summary>
public sealed class NoticeOptions
{
    /// <summary>Where e-mails (<c>.eml</c>) and SMS (<c>.sms.txt</c>) land when no SMTP server or SMS gateway is configured;
    /// empty means <c>&lt;data folder&gt;/notices/outbox</c>.</summary>
    public string? PickupFolder { get; set; }

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>The sending number shown on SMS.</summary>
    public string SmsSender { get; set; } = "15880000";

    /// <summary>The right-hand side of every notice's Message-ID (<c>notice-{id}@domain</c>).</summary>
    public string MessageIdDomain { get; set; } = "notices.backoffice.local";

    /// <summary>After this many failed attempts a message is abandoned (and shown so on the member's timeline).</summary>
    public int MaxAttempts { get; set; } = 6;

    /// <summary>The wait after the first failure; it doubles after each further one, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(2);

    /// <summary>How long a sender holds a claimed message; after it, another run may take the message over.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often the sender job runs, and how many messages one run sends at most.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(30);

    public int BatchSize { get; set; } = 100;

    /// <summary>The wait before attempt <paramref name="failures"/> + 1: first delay × 2^(failures − 1), capped.</summary>
    public TimeSpan RetryDelay(int failures)
    {
        var factor = Math.Pow(2, Math.Clamp(failures - 1, 0, 30));
        var delay = TimeSpan.FromTicks((long)Math.Min(FirstRetryDelay.Ticks * factor, MaxRetryDelay.Ticks));
        return delay;
    }
}

public sealed class SmtpOptions
{
    /// <summary>When set, e-mail goes through this server (MailKit); otherwise to the pickup folder.</summary>
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public bool StartTls { get; set; } = true;
    public string? User { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "noreply@backoffice.local";
    public string FromName { get; set; } = "교통카드 고객센터";
}
