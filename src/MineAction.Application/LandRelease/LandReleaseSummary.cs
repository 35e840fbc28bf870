using System.Data;
using MineAction.Application.Hazards;

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
    /// A year (all when empty), one province (all when empty), by province or district; the remaining contamination as it stands now, or as it
    /// stood at the end of <paramref name="AsOf"/> (from the dated ledger, see <see cref="ContaminationHistory"/>).
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

    public sealed class Handler(IReportingDb db) : IQueryHandler<Query, Summary>
    {
        public async ValueTask<Summary> Handle(Query q, CancellationToken cancellationToken)
        {
            var district = q.By == Level.District;
            var hazards = db.HazardousAreas.Approved();
            if (q.ProvinceId is { } province)
            {
                hazards = hazards.Where(h => h.ProvinceId == province);
            }

            var approvedActivities = db.Activities.Approved();
            var products =
                from p in db.Products.Approved()
                join a in approvedActivities on p.ActivityId equals a.Id
                join h in hazards on p.HazardousAreaId equals h.Id
                where q.Year == null || p.ReleaseDate.Year == q.Year
                select new { p.ReleaseDate.Year, Area = district ? h.DistrictId : h.ProvinceId, p.Outcome, p.AreaM2 };
            var released = (await products
                    .GroupBy(p => new { p.Year, p.Area })
                    .Select(g => new
                    {
                        g.Key.Year,
                        g.Key.Area,
                        Cancelled = g.Sum(p => p.Outcome == ReleaseOutcome.Cancelled ? p.AreaM2 : 0),
                        Reduced = g.Sum(p => p.Outcome == ReleaseOutcome.Reduced ? p.AreaM2 : 0),
                        Cleared = g.Sum(p => p.Outcome == ReleaseOutcome.Cleared ? p.AreaM2 : 0),
                    })
                    .ToListAsync(cancellationToken))
                .Select(r => new ReleaseRow(r.Year, r.Area, r.Cancelled, r.Reduced, r.Cleared))
                .OrderBy(r => r.Year).ThenBy(r => r.AdminAreaId)
                .ToList();

            var devices = await (
                    from d in db.Devices.Approved().Where(d => d.DisposedOn != null)
                    join a in approvedActivities on d.ActivityId equals a.Id
                    join h in hazards on d.HazardousAreaId equals h.Id
                    where q.Year == null || d.DisposedOn!.Value.Year == q.Year
                    group d by new { d.DisposedOn!.Value.Year, Area = district ? h.DistrictId : h.ProvinceId, d.Category } into g
                    select new
                    {
                        g.Key.Year, g.Key.Area, g.Key.Category,
                        Destroyed = g.Sum(d => Disposal.Destroying.Contains(d.DisposalMethod!.Value) ? d.Quantity : 0),
                        RenderedSafe = g.Sum(d => d.DisposalMethod == DisposalMethod.RenderedSafe ? d.Quantity : 0),
                    })
                .ToListAsync(cancellationToken);

            var remaining = q.AsOf is { } day
                ? await ContaminationHistory.RemainingByAreaAsync(db, q.ProvinceId, district, day, cancellationToken)
                : await RemainingAsync(db, q.ProvinceId, district, cancellationToken);
            return new Summary(
                released,
                devices.Select(d => new DeviceRow(d.Year, d.Area, d.Category, d.Destroyed, d.RenderedSafe))
                    .OrderBy(r => r.Year).ThenBy(r => r.AdminAreaId).ThenBy(r => r.Category).ToList(),
                remaining.OrderBy(r => r.AdminAreaId).ThenBy(r => r.Type).ToList());
        }

        /// <summary>
        /// Remaining open SHA/CHA per province or district, in one SQL aggregate over the hazards and the released area the database keeps
        /// per hazard (<c>released_land_totals</c>, see <see cref="ContaminationHistory.RemainingAsync"/>) — not the ledger summed again.
        /// </summary>
        private static async Task<List<RemainingRow>> RemainingAsync(IMineActionDb db, Guid? provinceId, bool district, CancellationToken ct)
        {
            const string sql = """
                SELECT CASE WHEN @district THEN h.district_id ELSE h.province_id END, h.type, count(*)::int,
                       COALESCE(SUM(GREATEST(h.area_m2 - COALESCE(r.released_m2, 0), 0)), 0)
                FROM hazardous_areas h
                LEFT JOIN released_land_totals r ON r.hazardous_area_id = h.id
                WHERE h.approval_status = 'Approved' AND h.archived_at IS NULL AND h.status = ANY(@acceptingWork)
                  AND (CAST(@province AS uuid) IS NULL OR h.province_id = @province)
                GROUP BY 1, 2
                """;
            return await SqlRows.QueryAsync(db, sql, reader => new RemainingRow(reader.IsDBNull(0) ? null : reader.GetGuid(0),
                Enum.Parse<HazardType>(reader.GetString(1)), reader.GetInt32(2), reader.GetDouble(3)), ct,
                ("district", district, DbType.Boolean), ("province", provinceId, DbType.Guid),
                ("acceptingWork", HazardStatusNames.AcceptingWork, DbType.Object));
        }
    }
}
