using MineAction.Domain.Hazards;
using MineAction.Domain.LandRelease;

namespace MineAction.Application.LandRelease;

/// <summary>
/// Contamination as it stood on any past date, and the reconciliation of a period. Every event that changes
/// contamination is dated in the ledger — a hazard recorded (recordedOn), confirmed SHA → CHA (confirmedOn),
/// land released (releaseDate) — so the baseline on day D is: approved hazards recorded by D, typed CHA if
/// confirmed by D, minus approved products released by D. A confirmation counts from the start of its day,
/// releases at its end. Approved, non-archived data only; everything is summed in SQL.
/// </summary>
internal static class ContaminationHistory
{
    public static IQueryable<HazardousArea> Hazards(IMineActionDb db, Guid? provinceId)
    {
        var hazards = db.HazardousAreas.Approved().Where(h => h.ArchivedAt == null);
        return provinceId is { } province ? hazards.Where(h => h.ProvinceId == province) : hazards;
    }

    public static IQueryable<LandReleaseProduct> Products(IMineActionDb db) =>
        from p in db.Products.Where(p => p.ArchivedAt == null)
        join a in db.Activities.Approved().Where(a => a.ArchivedAt == null) on p.ActivityId equals a.Id
        select p;

    /// <summary>
    /// Remaining contamination of one type at the end of <paramref name="day"/>: one SQL aggregate, the released
    /// area summed per hazard once and joined (a correlated sum per hazard is an order of magnitude slower).
    /// </summary>
    public static Task<double> RemainingAsync(IMineActionDb db, Guid? provinceId, HazardType type, DateOnly day, CancellationToken ct)
    {
        var cha = type == HazardType.CHA;
        return db.Database.SqlQuery<double>($"""
            SELECT COALESCE(SUM(h.area_m2 - COALESCE(r.released, 0)), 0) AS "Value"
            FROM hazardous_areas h
            LEFT JOIN (
                SELECT p.hazardous_area_id, SUM(p.area_m2) AS released
                FROM land_release_products p
                JOIN land_release_activities a ON a.id = p.activity_id AND a.archived_at IS NULL AND a.approval_status = 'Approved'
                WHERE p.archived_at IS NULL AND p.release_date <= {day} AND (p.superseded_on IS NULL OR p.superseded_on > {day})
                GROUP BY p.hazardous_area_id) r ON r.hazardous_area_id = h.id
            WHERE h.approval_status = 'Approved' AND h.archived_at IS NULL AND h.recorded_on <= {day}
              AND (CAST({provinceId} AS uuid) IS NULL OR h.province_id = CAST({provinceId} AS uuid))
              AND CASE WHEN {cha} THEN h.confirmed_on <= {day} ELSE (h.confirmed_on IS NULL OR h.confirmed_on > {day}) END
            """).SingleAsync(ct);
    }
}

public static class GetContaminationAsOf
{
    public sealed record Row(HazardType Type, double RemainingM2)
    {
        public double RemainingKm2 => RemainingM2 / 1e6;
    }

    public sealed record Query(DateOnly? AsOf, Guid? ProvinceId = null) : IQuery<IReadOnlyList<Row>>;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.AsOf).NotNull().WithName("asOf");
    }

    public sealed class Handler(IMineActionDb db) : IQueryHandler<Query, IReadOnlyList<Row>>
    {
        public async ValueTask<IReadOnlyList<Row>> Handle(Query q, CancellationToken cancellationToken)
        {
            var rows = new List<Row>();
            foreach (var type in Enum.GetValues<HazardType>())
            {
                rows.Add(new Row(type, await ContaminationHistory.RemainingAsync(db, q.ProvinceId, type, q.AsOf!.Value, cancellationToken)));
            }

            return rows;
        }
    }
}

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

            var rows = new List<Row>();
            foreach (var type in Enum.GetValues<HazardType>())
            {
                var cha = type == HazardType.CHA;
                rows.Add(new Row(type,
                    await ContaminationHistory.RemainingAsync(db, q.ProvinceId, type, start.AddDays(-1), cancellationToken),
                    cha ? newCha : newSha,
                    cha ? confirmed : -confirmed,
                    Released(cha, ReleaseOutcome.Cancelled),
                    Released(cha, ReleaseOutcome.Reduced),
                    Released(cha, ReleaseOutcome.Cleared),
                    reopened.Where(r => r.Cha == cha).Sum(r => r.Area),
                    await ContaminationHistory.RemainingAsync(db, q.ProvinceId, type, end, cancellationToken)));
            }

            return rows;
        }
    }
}
