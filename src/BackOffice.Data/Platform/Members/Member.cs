namespace BackOffice.Data.Platform.Members;

public enum MemberStatus
{
    Active = 0,
    Withdrawn = 1,
    /// <summary>자격 정지 (003 하나로 제25조①, 004 제7조③): cards stopped until lifted; refunds stay possible (제25조④2).</summary>
    Suspended = 2,
}

public class Member
{
    public long Id { get; set; }
    /// <summary>The member number staff read out on the phone, e.g. M00012345.</summary>
    public string MemberNo { get; set; } = "";
    public string Name { get; set; } = "";
    /// <summary>Digits only, e.g. 01012345678.</summary>
    public string Phone { get; set; } = "";
    public DateOnly BirthDate { get; set; }
    public string Email { get; set; } = "";
    public string Address { get; set; } = "";
    public bool IsForeigner { get; set; }
    /// <summary>A corporate member (법인회원): credits need a larger first top-up (001 §2.1: 5,000 C, individuals 1,000 C).</summary>
    public bool IsCorporate { get; set; }
    /// <summary>Foreigners need a registered alien card (000 §5).</summary>
    public bool HasAlienRegistration { get; set; }
    /// <summary>Only spending after this moment counts for income deduction, never retroactively (000 소득공제).</summary>
    public DateTimeOffset? IncomeDeductionRegisteredAt { get; set; }
    /// <summary>The resident registration number (주민등록번호), encrypted (<see cref="NumberKeyRing.Encrypt"/>); kept only for members
    /// registered for the income deduction, shown masked, written in full only into the deduction workbook (issue 12).</summary>
    public string? ResidentNumberCipher { get; set; }
    public string BankName { get; set; } = "";
    /// <summary>The account number, encrypted (<see cref="NumberKeyRing.SetBankAccount"/>); null when there is none.</summary>
    public string? BankAccountCipher { get; set; }
    /// <summary>The last 4 digits, kept in clear for display and masking; empty when there is no account.</summary>
    public string BankAccountLast4 { get; set; } = "";
    /// <summary>Refunds are paid only to an account in the member's own name (000 §2).</summary>
    public string BankAccountHolder { get; set; } = "";
    public MemberStatus Status { get; set; }
    public DateTimeOffset JoinedAt { get; set; }
    /// <summary>When the member withdrew (탈퇴); personal data is kept only until <see cref="AnonymizeAfter"/>.</summary>
    public DateTimeOffset? WithdrawnAt { get; set; }
    /// <summary>The first day the anonymization job may erase this withdrawn member's personal data (retention the law requires).</summary>
    public DateOnly? AnonymizeAfter { get; set; }
    /// <summary>When the personal data was replaced by placeholders; the member number and the ledger stay.</summary>
    public DateTimeOffset? AnonymizedAt { get; set; }
    public long Version { get; set; }

    public List<Card> Cards { get; set; } = [];

    public bool HasOwnNameBankAccount =>
        BankAccountLast4.Length > 0 && string.Equals(BankAccountHolder, Name, StringComparison.Ordinal);
}
