namespace BackOffice.Data.Platform.Persistence;

/// <summary>
/// The one refusal a screen catches: a command was refused and nothing was changed. <see cref="Exception.Message"/> is
/// the Korean sentence to show. The kinds (<see cref="BusinessRuleException"/>, <see cref="ForbiddenException"/>,
/// <c>LedgerRejectedException</c>) derive from it, so pages and dialogs catch this type only.
/// </summary>
public abstract class CommandRefusedException(string message) : Exception(message);
