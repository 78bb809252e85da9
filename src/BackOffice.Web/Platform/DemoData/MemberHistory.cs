namespace BackOffice.Web.Platform.DemoData;

/// <summary>
/// One demo member's months of card life: top-ups, payments with cashback (10 % in the district, 6 % outside,
/// 000 캐시백), cashback use, e-money moves and payment cancels, in time order, each applied to the ledger.
/// </summary>
internal sealed class MemberHistory(
    Random r, DemoDataGenerator.DemoMember person, IReadOnlyDictionary<AccountKind, Account> system,
    IReadOnlyList<Merchant> merchants, IReadOnlyDictionary<string, CardProgram> programs, DateTimeOffset now)
{
    private static readonly Actor MemberApp = new("member-app", "회원 앱", new HashSet<string>());
    private readonly List<JournalEntry> _entries = [];
    private readonly List<(JournalEntry Payment, long Amount, long Cashback, Account Card, DateTimeOffset At)> _payments = [];
    private int _seq;

    public IReadOnlyList<JournalEntry> Generate()
    {
        var joined = person.Member.JoinedAt;
        var from = joined > now.AddDays(-120) ? joined : now.AddDays(-120);
        var events = r.Next(6, 26);
        var times = Enumerable.Range(0, events)
            .Select(_ => from.AddSeconds(r.NextDouble() * (now - from).TotalSeconds * 0.98))
            .OrderBy(t => t).ToList();

        var primary = person.CardAccounts[0];
        TopUp(primary, 50_000 + 10_000 * r.Next(0, 15), from.AddMinutes(-30));
        foreach (var at in times)
        {
            var card = person.CardAccounts[r.Next(person.CardAccounts.Count)];
            switch (r.Next(100))
            {
                case < 45: Pay(card, at); break;
                case < 60: TopUp(card, 10_000 * r.Next(1, 16), at); break;
                case < 68: UseCashback(card, at); break;
                case < 76: EmoneyTopUp(at); break;
                case < 84: Move(person.Emoney, card, EntryType.EmoneyToCard, at); break;
                case < 90: Move(card, person.Emoney, EntryType.CardToEmoney, at); break;
                default: CancelPayment(at); break;
            }
        }
        return _entries;
    }

    private CardProgram ProgramOf(Account card) => programs.Values.First(p => p.Id == card.Card!.ProgramId);

    private ProgramPolicy PolicyOf(Account card, DateTimeOffset at) =>
        PolicySelector.InForce(ProgramOf(card).Policies, DateOnly.FromDateTime(at.ToKst().DateTime));

    private void TopUp(Account card, long amount, DateTimeOffset at)
    {
        var room = PolicyOf(card, at).BalanceLimit(card.Card!.IsNamed) - card.Balance;
        amount = Math.Min(amount, room / 10_000 * 10_000);
        if (amount <= 0) return;
        Post(EntryType.TopUp, at, "카드 충전", [(card, amount), (system[AccountKind.FundingClearing], -amount)]);
    }

    private void EmoneyTopUp(DateTimeOffset at)
    {
        var amount = 10_000L * r.Next(1, 11);
        Post(EntryType.EmoneyTopUp, at, "e음머니 충전 (계좌)", [(person.Emoney, amount), (system[AccountKind.FundingClearing], -amount)]);
    }

    private void Pay(Account card, DateTimeOffset at)
    {
        var amount = Math.Min(card.Balance, 1_000L * r.Next(3, 60) + 100L * r.Next(0, 10));
        if (amount < 1_000) return;
        var merchant = merchants[r.Next(merchants.Count)];
        var policy = PolicyOf(card, at);
        var rate = merchant.InDistrict ? policy.CashbackPercentInDistrict : policy.CashbackPercentOutOfDistrict;
        var entry = Post(EntryType.Payment, at, merchant.Name, [(card, -amount), (system[AccountKind.MerchantSettlement], amount)], merchant.Id);
        card.Card!.FirstUsedOn ??= DateOnly.FromDateTime(at.ToKst().DateTime);
        var cashback = amount * rate / 100; // sub-won amounts truncated (004 제4조②)
        if (cashback > 0)
            Post(EntryType.CashbackAccrual, at.AddSeconds(1), $"캐시백 {rate}% ({merchant.Name})",
                [(person.Cashback, cashback), (system[AccountKind.CashbackFunding], -cashback)], merchant.Id);
        _payments.Add((entry, amount, cashback, card, at));
    }

    private void UseCashback(Account card, DateTimeOffset at)
    {
        var amount = Math.Min(person.Cashback.Balance, 1_000L * r.Next(1, 6));
        if (amount <= 0) return;
        var merchant = merchants[r.Next(merchants.Count)];
        Post(EntryType.CashbackUse, at, $"캐시 결제 ({merchant.Name})", [(person.Cashback, -amount), (system[AccountKind.MerchantSettlement], amount)], merchant.Id);
    }

    private void Move(Account from, Account to, EntryType type, DateTimeOffset at)
    {
        var amount = Math.Min(from.Balance, 10_000L * r.Next(1, 6));
        if (to.Card is { } card) amount = Math.Min(amount, (PolicyOf(to, at).BalanceLimit(card.IsNamed) - to.Balance) / 10_000 * 10_000);
        if (amount <= 0) return;
        Post(type, at, type == EntryType.EmoneyToCard ? "e음머니에서 카드로 이동" : "카드에서 e음머니로 이동", [(from, -amount), (to, amount)]);
    }

    private void CancelPayment(DateTimeOffset at)
    {
        if (_payments.Count == 0) return;
        var i = r.Next(_payments.Count);
        var (payment, amount, cashback, card, _) = _payments[i];
        // The cashback earned is taken back with the cancel; skip when it has already been spent.
        if (person.Cashback.Balance < cashback) return;
        if (PolicyOf(card, at).BalanceLimit(card.Card!.IsNamed) < card.Balance + amount) return;
        _payments.RemoveAt(i);
        Post(EntryType.PaymentCancel, at, $"결제 취소 ({payment.Description})",
            [(card, amount), (system[AccountKind.MerchantSettlement], -amount)], payment.MerchantId, payment.Reference);
        if (cashback > 0)
            Post(EntryType.CashbackAccrual, at.AddSeconds(1), "결제 취소에 따른 캐시백 회수",
                [(person.Cashback, -cashback), (system[AccountKind.CashbackFunding], cashback)], payment.MerchantId);
    }

    /// <param name="reference">The approval number; a cancel carries its payment's (issue 12: the deduction nets it against that payment).</param>
    private JournalEntry Post(EntryType type, DateTimeOffset at, string description, (Account Account, long Amount)[] lines, long? merchantId = null, string? reference = null)
    {
        var key = $"demo:{person.Member.MemberNo}:{++_seq}";
        var accounts = lines.ToDictionary(l => l.Account.Id, l => l.Account);
        var request = new JournalRequest(type, key, at, MemberApp, reference ?? key, description,
            lines.Select(l => new PostingLine(l.Account.Id, l.Amount)).ToList(), merchantId);
        var entry = LedgerPosting.Apply(request, accounts, at);
        _entries.Add(entry);
        return entry;
    }
}
