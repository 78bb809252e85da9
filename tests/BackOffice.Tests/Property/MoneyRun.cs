using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Tests.Property;

/// <summary>A sequence broke an invariant: the message is the whole sequence as it ran and what broke after which step.</summary>
public sealed class MoneyInvariantException(string message) : Exception(message);

/// <summary>
/// Runs one <see cref="MoneySequence"/> through the real services on a fresh database and checks, after EVERY step, the
/// ledger invariants and a small model of what must have happened:
/// <list type="bullet">
/// <item>every entry's postings sum to zero, every balance equals its postings, no member balance is negative, the open
/// lots equal the credits and points balances (<see cref="LedgerConsistencyCheck"/>);</item>
/// <item>each member's refund hold equals the amount of their open requests (pending approval, approved, in payout);</item>
/// <item>no payout without two people: every paid request was approved by Finance who did not file it (and above the
/// threshold by a Supervisor who is neither), and marked paid by someone who approved no step of it, read both from the
/// database and from the model of who did what;</item>
/// <item>nobody is paid out more than was put in (card and e-money top-ups), and one payout entry per paid request;</item>
/// <item>the model's card states (stopped by a report, replaced by a reissue) equal the database's;</item>
/// <item>a refused command (<see cref="CommandRefusedException"/>: Korean refusals, forbidden, ledger refusals) and a
/// repeated idempotency key change nothing: balances, entries and the states of cards, requests, lots and top-ups are as
/// before.</item>
/// </list>
/// Any other exception is a failure too.
/// </summary>
public sealed class MoneyRun
{
    private static readonly Actor CardNetwork = new("card-network", "카드망", new HashSet<string>());
    private static readonly Actor FinanceAndSupervisor = TestActor.Make("finance-id", "최재무", StaffRoles.Finance, StaffRoles.Supervisor);
    private static readonly Actor[] Staff = [TestActor.Agent, TestActor.Agent2, TestActor.Supervisor, TestActor.Finance, TestActor.Finance2, TestActor.Admin];

    private readonly MoneyWorld _w;
    private readonly MoneyTemplate _t;
    private readonly List<ModelCard> _cards;
    private readonly List<long> _members;
    private readonly Dictionary<long, ModelRefund> _refunds = [];
    private readonly Dictionary<long, long> _putIn = [];
    private readonly Dictionary<long, List<long>> _chargesByCard = [];
    private readonly List<string> _log = [];
    private Func<Task<string>>? _lastKeyed;
    private string _lastKeyedName = "";
    private int _step;
    private MoneyStep? _current;

    private MoneyRun(MoneyWorld world, MoneyTemplate template)
    {
        _w = world;
        _t = template;
        _cards = template.Cards.Select(c => new ModelCard(c.MemberId, c.CardId, c.AccountId, c.Program) { Status = CardStatus.Active }).ToList();
        _members = template.Cards.Select(c => c.MemberId).Distinct().ToList();
    }

    private sealed class ModelCard(long memberId, long cardId, long accountId, string program)
    {
        public long MemberId { get; } = memberId;
        public long CardId { get; } = cardId;
        public long AccountId { get; } = accountId;
        public string Program { get; } = program;
        public CardStatus Status { get; set; }
        public override string ToString() => $"카드 {CardId} ({Program}, 회원 {MemberId})";
    }

    private sealed class ModelRefund(string requester)
    {
        public string Requester { get; } = requester;
        public string? FinanceApprover { get; set; }
        public string? SupervisorApprover { get; set; }
        public string? Payer { get; set; }
    }

    /// <summary>The outcome counts of one run (for the test's summary).</summary>
    public sealed record Tally(int Steps, int Done, int Refused, int Paid, IReadOnlyList<string> Log);

    public static async Task<Tally> RunAsync(MoneyTemplate template, MoneySequence sequence)
    {
        await using var world = await MoneyWorld.OpenAsync(template);
        var run = new MoneyRun(world, template);
        return await run.RunAsync(sequence);
    }

    private async Task<Tally> RunAsync(MoneySequence sequence)
    {
        var (done, refused) = (0, 0);
        await CheckAsync(null); // the start itself is consistent
        var before = await SnapshotAsync();
        for (_step = 0; _step < sequence.Steps.Length; _step++)
        {
            var step = sequence.Steps[_step];
            _current = step;
            string outcome;
            var wasRefused = false;
            var repeat = step.Act == MoneyAct.Repeat;
            try
            {
                outcome = await ExecuteAsync(step);
                done++;
            }
            catch (CommandRefusedException ex)
            {
                wasRefused = true;
                refused++;
                outcome = $"거절 ({ex.GetType().Name}): {ex.Message}";
            }
            catch (Exception ex) when (ex is not MoneyInvariantException)
            {
                _log.Add($"{_step + 1,3}. {step} → 예외 {ex.GetType().Name}: {ex.Message}");
                _current = null;
                throw Broke([$"an unexpected exception (not a refusal): {ex}"]);
            }
            _log.Add($"{_step + 1,3}. {step} → {outcome}");
            var after = await SnapshotAsync();
            var problems = new List<string>();
            if ((wasRefused || repeat) && before != after)
                problems.Add($"a {(repeat ? "repeated key" : "refused command")} changed the state:\n      before {before}\n      after  {after}");
            await CheckAsync(problems);
            before = after;
        }
        await using var db = await _w.DbAsync();
        return new Tally(sequence.Steps.Length, done, refused, await db.RefundRequests.CountAsync(r => r.Status == RefundStatus.Paid), _log);
    }

    private MoneyInvariantException Broke(IEnumerable<string> problems)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"A money invariant broke after step {_step + 1} (clock {Fmt.DateTimeSeconds(_w.Clock.GetUtcNow())}). The sequence as it ran:");
        foreach (var line in _log) text.AppendLine(line);
        if (_log.Count == _step && _current is not null) text.AppendLine(CultureInfo.InvariantCulture, $"{_step + 1,3}. {_current} → (broke during this step)");
        text.AppendLine(CultureInfo.InvariantCulture, $">>> after step {_step + 1}:");
        foreach (var p in problems) text.AppendLine("    - " + p);
        return new MoneyInvariantException(text.ToString());
    }

    // ---------------------------------------------------------------- the steps

    private static T Pick<T>(IReadOnlyList<T> items, int index) => items[index % items.Count];

    private Actor As(Actor actor)
    {
        _w.Actor.Current = actor;
        _w.StepUp(actor);
        return actor;
    }

    private string Key(string what) => $"prop-{what}-{_step}";

    /// <summary>Runs a command with an idempotency key and remembers it, so that a later <see cref="MoneyAct.Repeat"/> sends it again.</summary>
    private async Task<string> Keyed(string name, Func<Task<string>> command)
    {
        var result = await command();
        _lastKeyed = command;
        _lastKeyedName = name;
        return result;
    }

    private async Task<string> ExecuteAsync(MoneyStep s)
    {
        var card = Pick(_cards, s.Target);
        var member = Pick(_members, s.Target);
        switch (s.Act)
        {
            case MoneyAct.CardTopUp:
                {
                    var amount = 10_000L * s.Size;
                    var discount = s.Choice < 25 ? amount / 20 : 0;
                    var before = await BalanceAsync(card.AccountId);
                    var entry = await PostAsync(EntryType.TopUp, async db => discount == 0
                        ? [new(card.AccountId, amount), new(await SystemAccounts.IdAsync(db, AccountKind.FundingClearing), -amount)]
                        : [new(card.AccountId, amount), new(await SystemAccounts.IdAsync(db, AccountKind.FundingClearing), -(amount - discount)),
                            new(await SystemAccounts.IdAsync(db, AccountKind.CashbackFunding), -discount)]);
                    var after = await BalanceAsync(card.AccountId);
                    await ExpectAsync(after == before + amount, $"a top-up of {amount:N0} moved {card} by {after - before:N0}");
                    _putIn[card.MemberId] = _putIn.GetValueOrDefault(card.MemberId) + amount;
                    (_chargesByCard.TryGetValue(card.CardId, out var list) ? list : _chargesByCard[card.CardId] = []).Add(entry);
                    return $"{card}에 {amount:N0}원 충전 (할인 {discount:N0})";
                }
            case MoneyAct.CardPay:
                {
                    var amount = 3_000L * s.Size * (1 + s.Choice % 5);
                    var before = await BalanceAsync(card.AccountId);
                    await PostAsync(EntryType.Payment, async db => [new(card.AccountId, -amount), new(await SystemAccounts.IdAsync(db, AccountKind.MerchantSettlement), amount)]);
                    await ExpectAsync(await BalanceAsync(card.AccountId) == before - amount, $"a payment of {amount:N0} took {before - await BalanceAsync(card.AccountId):N0} from {card}");
                    return $"{card}에서 {amount:N0}원 결제";
                }
            case MoneyAct.EmoneyTopUp:
                {
                    var amount = 5_000L * s.Size;
                    await PostAsync(EntryType.EmoneyTopUp, async db =>
                    {
                        var emoney = await SystemAccounts.MemberAccountAsync(db, member, AccountKind.Emoney);
                        return [new(emoney.Id, amount), new(await SystemAccounts.IdAsync(db, AccountKind.FundingClearing), -amount)];
                    });
                    _putIn[member] = _putIn.GetValueOrDefault(member) + amount;
                    return $"회원 {member} e-머니 {amount:N0}원 충전";
                }
            case MoneyAct.EmoneyMove:
                {
                    var toCard = (s.Choice % 2 == 0 ? 1 : -1) * 5_000L * s.Size;
                    await PostAsync(toCard > 0 ? EntryType.EmoneyToCard : EntryType.CardToEmoney, async db =>
                    {
                        var emoney = await SystemAccounts.MemberAccountAsync(db, card.MemberId, AccountKind.Emoney);
                        return [new(card.AccountId, toCard), new(emoney.Id, -toCard)];
                    });
                    return $"{card} ↔ e-머니 {toCard:N0}원";
                }
            case MoneyAct.ReportLost:
                {
                    var actor = As(Pick([TestActor.Agent, TestActor.Agent2, TestActor.Supervisor, TestActor.Finance], s.Who));
                    var kind = s.Choice % 3 == 0 ? LossKind.Stolen : LossKind.Lost;
                    var balance = await BalanceAsync(card.AccountId);
                    var emoney = await MemberBalanceAsync(card.MemberId, AccountKind.Emoney);
                    var wasActive = card.Status == CardStatus.Active;
                    var command = new LostCardCommand(card.CardId, kind, ReportChannel.Phone, "무작위 신고", Key("lost"));
                    var receipt = await _w.Get<LostCardService>().ReportAsync(command);
                    await ExpectAsync(wasActive, $"{card} was reported although the model has it {card.Status}");
                    card.Status = kind == LossKind.Stolen ? CardStatus.Stolen : CardStatus.Lost;
                    await ExpectAsync(receipt.BalanceAtReport == balance && await BalanceAsync(card.AccountId) == balance - receipt.SweptToEmoney
                        && await MemberBalanceAsync(card.MemberId, AccountKind.Emoney) == emoney + receipt.SweptToEmoney,
                        $"the sweep of {card} does not add up: balance {balance:N0}, swept {receipt.SweptToEmoney:N0}");
                    _lastKeyed = async () => (await _w.Get<LostCardService>().ReportAsync(command)).ReportNo;
                    _lastKeyedName = "분실 신고 " + receipt.ReportNo;
                    return $"{actor.Name}: {card} {kind} 신고 {receipt.ReportNo}, 전환 {receipt.SweptToEmoney:N0}, 재발급 이월 {receipt.CarriedToReissue:N0}";
                }
            case MoneyAct.Reissue:
                {
                    var actor = As(Pick([TestActor.Agent, TestActor.Supervisor, TestActor.Agent2, TestActor.Compliance], s.Who));
                    var reason = card.Status switch
                    {
                        CardStatus.Lost => ReissueReason.Lost,
                        CardStatus.Stolen => ReissueReason.Stolen,
                        _ => s.Choice % 2 == 0 ? ReissueReason.Damaged : ReissueReason.Expired,
                    };
                    var waiver = s.Choice % 5 == 0;
                    var command = new ReissueCommand(card.CardId, reason, _t.Designs[card.Program], waiver, waiver ? "배송 사고로 파손되어 재발급" : null, Key("reissue"));
                    var result = await Keyed("재발급", async () => (await _w.Get<ReissueService>().RequestAsync(command)).RequestNo);
                    await using var db = await _w.DbAsync();
                    var newCard = await db.Cards.AsNoTracking().Where(c => c.ReplacesCardId == card.CardId).Select(c => new { c.Id, c.Status }).FirstOrDefaultAsync();
                    if (newCard is not null && _cards.All(c => c.CardId != newCard.Id))
                    {
                        var account = await db.Accounts.Where(a => a.CardId == newCard.Id && a.Kind == AccountKind.CardBalance).Select(a => a.Id).SingleAsync();
                        card.Status = CardStatus.Replaced;
                        _cards.Add(new ModelCard(card.MemberId, newCard.Id, account, card.Program) { Status = newCard.Status });
                    }
                    return $"{actor.Name}: {card} 재발급 ({reason}{(waiver ? ", 면제 요청" : "")}) {result}{(newCard is null ? "" : $" → 새 카드 {newCard.Id}")}";
                }
            case MoneyAct.FileRefund:
                {
                    var actor = As(Pick([TestActor.Agent, TestActor.Agent2, TestActor.Supervisor, TestActor.Finance], s.Who));
                    var kind = s.Choice switch
                    {
                        < 40 => RefundKind.DisasterOrDefect,
                        < 60 => RefundKind.ChargeCancel,
                        < 75 => RefundKind.BalanceRefund,
                        < 90 => RefundKind.ExpiredCard,
                        _ => RefundKind.BeforeWithdrawal,
                    };
                    long? charge = kind == RefundKind.ChargeCancel && _chargesByCard.TryGetValue(card.CardId, out var charges) ? charges[^1] : null;
                    var command = new FileRefundCommand(new RefundTarget(card.MemberId, kind == RefundKind.BeforeWithdrawal ? null : card.CardId, kind, charge,
                        s.Choice % 10 == 9 ? RefundChannel.Store : RefundChannel.BankAccount), "무작위 신청", Key("refund"));
                    var filed = await Keyed("환불 신청", async () => (await _w.Get<RefundService>().FileAsync(command)).RequestNo);
                    await using var db = await _w.DbAsync();
                    var request = await db.RefundRequests.AsNoTracking().SingleAsync(r => r.RequestNo == filed);
                    _refunds.TryAdd(request.Id, new ModelRefund(actor.Id));
                    return $"{actor.Name}: {card} {kind} 환불 신청 {filed} {request.Status} {request.Amount:N0} (지급 {request.Payout:N0})";
                }
            case MoneyAct.ApproveRefund:
                {
                    var id = await PickRequestAsync(s.Target, RefundStatus.PendingApproval);
                    if (id is null) return "승인할 요청 없음";
                    var model = _refunds[id.Value];
                    var candidates = new[] { TestActor.Finance, TestActor.Finance2, TestActor.Supervisor, FinanceAndSupervisor, TestActor.Agent, ActorOf(model.Requester) };
                    var actor = As(Pick(candidates, s.Who));
                    var step = actor.Roles.Contains(StaffRoles.Finance) && (s.Choice % 2 == 0 || !actor.Roles.Contains(StaffRoles.Supervisor)) ? ApprovalStep.Finance : ApprovalStep.Supervisor;
                    var status = await _w.Get<RefundApprovalService>().ApproveAsync(id.Value, step);
                    // The model's four eyes: the requester never approves, and nobody approves both steps.
                    await ExpectAsync(actor.Id != model.Requester, $"request {id} was approved ({step}) by its requester {actor.Name}");
                    var other = step == ApprovalStep.Finance ? model.SupervisorApprover : model.FinanceApprover;
                    await ExpectAsync(other != actor.Id, $"request {id}: {actor.Name} approved both steps");
                    if (step == ApprovalStep.Finance) model.FinanceApprover = actor.Id; else model.SupervisorApprover = actor.Id;
                    return $"{actor.Name}: 요청 {id} {step} 승인 → {status}";
                }
            case MoneyAct.RejectRefund:
                {
                    var id = await PickRequestAsync(s.Target, RefundStatus.PendingApproval);
                    if (id is null) return "반려할 요청 없음";
                    var actor = As(Pick([TestActor.Finance, TestActor.Supervisor, ActorOf(_refunds[id.Value].Requester), TestActor.Agent], s.Who));
                    await _w.Get<RefundApprovalService>().RejectAsync(id.Value, "무작위 반려 사유");
                    await ExpectAsync(actor.Id != _refunds[id.Value].Requester, $"request {id} was rejected by its requester {actor.Name}");
                    return $"{actor.Name}: 요청 {id} 반려";
                }
            case MoneyAct.PayoutBatch:
                {
                    var actor = As(Pick([TestActor.Finance, TestActor.Finance2, TestActor.Agent], s.Who));
                    var payouts = _w.Get<PayoutService>();
                    var batchNo = await payouts.CreateBatchAsync(Key("batch"));
                    var file = s.Choice < 80;
                    if (file) await payouts.TransferFileAsync(batchNo);
                    return $"{actor.Name}: 지급 배치 {batchNo}{(file ? ", 이체 파일 내려받음" : "")}";
                }
            case MoneyAct.PayoutResult:
                {
                    var id = await PickRequestAsync(s.Target, RefundStatus.InPayout);
                    if (id is null) return "지급 중인 요청 없음";
                    var actor = As(Pick([TestActor.Finance, TestActor.Finance2], s.Who));
                    var model = _refunds[id.Value];
                    var payouts = _w.Get<PayoutService>();
                    var paid = s.Choice >= 20;
                    if (paid) await payouts.MarkPaidAsync(id.Value); else await payouts.MarkFailedAsync(id.Value, "계좌번호 오류");
                    await ExpectAsync(actor.Id != model.FinanceApprover && actor.Id != model.SupervisorApprover,
                        $"request {id}: {actor.Name} approved it and also recorded its payout");
                    if (paid) model.Payer = actor.Id;
                    return $"{actor.Name}: 요청 {id} {(paid ? "지급 완료" : "지급 실패")}";
                }
            case MoneyAct.CreditTopUp:
                {
                    var amount = 10_000L * s.Size;
                    var key = Key("credit");
                    var number = await Keyed("크레딧 충전", async () =>
                    {
                        var n = await _w.Get<TopUpService>().RequestCardAsync(member, amount, "BC카드", key);
                        await _w.Get<TopUpService>().ApproveCardAsync(n, "A" + key);
                        return n;
                    });
                    return $"회원 {member} 크레딧 {amount:N0} C 충전 {number}";
                }
            case MoneyAct.CreditUse:
                {
                    var amount = 2_000L * s.Size;
                    var (order, key) = ($"ORDER-{_step}", Key("credit-use")); // captured: a repeat sends the same key
                    var used = await Keyed("크레딧 사용", async () =>
                        (await _w.Get<CreditService>().UseAsync(member, amount, order, key)).EntryId.ToString(CultureInfo.InvariantCulture));
                    return $"회원 {member} 크레딧 {amount:N0} C 사용 (분개 {used})";
                }
            case MoneyAct.PointEarn:
                {
                    var amount = 300L * s.Size;
                    var at = _w.Clock.GetUtcNow().AddDays(-(s.Choice % 40));
                    var key = Key("point-earn"); // captured: a repeat sends the same key
                    var lot = await Keyed("포인트 적립", async () =>
                        (await _w.Get<PointService>().EarnAsync(member, amount, at, "가맹점 " + s.Choice, key)).LotId.ToString(CultureInfo.InvariantCulture));
                    return $"회원 {member} 포인트 {amount:N0}P 적립 (lot {lot})";
                }
            case MoneyAct.PointUse:
                {
                    var amount = 200L * s.Size;
                    var key = Key("point-use"); // captured: a repeat sends the same key
                    await Keyed("포인트 사용", async () =>
                        (await _w.Get<PointService>().UseAsync(member, amount, "가맹점 결제", key)).EntryId.ToString(CultureInfo.InvariantCulture));
                    return $"회원 {member} 포인트 {amount:N0}P 사용";
                }
            case MoneyAct.PointForfeit:
                {
                    var actor = As(Pick([TestActor.Supervisor, TestActor.Agent], s.Who));
                    List<long> lots;
                    await using (var db = await _w.DbAsync())
                        lots = await db.ValueLots.Where(l => l.MemberId == member && l.Kind == LotKind.Point && l.State == LotState.Open).OrderBy(l => l.Id).Select(l => l.Id).Take(1).ToListAsync();
                    var cause = s.Choice % 2 == 0 ? PointForfeitCause.ContractEnded : PointForfeitCause.FraudulentIssue;
                    var command = new ForfeitPointsCommand(member, cause, cause == PointForfeitCause.FraudulentIssue ? lots : [], "무작위 소멸 사유", Key("forfeit"));
                    var gone = await Keyed("포인트 소멸", async () => (await _w.Get<PointService>().ForfeitAsync(command)).Amount.ToString(CultureInfo.InvariantCulture));
                    return $"{actor.Name}: 회원 {member} 포인트 {gone}P 즉시 소멸 ({cause})";
                }
            case MoneyAct.TimePasses:
                {
                    var by = (s.Choice % 3) switch { 0 => TimeSpan.FromHours(s.Size), 1 => TimeSpan.FromDays(s.Size), _ => TimeSpan.FromDays(30 * s.Size) };
                    _w.Clock.Advance(by);
                    var credits = await _w.RunJobAsync<CreditExpiryJob>();
                    var points = await _w.RunJobAsync<PointExpiryJob>();
                    if (credits.Outcome != JobOutcome.Succeeded || points.Outcome != JobOutcome.Succeeded)
                        throw Broke([$"an expiry job failed: credits {credits.Outcome} {credits.Message}, points {points.Outcome} {points.Message}"]);
                    return $"{by.TotalDays:0.##}일 경과 → {Fmt.DateTime(_w.Clock.GetUtcNow())}, 만료 작업 실행";
                }
            case MoneyAct.Repeat:
                {
                    if (_lastKeyed is null) return "반복할 명령 없음";
                    var again = await _lastKeyed();
                    return $"같은 키로 다시: {_lastKeyedName} → {again}";
                }
            default:
                throw new InvalidOperationException(s.Act.ToString());
        }
    }

    private static Actor ActorOf(string id) =>
        Staff.FirstOrDefault(a => a.Id == id) ?? throw new InvalidOperationException($"unknown staff id {id}");

    private async Task<long?> PickRequestAsync(int target, RefundStatus status)
    {
        await using var db = await _w.DbAsync();
        var ids = await db.RefundRequests.Where(r => r.Status == status).OrderBy(r => r.Id).Select(r => r.Id).ToListAsync();
        return ids.Count == 0 ? null : ids[target % ids.Count];
    }

    private Task<long> PostAsync(EntryType type, Func<AppDbContext, Task<List<PostingLine>>> lines) =>
        _w.Writer.ExecuteAsync(async (db, ct) =>
        {
            var now = _w.Clock.GetUtcNow();
            var request = new JournalRequest(type, Key(type.ToString()), now, CardNetwork, "property", type.ToString(), await lines(db));
            var result = await LedgerPosting.PostAsync(db, request, now, ct);
            await db.SaveChangesAsync(ct);
            return result.Entry.Id;
        });

    private Task ExpectAsync(bool condition, string problem) => condition ? Task.CompletedTask : throw Broke(["model: " + problem]);

    private async Task<long> BalanceAsync(long accountId)
    {
        await using var db = await _w.DbAsync();
        return await db.Accounts.Where(a => a.Id == accountId).Select(a => a.Balance).SingleAsync();
    }

    private async Task<long> MemberBalanceAsync(long memberId, AccountKind kind)
    {
        await using var db = await _w.DbAsync();
        return await db.Accounts.Where(a => a.MemberId == memberId && a.Kind == kind).SumAsync(a => a.Balance);
    }

    // ---------------------------------------------------------------- the invariants

    /// <summary>
    /// What a refused command or a repeated key must leave alone: every balance, the number of entries and postings, and the
    /// states of cards, refund requests, lost reports, reissues, lots and credit top-ups (audit records and notices may grow).
    /// </summary>
    private async Task<string> SnapshotAsync()
    {
        await using var db = await _w.DbAsync();
        var balances = await db.Accounts.OrderBy(a => a.Id).Select(a => a.Id + ":" + a.Balance).ToListAsync();
        var entries = await db.JournalEntries.CountAsync();
        var postings = await db.Postings.CountAsync();
        var cards = await db.Cards.OrderBy(c => c.Id).Select(c => c.Id + ":" + (int)c.Status).ToListAsync();
        var refunds = await db.RefundRequests.OrderBy(r => r.Id).Select(r => r.Id + ":" + (int)r.Status + ":" + (r.FinanceApprovedById ?? "") + ":" + (r.SupervisorApprovedById ?? "")).ToListAsync();
        var lots = await db.ValueLots.OrderBy(l => l.Id).Select(l => l.Id + ":" + (int)l.State + ":" + l.Remaining).ToListAsync();
        var topUps = await db.CreditTopUps.OrderBy(t => t.Id).Select(t => t.Id + ":" + (int)t.Status).ToListAsync();
        var reports = await db.LostCardReports.CountAsync();
        var reissues = await db.ReissueRequests.CountAsync();
        var batches = await db.PayoutBatches.CountAsync();
        return $"balances [{string.Join(' ', balances)}] entries {entries} postings {postings} cards [{string.Join(' ', cards)}] refunds [{string.Join(' ', refunds)}] " +
            $"lots [{string.Join(' ', lots)}] top-ups [{string.Join(' ', topUps)}] lost reports {reports} reissues {reissues} batches {batches}";
    }

    private async Task CheckAsync(List<string>? problems)
    {
        problems ??= [];
        await using var db = await _w.DbAsync();

        var ledger = await LedgerConsistencyCheck.RunAsync(db);
        if (!ledger.IsConsistent)
            problems.Add($"ledger: {ledger.Mismatches.Count} balance mismatches [{string.Join(", ", ledger.Mismatches.Take(5))}], " +
                $"{ledger.UnbalancedEntries.Count} unbalanced entries [{string.Join(", ", ledger.UnbalancedEntries.Take(5))}], " +
                $"negative member balances {ledger.NegativeMemberBalances}, grand total {ledger.GrandTotal}, lot mismatches {ledger.LotMismatches?.Count ?? 0}");

        var requests = await db.RefundRequests.AsNoTracking().ToListAsync();
        foreach (var memberId in _members)
        {
            var open = requests.Where(r => r.MemberId == memberId && r.Status is RefundStatus.PendingApproval or RefundStatus.Approved or RefundStatus.InPayout).Sum(r => r.Amount);
            var held = await db.Accounts.Where(a => a.MemberId == memberId && a.Kind == AccountKind.RefundHold).SumAsync(a => a.Balance);
            if (open != held) problems.Add($"member {memberId}: refund hold {held:N0} ≠ open requests {open:N0}");

            var paidOut = requests.Where(r => r.MemberId == memberId && r.Status == RefundStatus.Paid).Sum(r => r.Amount);
            var putIn = await db.Postings.Where(p => p.Account!.MemberId == memberId && p.Amount > 0
                    && (p.JournalEntry!.Type == EntryType.TopUp || p.JournalEntry!.Type == EntryType.EmoneyTopUp)).SumAsync(p => p.Amount);
            if (paidOut > putIn) problems.Add($"member {memberId}: paid out {paidOut:N0} > put in {putIn:N0}");
            if (putIn != _putIn.GetValueOrDefault(memberId)) problems.Add($"member {memberId}: the ledger shows {putIn:N0} put in, the model {_putIn.GetValueOrDefault(memberId):N0}");
        }

        foreach (var r in requests.Where(r => r.Status == RefundStatus.Paid))
        {
            if (r.FinanceApprovedById is null || r.FinanceApprovedById == r.RequestedById)
                problems.Add($"{r.RequestNo} paid with Finance approval by {r.FinanceApprovedById ?? "nobody"}, filed by {r.RequestedById}");
            if (r.RequiresSupervisor && (r.SupervisorApprovedById is null || r.SupervisorApprovedById == r.RequestedById || r.SupervisorApprovedById == r.FinanceApprovedById))
                problems.Add($"{r.RequestNo} paid above the threshold with Supervisor approval by {r.SupervisorApprovedById ?? "nobody"}");
            if (r.SettledByName == r.FinanceApprovedByName || r.SettledByName == r.SupervisorApprovedByName)
                problems.Add($"{r.RequestNo} marked paid by its approver {r.SettledByName}");
            if (!_refunds.TryGetValue(r.Id, out var model) || model.Payer is null)
                problems.Add($"{r.RequestNo} is paid but no step of the sequence paid it");
            else if (model.Payer == model.Requester || model.Payer == model.FinanceApprover || model.Payer == model.SupervisorApprover || model.FinanceApprover is null || model.FinanceApprover == model.Requester)
                problems.Add($"{r.RequestNo}: the model saw requester {model.Requester}, approvers {model.FinanceApprover}/{model.SupervisorApprover}, payer {model.Payer}");
        }
        var payouts = await db.JournalEntries.Where(e => e.Type == EntryType.RefundPayout).GroupBy(e => e.Reference).Select(g => new { g.Key, N = g.Count() }).ToListAsync();
        if (payouts.Any(p => p.N != 1) || payouts.Count != requests.Count(r => r.Status == RefundStatus.Paid))
            problems.Add($"payout entries [{string.Join(", ", payouts.Select(p => $"{p.Key}×{p.N}"))}] for {requests.Count(r => r.Status == RefundStatus.Paid)} paid requests");

        var statuses = await db.Cards.AsNoTracking().Where(c => c.MemberId != null && _members.Contains(c.MemberId.Value)).ToDictionaryAsync(c => c.Id, c => c.Status);
        foreach (var card in _cards)
        {
            var actual = statuses.GetValueOrDefault(card.CardId, (CardStatus)(-1));
            var ok = card.Status == CardStatus.Replaced ? actual is CardStatus.Replaced or CardStatus.Lost or CardStatus.Stolen : actual == card.Status;
            if (!ok) problems.Add($"{card}: the model has {card.Status}, the database {actual}");
        }
        if (statuses.Count != _cards.Count) problems.Add($"the members hold {statuses.Count} cards, the model {_cards.Count}");

        if (problems.Count > 0) throw Broke(problems);
    }
}
