using System.Data;
using Microsoft.Extensions.Options;

namespace MineAction.Application.Geography;

/// <summary>
/// Live records whose stated province or district no longer holds them — after a newer boundary edition moved a border or archived an
/// area: hazardous areas, accidents and EORE sessions further than the location tolerance from the area they state, or stating an
/// archived area. Nothing is changed: an information manager corrects each record (leaving the area out lets PostGIS place it).
/// </summary>
public static class AreaMismatches
{
    public sealed record Query : IQuery<IReadOnlyList<Mismatch>>;

    /// <summary>One record and the area it states that no longer holds it (<c>Archived</c>: the area left the boundary set).</summary>
    public sealed record Mismatch(string RecordType, Guid Id, string? Reference, int Level, Guid AreaId, string AreaCode, string AreaName, bool Archived);

    private const string Sql = """
        WITH stated AS (
            SELECT 'HazardousArea' AS record_type, h.id, h.code AS reference, h.geometry AS shape, h.province_id AS area_id FROM hazardous_areas h WHERE h.archived_at IS NULL
            UNION ALL SELECT 'HazardousArea', h.id, h.code, h.geometry, h.district_id FROM hazardous_areas h WHERE h.archived_at IS NULL AND h.district_id IS NOT NULL
            UNION ALL SELECT 'Accident', a.id, NULL, a.location, a.province_id FROM accidents a WHERE a.archived_at IS NULL
            UNION ALL SELECT 'Accident', a.id, NULL, a.location, a.district_id FROM accidents a WHERE a.archived_at IS NULL AND a.district_id IS NOT NULL
            UNION ALL SELECT 'EoreSession', e.id, NULL, e.location, e.province_id FROM eore_sessions e WHERE e.archived_at IS NULL)
        SELECT s.record_type, s.id, s.reference, a.level, a.id, a.code, a.name, a.archived_at IS NOT NULL
        FROM stated s JOIN admin_areas a ON a.id = s.area_id
        WHERE a.archived_at IS NOT NULL OR NOT ST_DWithin(a.boundary::geography, s.shape::geography, @tolerance)
        ORDER BY s.record_type, a.level, a.code, s.reference, s.id
        LIMIT 10000
        """;

    public sealed class Handler(IMineActionDb db, IOptions<ProgrammeOptions> programme) : IQueryHandler<Query, IReadOnlyList<Mismatch>>
    {
        public async ValueTask<IReadOnlyList<Mismatch>> Handle(Query query, CancellationToken cancellationToken) =>
            await FindAsync(db, programme.Value.LocationToleranceMetres, cancellationToken);
    }

    public static Task<List<Mismatch>> FindAsync(IMineActionDb db, double toleranceMetres, CancellationToken ct) =>
        SqlRows.QueryAsync(db, Sql, r => new Mismatch(r.GetString(0), r.GetGuid(1), r.IsDBNull(2) ? null : r.GetString(2), r.GetInt32(3),
            r.GetGuid(4), r.GetString(5), r.GetString(6), r.GetBoolean(7)), ct, ("tolerance", toleranceMetres, DbType.Double));
}
