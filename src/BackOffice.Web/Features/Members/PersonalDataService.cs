using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Features.Members;

/// <summary>
/// Shows one personal field in clear, only with a reason, and writes who saw what, when and why in the
/// same transaction as the read: no audit record, no data.
/// </summary>
public sealed class PersonalDataService(DbWriter writer, CurrentActor currentActor, TimeProvider clock, NumberKeyRing numbers)
{
    public const int MinReasonLength = 5;

    public static string? ReasonProblem(string? reason)
    {
        var text = (reason ?? "").Trim();
        if (text.Length == 0) return "열람 사유를 입력하세요.";
        if (text.Length < MinReasonLength) return $"열람 사유를 {MinReasonLength}자 이상 구체적으로 입력하세요.";
        if (text.Length > 200) return "열람 사유는 200자 이하로 입력하세요.";
        return null;
    }

    public async Task<string> UnmaskAsync(long memberId, PersonalField field, string reason, long? cardId = null, CancellationToken ct = default)
    {
        var actor = await currentActor.GetAsync();
        actor.Require(Permission.UnmaskPersonalData);
        if (ReasonProblem(reason) is { } problem) throw new BusinessRuleException(problem);

        return await writer.ExecuteAsync(async (db, token) =>
        {
            var member = await db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.Id == memberId, token)
                ?? throw new BusinessRuleException("회원을 찾을 수 없습니다.");
            string value;
            string entityId = member.Id.ToString(KoreanTime.Culture);
            string action = "member.unmask";
            if (field == PersonalField.CardNumber)
            {
                var card = await db.Cards.AsNoTracking().FirstOrDefaultAsync(c => c.Id == cardId && c.MemberId == memberId, token)
                    ?? throw new BusinessRuleException("이 회원의 카드가 아닙니다.");
                value = CardNumber.Format(numbers.RevealNumber(card));
                entityId = card.Id.ToString(KoreanTime.Culture);
                action = "card.unmask";
            }
            else
            {
                value = field switch
                {
                    PersonalField.Name => member.Name,
                    PersonalField.Phone => PersonalDataMask.FormatPhone(member.Phone),
                    PersonalField.BirthDate => Fmt.Date(member.BirthDate),
                    PersonalField.Email => member.Email,
                    PersonalField.Address => member.Address,
                    PersonalField.BankAccount => $"{member.BankName} {numbers.RevealBankAccount(member.BankAccountCipher)} (예금주 {member.BankAccountHolder})",
                    _ => throw new BusinessRuleException("열람할 수 없는 항목입니다."),
                };
            }
            db.Record(actor, clock.GetUtcNow(), action, field == PersonalField.CardNumber ? "Card" : "Member", entityId,
                after: new { field = field.ToString() }, reason: reason.Trim(), memberId: member.Id);
            return value;
        }, ct);
    }
}
