using System.Data;

namespace MineAction.Application.LandRelease;

/// <summary>
/// The land release summary (Article 7, Oslo Action Plan): per year and province or district, m²
/// cancelled / reduced / cleared and devices destroyed by category; and the remaining SHA/CHA area per
/// province or district. Approved data only; aggregated in SQL.
/// </summary>
public static class LandReleaseSummary
{
    public enum Level
    {
        Province,
        District,
    }

    public sealed record ReleaseRow(int Year, Guid? AdminAreaId, double CancelledM2, double ReducedM2, double ClearedM2)
    {
        public double CancelledKm2 => CancelledM2 / 1e6;
        public double ReducedKm2 => ReducedM2 / 1e6;
        public double ClearedKm2 => ClearedM2 / 1e6;
    }

    /// <summary>Items disposed of in a year: destroyed (in situ or after removal) and, apart, rendered safe.</summary>
    public sealed record DeviceRow(int Year, Guid? AdminAreaId, DeviceCategory Category, int Destroyed, int RenderedSafe);

    public sealed record RemainingRow(Guid? AdminAreaId, HazardType Type, int Hazards, double RemainingM2)
    {
        public double RemainingKm2 => RemainingM2 / 1e6;
    }

    /// <summary>Anti-personnel mines destroyed as the APMBC counts them: factory-made and improvised together.</summary>
    public sealed record AntiPersonnelMineRow(int Year, Guid? AdminAreaId, int Destroyed);

    public sealed record Summary(IReadOnlyList<ReleaseRow> Released, IReadOnlyList<DeviceRow> Devices, IReadOnlyList<RemainingRow> Remaining)
    {
        /// <summary>Per year and area, the device rows of <see cref="TreatyCategories.ApmbcAntiPersonnelMines"/> added up (the rows keep them apart).</summary>
        public IReadOnlyList<AntiPersonnelMineRow> ApmbcAntiPersonnelMines =>
        [
            .. Devices.Where(d => TreatyCategories.ApmbcAntiPersonnelMines.Contains(d.Category)).GroupBy(d => (d.Year, d.AdminAreaId))
                .Select(g => new AntiPersonnelMineRow(g.Key.Year, g.Key.AdminAreaId, g.Sum(d => d.Destroyed))),
        ];
    }

    /// <summary>
    /// A year (all when empty), one province (all when empty), by province or district; the remaining contamination at the end of today, or
    /// of <paramref name="AsOf"/> (hazardous areas with more than 1 m² left and the area left, see <see cref="ContaminationHistory"/>).
    /// </summary>
    public sealed record Query(int? Year = null, Guid? ProvinceId = null, Level By = Level.Province, DateOnly? AsOf = null) : IQuery<Summary>;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Year).InclusiveBetween(1990, 2100).WithName("year");
            RuleFor(q => q.By).IsInEnum().WithName("by");
            RuleFor(q => q.AsOf).InclusiveBetween(new DateOnly(1990, 1, 1), new DateOnly(2100, 12, 31)).WithName("asOf");
        }
    }

    public sealed class Handler(IReportingDb db, TimeProvider clock) : IQueryHandler<Query, Summary>
    {
        public async ValueTask<Summary> Handle(Query q, CancellationToken cancellationToken)
        {
            var district = q.By == Level.District;
            var released = await ReleasedAsync(db, q, district, cancellationToken);
            var devices = await DevicesAsync(db, q, district, cancellationToken);
            var remaining = await ContaminationHistory.RemainingByAreaAsync(db, q.ProvinceId, district, q.AsOf ?? clock.Today(), cancellationToken);
            return new Summary(
                [.. released.OrderBy(r => r.Year).ThenBy(r => r.AdminAreaId)],
                [.. devices.OrderBy(r => r.Year).ThenBy(r => r.AdminAreaId).ThenBy(r => r.Category)],
                [.. remaining.OrderBy(r => r.AdminAreaId).ThenBy(r => r.Type)]);
        }

        /// <summary>
        /// Released land per year and area from the cells the database keeps beside the ledger (<c>released_land_by_year</c>: approved
        /// released land of approved activities in approved hazards, by year, province and district, kept by triggers in the transaction
        /// that changes the ledger, a hazard or an activity) — a few thousand cells, not the ledger summed again.
        /// </summary>
        private static Task<List<ReleaseRow>> ReleasedAsync(IReportingDb db, Query q, bool district, CancellationToken ct) =>
            SqlRows.QueryAsync(db, """
                SELECT year, CASE WHEN @district THEN district_id ELSE province_id END,
                       COALESCE(SUM(area_m2) FILTER (WHERE outcome = 'Cancelled'), 0),
                       COALESCE(SUM(area_m2) FILTER (WHERE outcome = 'Reduced'), 0),
                       COALESCE(SUM(area_m2) FILTER (WHERE outcome = 'Cleared'), 0)
                FROM released_land_by_year
                WHERE (CAST(@year AS integer) IS NULL OR year = @year) AND (CAST(@province AS uuid) IS NULL OR province_id = @province)
                GROUP BY 1, 2
                """,
                r => new ReleaseRow(r.GetInt32(0), r.IsDBNull(1) ? null : r.GetGuid(1), r.GetDouble(2), r.GetDouble(3), r.GetDouble(4)), ct,
                Filters(q, district));

        /// <summary>Devices disposed of per year, area and category from the kept cells (<c>devices_disposed_by_year</c>).</summary>
        private static Task<List<DeviceRow>> DevicesAsync(IReportingDb db, Query q, bool district, CancellationToken ct) =>
            SqlRows.QueryAsync(db, """
                SELECT year, CASE WHEN @district THEN district_id ELSE province_id END, category,
                       COALESCE(SUM(quantity) FILTER (WHERE disposal_method = ANY(@destroying)), 0)::int,
                       COALESCE(SUM(quantity) FILTER (WHERE disposal_method = @renderedSafe), 0)::int
                FROM devices_disposed_by_year
                WHERE (CAST(@year AS integer) IS NULL OR year = @year) AND (CAST(@province AS uuid) IS NULL OR province_id = @province)
                GROUP BY 1, 2, 3
                """,
                r => new DeviceRow(r.GetInt32(0), r.IsDBNull(1) ? null : r.GetGuid(1), Enum.Parse<DeviceCategory>(r.GetString(2)), r.GetInt32(3),
                    r.GetInt32(4)), ct,
                [.. Filters(q, district),
                    ("destroying", Disposal.Destroying.Select(m => m.ToString()).ToArray(), DbType.Object),
                    ("renderedSafe", nameof(DisposalMethod.RenderedSafe), DbType.String)]);

        private static (string Name, object? Value, DbType Type)[] Filters(Query q, bool district) =>
            [("district", district, DbType.Boolean), ("year", q.Year, DbType.Int32), ("province", q.ProvinceId, DbType.Guid)];
    }
}
