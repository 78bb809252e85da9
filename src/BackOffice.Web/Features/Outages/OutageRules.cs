using System.Globalization;

namespace BackOffice.Web.Features.Outages;

/// <summary>What an Admin types for an outage: start and end (KST), the systems, a description, whether statements were impossible.</summary>
public sealed record OutageInput(DateTimeOffset? StartsAt, DateTimeOffset? EndsAt, string? Systems, string? Description, bool BlocksStatements);

/// <summary>An outage as the calendar lists it, with the KST days it touches.</summary>
public sealed record OutageRow(
    long Id, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Systems, string Description, bool BlocksStatements,
    DateTimeOffset? NoticeSentAt, string RecordedByName, long Version, IReadOnlyList<DateOnly> Days);

/// <summary>A saved outage and the open statement cases whose due date it moved (case number, old → new due date).</summary>
public sealed record OutageSaved(long Id, IReadOnlyList<RecomputedCase> Recomputed);

public sealed record RecomputedCase(string Number, DateOnly? OldDue, DateOnly? NewDue);

/// <summary>Input rules of the outage calendar, with the Korean sentences the screen shows.</summary>
public static class OutageRules
{
    public const int MaxSystems = 200;
    public const int MaxDescription = 1000;
    /// <summary>One record covers at most a month (운영 정책): a longer disruption is recorded in parts, each checked.</summary>
    public const int MaxDays = 31;
    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    public static string? Problem(OutageInput input)
    {
        if (input.StartsAt is not { } start) return "장애 시작 시각을 입력하세요.";
        if (input.EndsAt is not { } end) return "장애 종료 시각을 입력하세요.";
        if (start.ToKst().Year is < FirstYear or > LastYear || end.ToKst().Year is < FirstYear or > LastYear)
            return $"{FirstYear}년부터 {LastYear}년까지의 장애만 등록할 수 있습니다.";
        if (end <= start) return "장애 종료 시각은 시작 시각보다 늦어야 합니다.";
        if (end - start > TimeSpan.FromDays(MaxDays)) return $"장애 기간은 {MaxDays}일을 넘을 수 없습니다. 나누어 등록하세요.";
        var systems = input.Systems?.Trim() ?? "";
        if (systems.Length == 0) return "장애가 난 시스템을 입력하세요 (예: 거래내역 조회, 앱).";
        if (systems.Length > MaxSystems) return $"장애 시스템은 {MaxSystems}자 이하로 입력하세요.";
        if ((input.Description?.Trim().Length ?? 0) > MaxDescription) return $"장애 내용은 {MaxDescription:N0}자 이하로 입력하세요.";
        return null;
    }

    /// <summary>"09:30" → 09:30; null with a Korean reason when it is not a time of day.</summary>
    public static TimeOnly? ParseTime(string? text) =>
        TimeOnly.TryParseExact(text?.Trim(), ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;

    /// <summary>A KST date and time of day as an instant.</summary>
    public static DateTimeOffset? At(DateOnly? day, TimeOnly? time) =>
        day is { } d && time is { } t ? new DateTimeOffset(d.ToDateTime(t), KoreanTime.Offset) : null;
}
