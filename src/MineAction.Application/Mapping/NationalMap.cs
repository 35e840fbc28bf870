using System.Globalization;
using NetTopologySuite.Geometries;

namespace MineAction.Application.Mapping;

/// <summary>
/// One layer of the national map for the part of the country on screen: approved records whose geometry meets the box, simplified to the
/// zoom (<c>ST_SimplifyPreserveTopology</c> at one screen pixel, so a polygon never carries more detail than can be seen). When more
/// records than <see cref="Query.MaxFeatures"/> meet the box, they come as clusters instead — one point per 64-pixel cell at the
/// records' mean position, with their number, total area and most frequent kind — so the payload stays bounded at any zoom and any size
/// of programme. Boundaries are never clustered: the level the zoom shows (provinces, then districts) is drawn as it is.
/// </summary>
public static class NationalMap
{
    public const int MaxZoom = 22;
    public const int DefaultFeatures = 2_000;
    public const int MaxFeaturesLimit = 5_000;
    private const double ClusterPixels = 64;
    private const int DistrictZoom = 9;

    /// <summary>A feature's properties: the record (or cluster) as the map labels and colours it, and the page that opens it.</summary>
    public sealed record MapRecord(Guid? Id, string Label, string? Kind, string? Status, int Count, double? AreaM2, string? Link, bool Cluster);

    /// <summary><c>Bbox</c> is "west,south,east,north" in WGS 84; <c>Zoom</c> the web map's zoom level (0–22).</summary>
    public sealed record Query(string Layer, string? Bbox, int Zoom, int MaxFeatures = DefaultFeatures) : IQuery<IReadOnlyList<MapFeature<MapRecord>>>;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Bbox).NotEmpty().WithName("bbox")
                .Must(b => b is null || BoundingBox.TryParse(b, out _)).WithName("bbox")
                .WithMessage("'bbox' is west,south,east,north in WGS 84 with west < east and south < north.");
            RuleFor(q => q.Zoom).InclusiveBetween(0, MaxZoom).WithName("zoom");
            RuleFor(q => q.MaxFeatures).InclusiveBetween(1, MaxFeaturesLimit).WithName("maxFeatures");
        }
    }

    public sealed class Handler(IReportingDb db) : IQueryHandler<Query, IReadOnlyList<MapFeature<MapRecord>>>
    {
        public async ValueTask<IReadOnlyList<MapFeature<MapRecord>>> Handle(Query query, CancellationToken cancellationToken)
        {
            var layer = MapLayer.Find(query.Layer)
                ?? throw new NotFoundException("Map layer", $"{query.Layer} (one of {string.Join(", ", MapLayer.All.Select(l => l.Key))})");
            if (!BoundingBox.TryParse(query.Bbox ?? "", out var box))
            {
                throw new ValidationException([new FluentValidation.Results.ValidationFailure("bbox", "'bbox' is west,south,east,north in WGS 84.")]);
            }

            var pixel = 360 / (256 * Math.Pow(2, query.Zoom));
            var envelope = box.EnvelopeInternal;
            object[] parameters = [envelope.MinX, envelope.MinY, envelope.MaxX, envelope.MaxY, pixel, query.Zoom < DistrictZoom ? 1 : 2, query.MaxFeatures];
            var inBox = $"FROM {layer.From} WHERE {layer.Where} AND {layer.Geometry} && ST_MakeEnvelope({{0}}, {{1}}, {{2}}, {{3}}, 4326)";

            var count = $"SELECT count(*)::int AS \"Value\" FROM (SELECT 1 {inBox} LIMIT {{6}} + 1) s";
            var clustered = layer.Clusters && await db.Database.SqlQueryRaw<int>(count, parameters)
                .SingleAsync(cancellationToken) > query.MaxFeatures;
            if (clustered)
            {
                parameters[4] = pixel * ClusterPixels;
            }

            var sql = clustered
                ? $$"""
                  SELECT NULL::uuid AS id, '' AS label, mode() WITHIN GROUP (ORDER BY kind) AS kind, NULL::text AS status,
                         count(*)::int AS count, SUM(area) AS area_m2, ST_SetSRID(ST_MakePoint(avg(cx), avg(cy)), 4326) AS geometry
                  FROM (SELECT {{layer.Kind}} AS kind, {{layer.Area}} AS area,
                               (ST_XMin({{layer.Geometry}}) + ST_XMax({{layer.Geometry}})) / 2 AS cx,
                               (ST_YMin({{layer.Geometry}}) + ST_YMax({{layer.Geometry}})) / 2 AS cy
                        {{inBox}}) r
                  GROUP BY floor(cx / {4}), floor(cy / {4})
                  """
                : $$"""
                  SELECT {{layer.Id}} AS id, {{layer.Label}} AS label, {{layer.Kind}} AS kind, {{layer.Status}} AS status, 1 AS count,
                         {{layer.Area}} AS area_m2, ST_SimplifyPreserveTopology({{layer.Geometry}}, {4}) AS geometry
                  {{inBox}}
                  ORDER BY {{layer.Area}} DESC NULLS LAST, {{layer.Id}}
                  LIMIT {6}
                  """;
            var rows = await db.Database.SqlQueryRaw<Row>(sql, parameters).ToListAsync(cancellationToken);
            return [.. rows.Select(r => new MapFeature<MapRecord>(Record(layer, r, clustered), r.Geometry))];
        }

        private static MapRecord Record(MapLayer layer, Row row, bool cluster) => cluster
            ? new(null, ClusterLabel(layer, row), row.Kind, null, row.Count, row.AreaM2, null, true)
            : new(row.Id, row.Label ?? layer.Name, row.Kind, row.Status, 1, row.AreaM2,
                layer.Link?.Replace("{id}", row.Id?.ToString(), StringComparison.Ordinal), false);

        private static string ClusterLabel(MapLayer layer, Row row) => row.AreaM2 is { } area
            ? string.Create(CultureInfo.InvariantCulture, $"{row.Count:N0} {layer.Noun}, {area / 1_000_000:N2} km²")
            : string.Create(CultureInfo.InvariantCulture, $"{row.Count:N0} {layer.Noun}");
    }

    /// <summary>Where the map opens: the country's provinces, else the approved hazardous areas; null when neither is loaded.</summary>
    public sealed record Extent : IQuery<Envelope?>;

    public sealed class ExtentHandler(IReportingDb db) : IQueryHandler<Extent, Envelope?>
    {
        public async ValueTask<Envelope?> Handle(Extent query, CancellationToken cancellationToken)
        {
            var extent = await db.Database.SqlQuery<Box>($"""
                SELECT ST_XMin(e) AS west, ST_YMin(e) AS south, ST_XMax(e) AS east, ST_YMax(e) AS north
                FROM (SELECT COALESCE(
                    (SELECT ST_Extent(boundary) FROM admin_areas WHERE level = 1 AND archived_at IS NULL),
                    (SELECT ST_Extent(geometry) FROM hazardous_areas WHERE approval_status = 'Approved' AND archived_at IS NULL)) AS e) x
                """).SingleAsync(cancellationToken);
            return extent.West is { } west ? new Envelope(west, extent.East!.Value, extent.South!.Value, extent.North!.Value) : null;
        }
    }

    private sealed record Row(Guid? Id, string? Label, string? Kind, string? Status, int Count, double? AreaM2, Geometry Geometry);

    private sealed record Box(double? West, double? South, double? East, double? North);
}
