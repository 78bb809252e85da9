namespace BackOffice.Data.MemberLifecycle;

/// <summary>
/// The member life cycle's rules, without the database: input checks (Korean refusals before anything is read or
/// written), the retention date, the placeholders personal data is replaced with, and the clauses the screens cite.
/// </summary>
public static class MemberLifecycleRules
{
    public const int MaxReason = 500;
    public const int MaxConsent = 1000;
    public const int MinReason = 2;

    /// <summary>
    /// Years the records of a withdrawn member are kept before the personal data is erased: 5 years for electronic
    /// financial transaction records (003 하나로 제16조①; 전자금융거래법 제22조). The operator may set another value.
    /// </summary>
    public const int DefaultRetentionYears = 5;

    public const string RetentionCitation = "003 하나로 제16조① (거래기록 5년 보존, 전자금융거래법 제22조) · 000 탈퇴 (관련법령에 따라 일정 정보 보관, 나머지 삭제)";
    public const string WithdrawalCitation = "001 §5 (탈퇴 시 잔액 소멸, 탈퇴 전 환불 신청)";
    public const string SuspensionCitation = "003 하나로 제25조①③ · 004 제7조③④";
    public const string RefundWhileSuspendedCitation = "003 하나로 제25조④2 (잔액 환불 청구)";
    public const string LiftNoticeCitation = "004 제7조④ (정지 해소 시 당일 통지)";

    /// <summary>The clause each cause comes from, for the dialog and the audit record.</summary>
    public static string CauseName(SuspensionCause cause) => cause switch
    {
        SuspensionCause.TermsViolation => "약관·관계법령 위반 (003 하나로 제25조①1, 004 제7조③1)",
        SuspensionCause.PublicOrder => "공공질서·선량한 풍속에 반하는 이용 (003 하나로 제25조①2)",
        SuspensionCause.FalseInformation => "중요 기재사항 허위 작성 (004 제7조③3)",
        SuspensionCause.FraudOrForgery => "위조·변조·부정발행 등 중대한 사유 (004 제7조③6)",
        _ => cause.ToString(),
    };

    public static string ChoiceName(WithdrawalChoice choice) => choice switch
    {
        WithdrawalChoice.RefundFirst => "잔액 환불 후 탈퇴",
        WithdrawalChoice.ForfeitWithConsent => "잔액 소멸 동의 후 탈퇴",
        _ => choice.ToString(),
    };

    public static string ChannelName(ConsentChannel channel) => channel switch
    {
        ConsentChannel.Phone => "전화 (녹취)",
        ConsentChannel.Visit => "방문",
        ConsentChannel.App => "앱",
        ConsentChannel.Written => "서면",
        _ => channel.ToString(),
    };

    /// <summary>A required reason: trimmed, at least <see cref="MinReason"/> and at most <see cref="MaxReason"/> characters.</summary>
    public static string RequireReason(string? reason, string what = "사유")
    {
        var text = reason?.Trim() ?? "";
        if (text.Length < MinReason) throw new BusinessRuleException($"{what}를 {MinReason}자 이상 입력하세요.");
        if (text.Length > MaxReason) throw new BusinessRuleException($"{what}는 {MaxReason}자 이하로 입력하세요.");
        return text;
    }

    /// <summary>Checks a withdrawal's input; returns the trimmed reason and consent text.</summary>
    public static (string Reason, string Consent) CheckWithdrawal(WithdrawalChoice choice, string? consent, ConsentChannel? channel, string? reason)
    {
        if (!Enum.IsDefined(choice)) throw new BusinessRuleException("탈퇴 방법(환불 후 탈퇴 또는 잔액 소멸 동의)을 선택하세요.");
        var text = RequireReason(reason, "탈퇴 사유");
        var consentText = consent?.Trim() ?? "";
        if (consentText.Length > MaxConsent) throw new BusinessRuleException($"동의 내용은 {MaxConsent}자 이하로 입력하세요.");
        if (choice == WithdrawalChoice.ForfeitWithConsent)
        {
            if (consentText.Length < MinReason) throw new BusinessRuleException("잔액 소멸에 대한 회원의 동의 내용을 입력하세요.");
            if (channel is null || !Enum.IsDefined(channel.Value)) throw new BusinessRuleException("동의를 받은 경로를 선택하세요.");
        }
        return (text, consentText);
    }

    /// <summary>The first day personal data may be erased: the withdrawal day (KST) plus the retention years.</summary>
    public static DateOnly AnonymizeAfter(DateOnly withdrawalDay, int retentionYears)
    {
        if (retentionYears is < 1 or > 20) throw new BusinessRuleException("보존 기간은 1~20년으로 설정하세요.");
        return withdrawalDay.AddYears(retentionYears);
    }

    public const string AnonymizedName = "(익명화)";

    /// <summary>Replaces every personal field with a placeholder; the member number, status and ledger stay.</summary>
    public static void Anonymize(Member member, DateTimeOffset now)
    {
        member.Name = AnonymizedName;
        member.Phone = "";
        member.Email = "";
        member.Address = "";
        member.BirthDate = new DateOnly(1900, 1, 1);
        member.BankName = "";
        member.BankAccountCipher = null;
        member.ResidentNumberCipher = null;
        member.BankAccountLast4 = "";
        member.BankAccountHolder = "";
        member.IncomeDeductionRegisteredAt = null;
        member.AnonymizedAt = now;
        member.Version++;
    }
}
