namespace MineAction.Application.LandRelease;

/// <summary>
/// Opening contamination + newly recorded ± confirmed SHA → CHA − cancelled − reduced − cleared + re-opened = closing
/// contamination, per type, for a period and optionally a province (Article 5 extension requests, Article 7).
/// </summary>
public static class ReconcileContamination
{
    public sealed record Row(
        HazardType Type, double OpeningM2, double NewlyRecordedM2, double ConfirmedM2, double CancelledM2, double ReducedM2,
        double ClearedM2, double ReopenedM2, double ClosingM2)
    {
        /// <summary>Closing minus what the movements predict; zero (to rounding) when the ledger balances.</summary>
        public double DifferenceM2 => ClosingM2 - (OpeningM2 + NewlyRecordedM2 + ConfirmedM2 - CancelledM2 - ReducedM2 - ClearedM2 + ReopenedM2);
    }

    public sealed record Query(DateOnly? From, DateOnly? To, Guid? ProvinceId = null) : IQuery<IReadOnlyList<Row>>;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.From).NotNull().WithName("from");
            RuleFor(q => q.To).NotNull().GreaterThanOrEqualTo(q => q.From).WithName("to").WithMessage("'to' is a date on or after 'from'.");
        }
    }

    public sealed class Handler(IMineActionDb db) : IQueryHandler<Query, IReadOnlyList<Row>>
    {
        public async ValueTask<IReadOnlyList<Row>> Handle(Query q, CancellationToken cancellationToken)
        {
            var (start, end) = (q.From!.Value, q.To!.Value);
            var hazards = ContaminationHistory.Hazards(db, q.ProvinceId);
            var products = ContaminationHistory.Products(db);

            // Newly recorded: net of anything released before the record (so products never count twice).
            var recorded = hazards.Where(h => h.RecordedOn >= start && h.RecordedOn <= end);
            var newSha = await recorded.Where(h => h.ConfirmedOn == null || h.ConfirmedOn > h.RecordedOn)
                .SumAsync(h => h.AreaM2 - (products.Where(p => p.HazardousAreaId == h.Id && p.ReleaseDate < h.RecordedOn
                    && (p.SupersededOn == null || p.SupersededOn >= h.RecordedOn)).Sum(p => (double?)p.AreaM2) ?? 0), cancellationToken);
            var newCha = await recorded.Where(h => h.ConfirmedOn == h.RecordedOn)
                .SumAsync(h => h.AreaM2 - (products.Where(p => p.HazardousAreaId == h.Id && p.ReleaseDate < h.RecordedOn
                    && (p.SupersededOn == null || p.SupersededOn >= h.RecordedOn)).Sum(p => (double?)p.AreaM2) ?? 0), cancellationToken);

            // Confirmed SHA → CHA in the period: what remained the day before confirmation moves column.
            var confirmed = await hazards.Where(h => h.ConfirmedOn >= start && h.ConfirmedOn <= end && h.ConfirmedOn > h.RecordedOn)
                .SumAsync(h => h.AreaM2 - (products.Where(p => p.HazardousAreaId == h.Id && p.ReleaseDate < h.ConfirmedOn
                    && (p.SupersededOn == null || p.SupersededOn >= h.ConfirmedOn)).Sum(p => (double?)p.AreaM2) ?? 0), cancellationToken);

            // Released in the period, in the column the hazard was in on the release date.
            var released = await (
                    from p in products.Where(p => p.ReleaseDate >= start && p.ReleaseDate <= end)
                    join h in hazards on p.HazardousAreaId equals h.Id
                    where p.ReleaseDate >= h.RecordedOn
                    let cha = h.ConfirmedOn != null && h.ConfirmedOn <= p.ReleaseDate
                    group p.AreaM2 by new { Cha = cha, p.Outcome } into g
                    select new { g.Key.Cha, g.Key.Outcome, Area = g.Sum() })
                .ToListAsync(cancellationToken);
            double Released(bool cha, ReleaseOutcome outcome) => released.Where(r => r.Cha == cha && r.Outcome == outcome).Sum(r => r.Area);

            // Re-opened in the period: released land that counts as contaminated again, in the hazard's column on that day.
            var reopened = await (
                    from p in products.Where(p => p.SupersededOn >= start && p.SupersededOn <= end)
                    join h in hazards on p.HazardousAreaId equals h.Id
                    let cha = h.ConfirmedOn != null && h.ConfirmedOn <= p.SupersededOn
                    group p.AreaM2 by cha into g
                    select new { Cha = g.Key, Area = g.Sum() })
                .ToListAsync(cancellationToken);

            var (opening, closing) = (await ContaminationHistory.RemainingAsync(db, q.ProvinceId, start.AddDays(-1), cancellationToken),
                await ContaminationHistory.RemainingAsync(db, q.ProvinceId, end, cancellationToken));
            var rows = new List<Row>();
            foreach (var type in Enum.GetValues<HazardType>())
            {
                var cha = type == HazardType.CHA;
                rows.Add(new Row(type,
                    opening[type],
                    cha ? newCha : newSha,
                    cha ? confirmed : -confirmed,
                    Released(cha, ReleaseOutcome.Cancelled),
                    Released(cha, ReleaseOutcome.Reduced),
                    Released(cha, ReleaseOutcome.Cleared),
                    reopened.Where(r => r.Cha == cha).Sum(r => r.Area),
                    closing[type]));
            }

            return rows;
        }
    }
}
