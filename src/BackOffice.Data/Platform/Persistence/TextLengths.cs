using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackOffice.Data.Platform.Persistence;

/// <summary>
/// The net below the services' own length checks: before anything is saved, every text value of an added or
/// modified row is checked against its column's maximum length in the EF model, and a value that does not fit is
/// refused with a Korean message naming the field, before the database sees it (and so is never retried).
/// <para>The field's Korean name comes from <see cref="HasLabel"/> in the entity's configuration, else from the
/// common property names below, else the property name itself.</para>
/// </summary>
public static class TextLengths
{
    public const string LabelAnnotation = "BackOffice:Label";

    /// <summary>Korean names of the common text fields, by property name, for properties without their own label.</summary>
    private static readonly Dictionary<string, string> CommonLabels = new(StringComparer.Ordinal)
    {
        ["Note"] = "메모",
        ["Notes"] = "메모",
        ["Memo"] = "메모",
        ["Reason"] = "사유",
        ["WaiverReason"] = "면제 사유",
        ["WaiverDecisionNote"] = "면제 결정 메모",
        ["RejectionReason"] = "반려 사유",
        ["FailureReason"] = "실패 사유",
        ["FollowUpNote"] = "후속 조치 메모",
        ["InspectionNotes"] = "검수 메모",
        ["Name"] = "이름",
        ["DisplayName"] = "표시 이름",
        ["Address"] = "주소",
        ["District"] = "지역",
        ["Email"] = "이메일",
        ["Phone"] = "전화번호",
        ["BankName"] = "은행명",
        ["BankAccountNumber"] = "계좌번호",
        ["BankAccountHolder"] = "예금주",
        ["Description"] = "설명",
        ["Explanation"] = "설명",
        ["FileName"] = "파일 이름",
        ["Reference"] = "참조",
        ["IdempotencyKey"] = "요청 키",
    };

    /// <summary>The Korean name of the field, used in the length message.</summary>
    public static PropertyBuilder<TProperty> HasLabel<TProperty>(this PropertyBuilder<TProperty> property, string label) =>
        property.HasAnnotation(LabelAnnotation, label);

    public static string Label(IReadOnlyProperty property) =>
        property.FindAnnotation(LabelAnnotation)?.Value as string
        ?? CommonLabels.GetValueOrDefault(property.Name)
        ?? property.Name;

    /// <summary>
    /// Masks card and phone numbers in free-text properties (<see cref="FreeTextMask"/>), then throws
    /// <see cref="BusinessRuleException"/> for the first text value longer than its column.
    /// </summary>
    public static void Check(ChangeTracker tracker)
    {
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified)) continue;
            foreach (var value in entry.Properties)
            {
                if (value.Metadata.ClrType != typeof(string) || value.CurrentValue is not string text) continue;
                if (entry.State == EntityState.Modified && !value.IsModified) continue;
                // Card and phone numbers typed into notes and reasons are masked here, once, before storage.
                if (FreeTextMask.Properties.Contains(value.Metadata.Name) && FreeTextMask.Apply(text) is var masked && !string.Equals(masked, text, StringComparison.Ordinal))
                {
                    value.CurrentValue = masked;
                    text = masked;
                }
                if (value.Metadata.GetMaxLength() is { } max && text.Length > max)
                    throw new BusinessRuleException(Message(Label(value.Metadata), max, text.Length));
            }
        }
    }

    public static string Message(string label, int max, int length) =>
        $"{label}은(는) 최대 {max}자까지 입력할 수 있습니다 (입력 {length}자).";
}
