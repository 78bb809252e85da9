namespace BackOffice.Data.Platform.Audit;

/// <summary>
/// The single row (<see cref="SingletonId"/>) holding the last sequence and hash of the audit chain. Every command
/// that records audit locks this row first (<see cref="ProviderCommands.LockAuditChainHead"/>) and updates it in the
/// same transaction, so writers on several servers append one after another and the chain stays linear. It also lets
/// the verification see a removed tail: the head must match the last record.
/// </summary>
public class AuditChainHead
{
    public const int SingletonId = 1;

    public int Id { get; set; }
    public long Sequence { get; set; }
    public string Hash { get; set; } = AuditChain.Genesis;
}
