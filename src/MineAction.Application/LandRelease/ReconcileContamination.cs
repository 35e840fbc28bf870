using System.Data;

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

    public sealed class Handler(IReportingDb db) : IQueryHandler<Query, IReadOnlyList<Row>>
    {
        /// <summary>
        /// The period's movements, each a sum over few rows found by a date index: hazards recorded in it (net of land released before
        /// the record, so it never counts twice: a correlated sum per hazard on the products' hazard-and-date index), SHA confirmed CHA in
        /// it (what remained the day before), land released in it in the column its hazard was in that day, and land re-opened in it.
        /// </summary>
        private const string MovementsSql = """
            WITH hazards AS NOT MATERIALIZED (
                SELECT id, area_m2, recorded_on, confirmed_on FROM hazardous_areas
                WHERE approval_status = 'Approved' AND archived_at IS NULL AND (CAST(@province AS uuid) IS NULL OR province_id = @province)),
            products AS NOT MATERIALIZED (
                SELECT p.hazardous_area_id, p.area_m2, p.release_date, p.superseded_on, p.outcome
                FROM land_release_products p
                JOIN land_release_activities a ON a.id = p.activity_id AND a.archived_at IS NULL AND a.approval_status = 'Approved'
                WHERE p.archived_at IS NULL AND p.approval_status = 'Approved')
            SELECT 'recorded', coalesce(h.confirmed_on = h.recorded_on, false), NULL, sum(h.area_m2 - coalesce(b.area_m2, 0))
            FROM hazards h
            LEFT JOIN LATERAL (SELECT sum(p.area_m2) AS area_m2 FROM products p WHERE p.hazardous_area_id = h.id AND p.release_date < h.recorded_on
                               AND (p.superseded_on IS NULL OR p.superseded_on >= h.recorded_on)) b ON true
            WHERE h.recorded_on BETWEEN @start AND @end AND (h.confirmed_on IS NULL OR h.confirmed_on >= h.recorded_on)
            GROUP BY 2
            UNION ALL
            SELECT 'confirmed', true, NULL, sum(h.area_m2 - coalesce(b.area_m2, 0))
            FROM hazards h
            LEFT JOIN LATERAL (SELECT sum(p.area_m2) AS area_m2 FROM products p WHERE p.hazardous_area_id = h.id AND p.release_date < h.confirmed_on
                               AND (p.superseded_on IS NULL OR p.superseded_on >= h.confirmed_on)) b ON true
            WHERE h.confirmed_on BETWEEN @start AND @end AND h.confirmed_on > h.recorded_on
            UNION ALL
            SELECT 'released', h.confirmed_on IS NOT NULL AND h.confirmed_on <= p.release_date, p.outcome, sum(p.area_m2)
            FROM products p JOIN hazards h ON h.id = p.hazardous_area_id
            WHERE p.release_date BETWEEN @start AND @end AND p.release_date >= h.recorded_on
            GROUP BY 2, 3
            UNION ALL
            SELECT 'reopened', h.confirmed_on IS NOT NULL AND h.confirmed_on <= p.superseded_on, NULL, sum(p.area_m2)
            FROM products p JOIN hazards h ON h.id = p.hazardous_area_id
            WHERE p.superseded_on BETWEEN @start AND @end
            GROUP BY 2
            """;

        public async ValueTask<IReadOnlyList<Row>> Handle(Query q, CancellationToken cancellationToken)
        {
            var (start, end) = (q.From!.Value, q.To!.Value);
            var movements = await SqlRows.QueryAsync(db, MovementsSql,
                r => (Kind: r.GetString(0), Cha: r.GetBoolean(1), Outcome: r.IsDBNull(2) ? (ReleaseOutcome?)null : Enum.Parse<ReleaseOutcome>(r.GetString(2)),
                    Area: r.IsDBNull(3) ? 0 : r.GetDouble(3)), cancellationToken,
                ("province", q.ProvinceId, DbType.Guid), ("start", start, DbType.Date), ("end", end, DbType.Date));
            double Sum(string kind, bool cha, ReleaseOutcome? outcome = null) =>
                movements.Where(m => m.Kind == kind && m.Cha == cha && m.Outcome == outcome).Sum(m => m.Area);

            var (opening, closing) = (await ContaminationHistory.RemainingAsync(db, q.ProvinceId, start.AddDays(-1), cancellationToken),
                await ContaminationHistory.RemainingAsync(db, q.ProvinceId, end, cancellationToken));
            var confirmed = Sum("confirmed", true);
            return [.. Enum.GetValues<HazardType>().Select(type =>
            {
                var cha = type == HazardType.CHA;
                return new Row(type, opening[type], Sum("recorded", cha), cha ? confirmed : -confirmed, Sum("released", cha, ReleaseOutcome.Cancelled),
                    Sum("released", cha, ReleaseOutcome.Reduced), Sum("released", cha, ReleaseOutcome.Cleared), Sum("reopened", cha), closing[type]);
            })];
        }
    }
}
