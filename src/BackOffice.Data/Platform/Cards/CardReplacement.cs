using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Data.Platform.Cards;

public sealed record ReplacementOrder(
    Card OldCard, CardDesign Design, bool CarryBalance, ShipmentMethod Method, DateOnly ShipDueBy, string ShipDueRule,
    string Address, string IdempotencyKey, Actor Actor, DateTimeOffset Now, DateOnly Today, long? ReissueRequestId,
    CardValidity? Validity = null);

/// <summary>How long the new card is valid, and the rule (with its clause) that says so.</summary>
public sealed record CardValidity(DateOnly ExpiresOn, string Rule);

public sealed record ReplacementResult(Card NewCard, long CarriedBalance, Shipment Shipment);

/// <summary>
/// Issues a card that replaces another, in the caller's transaction: a new number, the same program, member and
/// flags, a link to the old card, one blank card taken from the design's stock, the old card stopped, its balance
/// carried over (when the rules say so) and a shipment to the member. Used by reissue and by card intake.
/// </summary>
public static class CardReplacement
{
    /// <summary>
    /// The new card's validity (issue 11 point 8):
    /// - <see cref="ReissueValidity.NewValidityYears"/>: issued today + <see cref="ProgramPolicy.CardValidityYears"/> years.
    /// - <see cref="ReissueValidity.KeepOldExpiry"/>: the old card's remaining validity (004 제4조②) — except a card
    ///   replaced because it expired (or is about to, 제4조⑤), which gets "새로운 유효기한이 기재된 동종의 카드" (004 제4조③).
    /// </summary>
    public static CardValidity Validity(ProgramPolicy policy, DateOnly oldExpiresOn, bool expiryReplacement, DateOnly today)
    {
        var fresh = today.AddYears(policy.CardValidityYears);
        var years = $"발급일 {today:yyyy-MM-dd} + {policy.CardValidityYears}년 = {fresh:yyyy-MM-dd} ({policy.CitationOf(nameof(ProgramPolicy.CardValidityYears))})";
        if (policy.ReissueValidity == ReissueValidity.NewValidityYears) return new CardValidity(fresh, $"새 유효기간: {years}");
        var keep = policy.CitationOf(nameof(ProgramPolicy.ReissueValidity));
        if (expiryReplacement || today > oldExpiresOn)
            return new CardValidity(fresh, $"유효기한 경과 카드의 교체 발급: 새로운 유효기한 {years} · 004 제4조③ (새로운 유효기한이 기재된 동종의 카드)");
        return new CardValidity(oldExpiresOn, $"기존 카드의 잔여 유효기한 {oldExpiresOn:yyyy-MM-dd}까지 ({keep})");
    }

    public static string? OutOfStock(CardDesign design, IEnumerable<CardDesign> programDesigns)
    {
        if (design.IsActive && design.Stock > 0) return null;
        var others = programDesigns.Where(d => d.Id != design.Id && d.IsActive && d.Stock > 0).Select(d => $"{d.Name}({d.Stock:N0}장)").ToList();
        return others.Count == 0
            ? $"'{design.Name}' 디자인 재고가 없고 다른 디자인도 재고가 없습니다. 카드 재고 담당자에게 문의하세요."
            : $"'{design.Name}' 디자인 재고가 없습니다. 재고가 있는 디자인: {string.Join(", ", others)}";
    }

    public static async Task<ReplacementResult> IssueAsync(AppDbContext db, NumberKeyRing numbers, ReplacementOrder order, CancellationToken ct = default)
    {
        var old = order.OldCard;
        if (order.Design.Stock <= 0) throw new BusinessRuleException($"'{order.Design.Name}' 디자인 재고가 없습니다.");
        order.Design.Stock--;
        order.Design.Version++;

        var program = await db.Programs.AsNoTracking().FirstAsync(p => p.Id == old.ProgramId, ct);
        var number = await NewNumberAsync(db, numbers, program.Code, ct);
        var card = new Card
        {
            ProgramId = old.ProgramId,
            MemberId = old.MemberId,
            Status = CardStatus.Active,
            IsNamed = old.IsNamed,
            IsRegistered = old.IsRegistered,
            IsMain = old.IsMain,
            Design = order.Design.Name,
            IssuedOn = order.Today,
            ExpiresOn = order.Validity?.ExpiresOn ?? order.Today.AddYears(5),
            ReplacesCardId = old.Id,
        };
        numbers.SetNumber(card, number);
        db.Cards.Add(card);
        old.IsMain = false;
        if (old.Status is CardStatus.Active or CardStatus.Expired) old.Status = CardStatus.Replaced;
        old.StoppedAt ??= order.Now;
        old.Version++;
        await db.SaveChangesAsync(ct);

        var newAccount = await SystemAccounts.CardAccountAsync(db, card.Id, ct);
        var oldAccount = await SystemAccounts.CardAccountAsync(db, old.Id, ct);
        var carried = order.CarryBalance ? oldAccount.Balance : 0;
        if (carried > 0)
        {
            await LedgerPosting.PostAsync(db, new JournalRequest(
                EntryType.BalanceTransfer, $"{order.IdempotencyKey}:carry", order.Now, order.Actor, order.IdempotencyKey,
                $"재발급 잔액 이전 (*{old.Last4} → *{card.Last4})",
                [new PostingLine(oldAccount.Id, -carried), new PostingLine(newAccount.Id, carried)], AllowStoppedCard: true), order.Now, ct);
        }

        // Issue 14: the shipment carries its number, application day, kind, design and the address lines (parsed from
        // the member's one-line address where it parses; the legacy Address text stays filled). The fee of a reissue or
        // replacement is the workflow's own (reissue fee, intake warranty), charged by the caller, not a delivery fee.
        var address = AddressRules.Parse(order.Address);
        var shipment = new Shipment
        {
            CardId = card.Id,
            MemberId = old.MemberId ?? 0,
            ReissueRequestId = order.ReissueRequestId,
            Address = order.Address,
            Method = order.Method,
            Status = ShipmentStatus.Requested,
            RequestedAt = order.Now,
            DueBy = order.ShipDueBy,
            DueRule = order.ShipDueRule,
            Kind = order.ReissueRequestId is null ? ShipmentKind.Replacement : ShipmentKind.Reissue,
            Number = await BusinessNumbers.NextNumberAsync(db, ShipmentNumberSeries, ShipmentNumberPrefix, order.Today, ct),
            ApplicationDay = order.Today,
            Postcode = address.Postcode,
            RoadAddress = address.RoadAddress,
            AddressDetail = address.Detail,
            Design = order.Design.Name,
            FeeRule = order.ReissueRequestId is null ? "배송비 없음: 교체 발급 수수료는 불량·파손 접수에서 처리" : "배송비 없음: 재발급 수수료는 재발급 요청에서 처리",
        };
        db.Shipments.Add(shipment);
        return new ReplacementResult(card, carried, shipment);
    }

    /// <summary>Shipment numbers <c>S{yyyyMMdd}-{NNNNNN}</c> (issue 14): one series for every kind of shipment.</summary>
    public const string ShipmentNumberSeries = "shipment";

    public const string ShipmentNumberPrefix = "S";

    /// <summary>A free card number of the program (random in the upper half of the number space, Luhn check digit).</summary>
    public static async Task<string> NewNumberAsync(AppDbContext db, NumberKeyRing numbers, string programCode, CancellationToken ct)
    {
        var prefix = programCode switch
        {
            ProgramPresets.LocalCurrency => "941022",
            ProgramPresets.Hanaro => "942011",
            ProgramPresets.Cashbee => "942022",
            ProgramPresets.CardCompanyPrepaid => "943033",
            _ => "949000",
        };
        for (var attempt = 0; attempt < 20; attempt++)
        {
            // The upper half of the 9-digit space: demo and migrated cards count up from the bottom.
            var number = CardNumber.WithCheckDigit(prefix + RandomNumberGenerator.GetInt32(500_000_000, 999_999_999).ToString("D9"));
            var hash = numbers.CardHash(number);
            if (!await db.Cards.AnyAsync(c => c.NumberHash == hash, ct)) return number;
        }
        throw new InvalidOperationException("No free card number after 20 tries.");
    }
}
