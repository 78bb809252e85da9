using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Tests.MultiProcess;

/// <summary>
/// A run of money actions through a driver process, with faults: the driver killed (<c>kill -9</c>) at random moments,
/// or the database server restarted under it. Each card gets one money action, so every command's effect can be
/// checked on its own: a lost report with a sweep (agent), a refund filed (agent) → approved (finance) → batched
/// (finance) → paid (finance2, not the approver), or a damaged-card reissue with its fee (agent2). Commands are sent
/// four at a time (so a kill usually lands inside one), logged durably before they are sent
/// (<see cref="DriverProcess.SendAsync"/>), and a command sent and never answered is sent again, same key, after the restart.
/// </summary>
public sealed class FaultRun(Harness h, string folder)
{
    public const long TopUp = 100_000;
    public const long Spent = 70_000;
    private const int Window = 4;
    private const int PayEvery = 10;
    private static int _cardSeries;

    private readonly Queue<DriverCommand> _queue = new();
    private readonly Dictionary<long, DriverCommand> _commands = [];
    private readonly Dictionary<long, DriverResult> _results = [];
    private readonly List<TestCard> _cards = [];
    private readonly string _run = Guid.NewGuid().ToString("N")[..8];
    private long _seq;
    private int _approvedSinceBatch;
    private int _leftOverRounds;

    public string SentLog => Path.Combine(folder, "sent.log");
    public int Kills { get; private set; }
    public int KillsInsideACommand { get; private set; }
    public int Retried { get; private set; }
    public int Restarts { get; private set; }
    public IReadOnlyDictionary<long, DriverResult> Results => _results;

    /// <summary>Cards of the local-currency program, registered, each topped up with <see cref="TopUp"/>, in batches of 200.</summary>
    public async Task PrepareAsync(int actions)
    {
        // Staff accounts with an authenticator for the driver's step-ups (Identity rows in the shared database).
        foreach (var actor in new[] { TestActor.Finance, TestActor.Finance2 })
        {
            h.Actor.Current = actor;
            await h.StepUpAsync();
        }
        h.Actor.Current = TestActor.Agent;
        await DirectDamagedReissue.AllowAsync(h); // a damaged card reissued at the counter, without sending it in first
        await using (var db = await h.DbAsync())
        {
            var local = await db.Programs.Where(p => p.Code == ProgramPresets.LocalCurrency).Select(p => p.Id).SingleAsync();
            await db.CardDesigns.Where(d => d.ProgramId == local).ExecuteUpdateAsync(s => s.SetProperty(d => d.Stock, 10_000_000));
        }
        var numbers = h.Get<NumberKeyRing>();
        var series = Interlocked.Increment(ref _cardSeries) * 100_000_000L;
        for (var start = 0; start < actions; start += 200)
        {
            var count = Math.Min(200, actions - start);
            await using var db = await h.DbAsync();
            var programId = await db.Programs.Where(p => p.Code == ProgramPresets.LocalCurrency).Select(p => p.Id).SingleAsync();
            var members = Enumerable.Range(start, count).Select(i =>
            {
                var seq = series + i;
                var member = new Member
                {
                    MemberNo = $"X{seq:D10}",
                    Name = "장애시험",
                    Phone = "01099990000",
                    Email = "fault@example.com",
                    Address = "인천광역시 서구",
                    BirthDate = new DateOnly(1990, 1, 1),
                    BankName = "국민은행",
                    BankAccountHolder = "장애시험",
                    JoinedAt = h.Clock.GetUtcNow().AddDays(-400),
                    Cards = [new Card { ProgramId = programId, IsRegistered = true, IsMain = true, Design = "기본", IssuedOn = new DateOnly(2025, 6, 1), ExpiresOn = new DateOnly(2030, 6, 1) }],
                };
                numbers.SetBankAccount(member, "12345678901234");
                numbers.SetNumber(member.Cards[0], CardNumber.WithCheckDigit($"948{seq:D12}"));
                return member;
            }).ToList();
            db.Members.AddRange(members);
            await db.SaveChangesAsync();
            var accounts = members.Select(m => new Account { MemberId = m.Id, CardId = m.Cards[0].Id, Kind = AccountKind.CardBalance }).ToList();
            db.Accounts.AddRange(accounts);
            await db.SaveChangesAsync();
            var at = h.Clock.GetUtcNow().AddDays(-10);
            await h.Writer.ExecuteAsync(async (w, ct) =>
            {
                var funding = await SystemAccounts.IdAsync(w, AccountKind.FundingClearing, ct);
                var merchant = await SystemAccounts.IdAsync(w, AccountKind.MerchantSettlement, ct);
                for (var j = 0; j < accounts.Count; j++)
                {
                    var a = accounts[j];
                    await LedgerPosting.PostAsync(w, new JournalRequest(EntryType.TopUp, $"fault-topup:{a.CardId}", at, Actor.System, "fault", "충전",
                        [new PostingLine(a.Id, TopUp), new PostingLine(funding, -TopUp)]), h.Clock.GetUtcNow(), ct);
                    // A refund's card has spent 70 % (the balance refund's threshold), so the rest can be refunded.
                    if ((start + j) % 3 == 1)
                        await LedgerPosting.PostAsync(w, new JournalRequest(EntryType.Payment, $"fault-pay:{a.CardId}", at.AddDays(8), Actor.System, "fault", "결제",
                            [new PostingLine(a.Id, -Spent), new PostingLine(merchant, Spent)]), h.Clock.GetUtcNow(), ct);
                }
            });
            _cards.AddRange(members.Zip(accounts, (m, a) => new TestCard(m.Id, m.Cards[0].Id, a.Id)));
        }
        for (var i = 0; i < _cards.Count; i++)
        {
            var card = _cards[i];
            var cardId = card.CardId.ToString(CultureInfo.InvariantCulture);
            var memberId = card.MemberId.ToString(CultureInfo.InvariantCulture);
            Enqueue((i % 3) switch
            {
                0 => ("lost", "agent", new[] { cardId }),
                1 => ("refund-file", "agent", new[] { memberId, cardId }),
                _ => ("reissue", "agent2", new[] { cardId }),
            });
        }
    }

    private void Enqueue((string Action, string Actor, string[] Args) c)
    {
        var seq = ++_seq;
        var command = new DriverCommand(seq, c.Action, c.Actor, $"fault-{_run}-{seq}", c.Args);
        _commands[seq] = command;
        _queue.Enqueue(command);
    }

    /// <summary>
    /// Runs every command to its end. <paramref name="killAfter"/>: after how many sent commands the driver is killed
    /// (each once); <paramref name="onSent"/> is called after each window is sent (the PostgreSQL restart test restarts
    /// the server there).
    /// </summary>
    public async Task RunAsync(IReadOnlyCollection<int> killAfter, Func<int, Task>? onSent = null, Func<Task>? afterKill = null)
    {
        var kills = new SortedSet<int>(killAfter);
        var sent = 0;
        var driver = await StartDriverAsync();
        try
        {
            var inFlight = new List<DriverCommand>();
            while (_queue.Count > 0 || inFlight.Count > 0 || await EnqueueLeftOversAsync())
            {
                while (inFlight.Count < Window && _queue.Count > 0)
                {
                    var command = _queue.Dequeue();
                    await driver.SendAsync(command);
                    inFlight.Add(command);
                    sent++;
                }
                if (onSent is not null) await onSent(sent);
                if (kills.Count > 0 && sent >= kills.Min)
                {
                    kills.Remove(kills.Min);
                    // A random moment inside the window just sent: most kills land inside a transaction.
                    await Task.Delay(Random.Shared.Next(0, 25));
                    driver.KillHard();
                    Kills++;
                    // Answers written before the kill still count; the rest were sent and never answered.
                    DriverResult? late;
                    while ((late = await driver.ReceiveAsync()) is not null) Record(inFlight, late);
                    if (inFlight.Count > 0) KillsInsideACommand++;
                    await driver.DisposeAsync();
                    await AssertNothingHalfAppliedAsync();
                    if (afterKill is not null) await afterKill();
                    driver = await StartDriverAsync();
                    // Every interrupted command again, with its key, before anything new.
                    foreach (var again in inFlight)
                    {
                        Retried++;
                        await driver.SendAsync(again);
                    }
                    continue;
                }
                var result = await driver.ReceiveAsync() ?? throw new InvalidOperationException($"The driver ended. {driver.Errors}");
                Record(inFlight, result);
            }
        }
        finally
        {
            await driver.DisposeAsync();
        }
    }

    private async Task<DriverProcess> StartDriverAsync()
    {
        Restarts++;
        var driver = await DriverProcess.StartAsync(h.Database.Options, SentLog);
        // The step-up is remembered per process (as per circuit server): a restarted server asks again.
        foreach (var actor in new[] { "finance", "finance2" })
        {
            var stepped = await driver.RunAsync(new DriverCommand(0, "stepup", actor, ""));
            Assert.True(stepped.Ok, $"step-up of {actor}: {stepped.Detail}");
        }
        return driver;
    }

    private void Record(List<DriverCommand> inFlight, DriverResult result)
    {
        var command = inFlight.Single(c => c.Seq == result.Seq);
        inFlight.Remove(command);
        _results[result.Seq] = result;
        Assert.True(result.Outcome != "error", $"{command.Line} → {result.Detail}");
        if (!result.Ok) return;
        switch (command.Action)
        {
            case "refund-file":
                Enqueue(("refund-approve", "finance", [result.Detail]));
                break;
            case "refund-approve":
                if (++_approvedSinceBatch >= PayEvery)
                {
                    _approvedSinceBatch = 0;
                    Enqueue(("refund-batch", "finance", []));
                }
                break;
            case "refund-batch":
                foreach (var requestNo in InBatch(result.Detail)) Enqueue(("refund-pay", "finance2", [requestNo]));
                break;
        }
    }

    /// <summary>At the end: approved requests not batched yet get a batch, batched ones not paid yet their payment.</summary>
    private async Task<bool> EnqueueLeftOversAsync()
    {
        if (++_leftOverRounds > 5) return false; // a refusal that repeats is reported by the exactly-once check, not looped on
        await using var db = await h.DbAsync();
        var statuses = await db.RefundRequests.AsNoTracking().Where(r => r.Status == RefundStatus.Approved || r.Status == RefundStatus.InPayout)
            .Select(r => new { r.RequestNo, r.Status }).ToListAsync();
        if (statuses.Any(r => r.Status == RefundStatus.Approved)) Enqueue(("refund-batch", "finance", []));
        else foreach (var r in statuses) Enqueue(("refund-pay", "finance2", [r.RequestNo]));
        return statuses.Count > 0;
    }

    private List<string> InBatch(string batchNo)
    {
        using var db = h.Get<IDbContextFactory<AppDbContext>>().CreateDbContext();
        return db.RefundRequests.AsNoTracking().Where(r => r.Batch!.BatchNo == batchNo && r.Status == RefundStatus.InPayout)
            .OrderBy(r => r.Id).Select(r => r.RequestNo).ToList();
    }

    /// <summary>
    /// Each command's state change and its journal entry are both there or both absent: a stopped card has its report
    /// and the report its sweep; a refund request its hold, a paid one its payout; a reissue with a fee its fee entry; and
    /// no entry of those kinds without its row. The ledger itself is consistent.
    /// </summary>
    public async Task AssertNothingHalfAppliedAsync()
    {
        await using var db = await h.DbAsync();
        var cardIds = _cards.Select(c => c.CardId).ToHashSet();
        var reports = await db.LostCardReports.AsNoTracking().Select(r => new { r.CardId, r.ReportNo, r.SweptToEmoney, r.SweepEntryId }).ToListAsync();
        var entries = await db.JournalEntries.AsNoTracking()
            .Where(e => e.Type == EntryType.LostCardSweep || e.Type == EntryType.RefundHold || e.Type == EntryType.RefundPayout || e.IdempotencyKey.StartsWith("reissue:"))
            .Select(e => new { e.Id, e.Type, e.Reference, e.IdempotencyKey }).ToListAsync();
        var stopped = await db.Cards.AsNoTracking().Where(c => c.Status == CardStatus.Lost).Select(c => c.Id).ToListAsync();
        var refunds = await db.RefundRequests.AsNoTracking().Select(r => new { r.RequestNo, r.Eligible, r.Status }).ToListAsync();
        var reissues = await db.ReissueRequests.AsNoTracking().Select(r => new { r.RequestNo, r.FeeCharged, r.OldCardId }).ToListAsync();

        var problems = new List<string>();
        var sweepRefs = entries.Where(e => e.Type == EntryType.LostCardSweep).Select(e => e.Reference).ToHashSet();
        problems.AddRange(reports.Where(r => r.SweptToEmoney > 0 && (!sweepRefs.Contains(r.ReportNo) || r.SweepEntryId is null)).Select(r => $"report {r.ReportNo} without its sweep"));
        problems.AddRange(sweepRefs.Where(s => reports.All(r => r.ReportNo != s)).Select(s => $"sweep {s} without its report"));
        problems.AddRange(stopped.Where(cardIds.Contains).Where(c => reports.All(r => r.CardId != c)).Select(c => $"card {c} stopped without a report"));
        problems.AddRange(reports.Where(r => cardIds.Contains(r.CardId) && !stopped.Contains(r.CardId)).Select(r => $"report {r.ReportNo} of a card still active"));

        var holds = entries.Where(e => e.Type == EntryType.RefundHold).Select(e => e.Reference).ToHashSet();
        var payouts = entries.Where(e => e.Type == EntryType.RefundPayout).Select(e => e.Reference).ToHashSet();
        problems.AddRange(refunds.Where(r => r.Eligible && !holds.Contains(r.RequestNo)).Select(r => $"refund {r.RequestNo} without its hold"));
        problems.AddRange(holds.Where(x => refunds.All(r => r.RequestNo != x)).Select(x => $"hold {x} without its request"));
        problems.AddRange(refunds.Where(r => r.Status == RefundStatus.Paid && !payouts.Contains(r.RequestNo)).Select(r => $"refund {r.RequestNo} paid without a payout entry"));
        problems.AddRange(payouts.Where(x => !refunds.Any(r => r.RequestNo == x && r.Status == RefundStatus.Paid)).Select(x => $"payout {x} of a request not marked paid"));

        var fees = entries.Where(e => e.IdempotencyKey.StartsWith("reissue:", StringComparison.Ordinal)).Select(e => e.IdempotencyKey).ToHashSet();
        problems.AddRange(reissues.Where(r => r.FeeCharged > 0 && !fees.Contains(Idempotency.PostingKey("reissue", r.RequestNo, "fee")))
            .Select(r => $"reissue {r.RequestNo} without its fee entry"));
        problems.AddRange(fees.Where(f => f.EndsWith(":fee", StringComparison.Ordinal) && reissues.All(r => Idempotency.PostingKey("reissue", r.RequestNo, "fee") != f))
            .Select(f => $"fee entry {f} without its request"));

        Assert.True(problems.Count == 0, "half-applied commands: " + string.Join("; ", problems.Take(20)));
        var ledger = await LedgerConsistencyCheck.RunAsync(db);
        Assert.True(ledger.IsConsistent, $"ledger: mismatches {ledger.Mismatches.Count}, unbalanced {ledger.UnbalancedEntries.Count}, negative {ledger.NegativeMemberBalances}");
    }

    /// <summary>
    /// After the run: every command applied exactly once. Each card's one action happened once (one report and one
    /// sweep of the whole balance; one request, one hold, one approval, one payout; one reissue and at most one fee),
    /// whatever number of times it was sent.
    /// </summary>
    public async Task AssertExactlyOnceAsync()
    {
        await AssertNothingHalfAppliedAsync();
        await using var db = await h.DbAsync();
        var keys = _commands.Values.Select(c => c.Key).ToList();
        var unanswered = _commands.Keys.Where(s => !_results.ContainsKey(s)).ToList();
        Assert.True(unanswered.Count == 0, $"never answered: {string.Join(", ", unanswered.Take(10))}");
        foreach (var (seq, command) in _commands)
        {
            var result = _results[seq];
            // Keyed commands answer ok on every try; the state-checked steps (approve, pay) may answer "already done"
            // when their first try committed and the answer was lost: the counts below decide.
            if (command.Action is "lost" or "refund-file")
                Assert.True(result.Ok, $"{command.Line} → {result.Outcome} {result.Detail}");
            // A batch takes every approved request, so a batch command that runs after another one took them all finds
            // none: the only refusal allowed; whether each request was paid once is counted below.
            if (command.Action is "refund-batch")
                Assert.True(result.Ok || result.Detail == "지급할 승인 완료 환불이 없습니다.", $"{command.Line} → {result.Outcome} {result.Detail}");
        }

        var lostCards = _cards.Where((_, i) => i % 3 == 0).Select(c => c.CardId).ToList();
        var lostKeys = _commands.Values.Where(c => c.Action == "lost").Select(c => c.Key).ToList();
        Assert.Equal(lostCards.Count, await db.LostCardReports.CountAsync(r => lostKeys.Contains(r.IdempotencyKey!)));
        var reportNos = await db.LostCardReports.Where(r => lostKeys.Contains(r.IdempotencyKey!)).Select(r => r.ReportNo).ToListAsync();
        var sweeps = await db.JournalEntries.Where(e => e.Type == EntryType.LostCardSweep).Select(e => e.Reference).ToListAsync();
        Assert.Equal(reportNos.Order(), sweeps.Where(reportNos.Contains).Order());
        foreach (var chunk in lostCards.Chunk(500))
            Assert.Equal(0, await db.Accounts.CountAsync(a => chunk.Contains(a.CardId!.Value) && a.Balance != 0));

        var fileKeys = _commands.Values.Where(c => c.Action == "refund-file").Select(c => c.Key).ToList();
        var requests = await db.RefundRequests.AsNoTracking().Where(r => fileKeys.Contains(r.IdempotencyKey!)).Select(r => new { r.RequestNo, r.Status }).ToListAsync();
        Assert.Equal(fileKeys.Count, requests.Count);
        Assert.All(requests, r => Assert.Equal(RefundStatus.Paid, r.Status));
        var numbers = requests.Select(r => r.RequestNo).ToList();
        var approvals = await db.AuditRecords.Where(a => a.Action == "refund.approve").Select(a => a.EntityId).ToListAsync();
        var payoutRefs = await db.JournalEntries.Where(e => e.Type == EntryType.RefundPayout).Select(e => e.Reference).ToListAsync();
        foreach (var no in numbers)
        {
            Assert.Equal(1, approvals.Count(a => a == no));
            Assert.Equal(1, payoutRefs.Count(p => p == no));
        }

        var reissueKeys = _commands.Values.Where(c => c.Action == "reissue").Select(c => c.Key).ToList();
        Assert.Equal(reissueKeys.Count, await db.ReissueRequests.CountAsync(r => reissueKeys.Contains(r.IdempotencyKey!)));
        Assert.Equal(keys.Count, keys.Distinct().Count());
    }
}
