using FsCheck;
using FsCheck.Fluent;

namespace BackOffice.Tests.Property;

/// <summary>The money actions a random sequence is made of (issue 16 item 6).</summary>
public enum MoneyAct
{
    /// <summary>The card network tops a card up (sometimes with a discount paid by the cashback budget).</summary>
    CardTopUp,
    /// <summary>The card network records a payment at a merchant.</summary>
    CardPay,
    /// <summary>The member app tops e-money up.</summary>
    EmoneyTopUp,
    /// <summary>The member app moves money between e-money and a card (either way).</summary>
    EmoneyMove,
    /// <summary><see cref="LostCardService.ReportAsync"/>: stop the card, sweep its balance where the program says so.</summary>
    ReportLost,
    /// <summary><see cref="ReissueService.RequestAsync"/>: a new card for a lost, damaged or expired one, with its fee.</summary>
    Reissue,
    /// <summary><see cref="RefundService.FileAsync"/>: any refund kind, held at once.</summary>
    FileRefund,
    /// <summary><see cref="RefundApprovalService.ApproveAsync"/> by a random member of staff (maker-checker refusals happen).</summary>
    ApproveRefund,
    /// <summary><see cref="RefundApprovalService.RejectAsync"/>.</summary>
    RejectRefund,
    /// <summary><see cref="PayoutService.CreateBatchAsync"/> and usually <see cref="PayoutService.TransferFileAsync"/>.</summary>
    PayoutBatch,
    /// <summary><see cref="PayoutService.MarkPaidAsync"/> or <see cref="PayoutService.MarkFailedAsync"/> by a Finance user.</summary>
    PayoutResult,
    /// <summary><see cref="TopUpService.RequestCardAsync"/> and the gateway's approval: a credit lot.</summary>
    CreditTopUp,
    /// <summary><see cref="CreditService.UseAsync"/>.</summary>
    CreditUse,
    /// <summary><see cref="PointService.EarnAsync"/>.</summary>
    PointEarn,
    /// <summary><see cref="PointService.UseAsync"/>.</summary>
    PointUse,
    /// <summary><see cref="PointService.ForfeitAsync"/> (Supervisor, step-up).</summary>
    PointForfeit,
    /// <summary>Hours, days or months pass (cards expire); the credit and point expiry jobs run.</summary>
    TimePasses,
    /// <summary>The last keyed command again with the same idempotency key (a double submit): nothing may change.</summary>
    Repeat,
}

/// <summary>
/// One step as data: what, who (an index into the staff the action offers), on what (an index into the cards, members or
/// open requests of the moment), how much and a free choice (kind, reason, channel…). The interpreter resolves the
/// indexes against the state it is in, so every array of steps is a valid sequence and a printed one replays.
/// </summary>
public sealed record MoneyStep(MoneyAct Act, int Who, int Target, int Size, int Choice)
{
    public override string ToString() => $"{Act}(who {Who}, target {Target}, size {Size}, choice {Choice})";
}

/// <summary>A generated sequence of steps.</summary>
public sealed record MoneySequence(MoneyStep[] Steps)
{
    public override string ToString() =>
        $"{Steps.Length} steps: [{string.Join("; ", Steps.Select((s, i) => $"{i + 1}:{s}"))}]";
}

public static class MoneyGen
{
    /// <summary>How often each action comes up (the refund workflow more often: it has the most rules).</summary>
    private static readonly (MoneyAct Act, int Weight)[] Weights =
    [
        (MoneyAct.CardTopUp, 10), (MoneyAct.CardPay, 8), (MoneyAct.EmoneyTopUp, 4), (MoneyAct.EmoneyMove, 4),
        (MoneyAct.ReportLost, 4), (MoneyAct.Reissue, 4), (MoneyAct.FileRefund, 12), (MoneyAct.ApproveRefund, 12),
        (MoneyAct.RejectRefund, 3), (MoneyAct.PayoutBatch, 7), (MoneyAct.PayoutResult, 10), (MoneyAct.CreditTopUp, 4),
        (MoneyAct.CreditUse, 4), (MoneyAct.PointEarn, 4), (MoneyAct.PointUse, 3), (MoneyAct.PointForfeit, 2),
        (MoneyAct.TimePasses, 5), (MoneyAct.Repeat, 4),
    ];

    public static Gen<MoneyStep> Step()
    {
        var acts = Weights.SelectMany(w => Enumerable.Repeat(w.Act, w.Weight)).ToArray();
        return from act in Gen.Elements(acts)
               from who in Gen.Choose(0, 99)
               from target in Gen.Choose(0, 99)
               from size in Gen.Choose(1, 10)
               from choice in Gen.Choose(0, 99)
               select new MoneyStep(act, who, target, size, choice);
    }

    /// <summary>Sequences of exactly <paramref name="length"/> steps; no shrinking (each try is a whole database run, and the
    /// failure message already prints the sequence up to the step that broke).</summary>
    public static Arbitrary<MoneySequence> Sequences(int length) =>
        Arb.From(Gen.ArrayOf(Step(), length).Select(steps => new MoneySequence(steps)));
}
