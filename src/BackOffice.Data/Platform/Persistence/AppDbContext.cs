using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Data.Platform.Persistence;

public class AppDbContext(DbContextOptions<AppDbContext> options) : IdentityDbContext<StaffUser>(options), IDataProtectionKeyContext
{
    public DbSet<CardProgram> Programs => Set<CardProgram>();
    public DbSet<ProgramPolicy> ProgramPolicies => Set<ProgramPolicy>();
    public DbSet<Member> Members => Set<Member>();
    public DbSet<Card> Cards => Set<Card>();
    public DbSet<Account> Accounts => Set<Account>();
    public DbSet<JournalEntry> JournalEntries => Set<JournalEntry>();
    public DbSet<Posting> Postings => Set<Posting>();
    public DbSet<Merchant> Merchants => Set<Merchant>();
    public DbSet<PublicHoliday> PublicHolidays => Set<PublicHoliday>();
    public DbSet<AuditRecord> AuditRecords => Set<AuditRecord>();
    public DbSet<LostCardReport> LostCardReports => Set<LostCardReport>();
    public DbSet<CardDesign> CardDesigns => Set<CardDesign>();
    public DbSet<ReissueRequest> ReissueRequests => Set<ReissueRequest>();
    public DbSet<Shipment> Shipments => Set<Shipment>();
    public DbSet<CardIntakeCase> CardIntakeCases => Set<CardIntakeCase>();
    public DbSet<CardIntakePhoto> CardIntakePhotos => Set<CardIntakePhoto>();
    public DbSet<RefundRequest> RefundRequests => Set<RefundRequest>();
    public DbSet<PayoutBatch> PayoutBatches => Set<PayoutBatch>();
    public DbSet<NoticeMessage> NoticeMessages => Set<NoticeMessage>();
    public DbSet<NoticeAttempt> NoticeAttempts => Set<NoticeAttempt>();
    public DbSet<NoticeTemplate> NoticeTemplates => Set<NoticeTemplate>();
    public DbSet<JobRun> JobRuns => Set<JobRun>();
    public DbSet<LedgerCheckRun> LedgerCheckRuns => Set<LedgerCheckRun>();
    public DbSet<StaffAlert> StaffAlerts => Set<StaffAlert>();
    public DbSet<BusinessNumberCounter> BusinessNumberCounters => Set<BusinessNumberCounter>();
    public DbSet<StaffChangeRequest> StaffChangeRequests => Set<StaffChangeRequest>();
    public DbSet<AuditChainHead> AuditChainHeads => Set<AuditChainHead>();
    public DbSet<IssuedDocument> IssuedDocuments => Set<IssuedDocument>();
    public DbSet<DocumentPrint> DocumentPrints => Set<DocumentPrint>();
    public DbSet<ExportFile> ExportFiles => Set<ExportFile>();
    public DbSet<ExportFileChunk> ExportFileChunks => Set<ExportFileChunk>();
    public DbSet<ReconciliationRun> ReconciliationRuns => Set<ReconciliationRun>();
    public DbSet<ServiceOutage> ServiceOutages => Set<ServiceOutage>();
    public DbSet<ServiceCase> Cases => Set<ServiceCase>();
    public DbSet<CaseEvent> CaseEvents => Set<CaseEvent>();
    public DbSet<CaseLink> CaseLinks => Set<CaseLink>();
    public DbSet<CaseAttachment> CaseAttachments => Set<CaseAttachment>();
    public DbSet<CasePause> CasePauses => Set<CasePause>();
    public DbSet<CaseAdjustment> CaseAdjustments => Set<CaseAdjustment>();
    public DbSet<FraudClaimAssessment> FraudClaimAssessments => Set<FraudClaimAssessment>();
    public DbSet<PaperStatementMailing> PaperStatementMailings => Set<PaperStatementMailing>();
    public DbSet<ShipmentEvent> ShipmentEvents => Set<ShipmentEvent>();
    public DbSet<MailingBatch> MailingBatches => Set<MailingBatch>();
    public DbSet<ShipmentImport> ShipmentImports => Set<ShipmentImport>();
    public DbSet<HappyCallAttempt> HappyCallAttempts => Set<HappyCallAttempt>();
    public DbSet<ValueLot> ValueLots => Set<ValueLot>();
    public DbSet<LotMovement> LotMovements => Set<LotMovement>();
    public DbSet<CreditTopUp> CreditTopUps => Set<CreditTopUp>();
    public DbSet<TopUpEvent> TopUpEvents => Set<TopUpEvent>();
    public DbSet<PaymentImport> PaymentImports => Set<PaymentImport>();
    public DbSet<EvidenceDocumentRequest> EvidenceDocumentRequests => Set<EvidenceDocumentRequest>();
    public DbSet<PrescriptionRun> PrescriptionRuns => Set<PrescriptionRun>();
    public DbSet<PrescriptionItem> PrescriptionItems => Set<PrescriptionItem>();
    public DbSet<DonationBatch> DonationBatches => Set<DonationBatch>();
    /// <summary>The ASP.NET Core data-protection key ring, shared by every server (encrypted with the configured certificate).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ProviderDifferences.ConfigureConventions(configurationBuilder);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        ProviderDifferences.Apply(builder, Database.ProviderName);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        GuardAppendOnly();
        TextLengths.Check(ChangeTracker);
        if (AuditChain.Pending(this).Count == 0) return base.SaveChanges(acceptAllChangesOnSuccess);
        return SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult(); // audit is always written async; this keeps sync callers correct
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        GuardAppendOnly();
        TextLengths.Check(ChangeTracker);
        var audit = AuditChain.Pending(this);
        if (audit.Count == 0) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        // New audit records are chained at save time, under the chain lock, in the command's transaction (DbWriter's),
        // or in one of their own when saved outside a command.
        if (Database.CurrentTransaction is not null)
        {
            await AuditChain.SealAsync(this, audit, cancellationToken);
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        await using var tx = await Database.BeginTransactionAsync(cancellationToken);
        await AuditChain.SealAsync(this, audit, cancellationToken);
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return saved;
    }

    /// <summary>The audit log and the ledger are append-only: history is corrected by new records, never edited.</summary>
    private void GuardAppendOnly()
    {
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.Entity is AuditRecord or JournalEntry or Posting &&
                entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException($"{entry.Entity.GetType().Name} is append-only.");
            }
        }
    }
}
