using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using MineAction.Application.Geography;
using NetTopologySuite.Geometries;
using Npgsql;

namespace MineAction.Benchmarks;

/// <summary>
/// Loading a national boundary set of <see cref="Provinces"/> provinces × <see cref="VerticesPerProvince"/> vertices (issue #15: "100k+
/// vertices load in seconds"): the whole use case — read the GeoJSON file, check every feature, write the areas with their audit rows —
/// against the floor, the same polygons COPYed in binary by Npgsql into a table with the same GiST index.
/// </summary>
[MemoryDiagnoser]
public class BoundaryBenchmarks
{
    public const int Provinces = 24;
    public const int VerticesPerProvince = 5_000;

    private ServiceProvider _services = null!;
    private NpgsqlDataSource _raw = null!;
    private string _connectionString = null!;
    private byte[] _file = null!;
    private List<(string Code, string Name, MultiPolygon Boundary)> _areas = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _connectionString = await BenchDatabase.EnsureAsync("mineaction_bench_boundaries", demoSize: null);
        _services = BenchDatabase.Services(_connectionString, Application.Security.Roles.Administrator);
        var builder = new NpgsqlDataSourceBuilder(_connectionString);
        builder.UseNetTopologySuite();
        _raw = builder.Build();
        _areas = SyntheticCountry.Provinces(Provinces, VerticesPerProvince);
        _file = SyntheticCountry.GeoJson(_areas);
        await BenchDatabase.ExecuteAsync(_connectionString, """
            CREATE TABLE IF NOT EXISTS bench_boundaries (code text PRIMARY KEY, name text NOT NULL, boundary geometry(MultiPolygon, 4326) NOT NULL);
            CREATE INDEX IF NOT EXISTS ix_bench_boundaries_boundary ON bench_boundaries USING gist (boundary);
            """);
    }

    /// <summary>Every iteration loads into an empty country (a benchmark database: the areas and their audit rows are removed).</summary>
    [IterationSetup]
    public void Empty() => BenchDatabase.ExecuteAsync(_connectionString, """
        DELETE FROM admin_areas; DELETE FROM audit_entries WHERE entity_type = 'AdminArea'; TRUNCATE bench_boundaries;
        """).GetAwaiter().GetResult();

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _services.DisposeAsync();
        await _raw.DisposeAsync();
    }

    [Benchmark(Baseline = true, Description = "Provinces: binary COPY of the polygons (Npgsql)")]
    public async Task<ulong> CopyRawSql()
    {
        await using var connection = await _raw.OpenConnectionAsync();
        await using var copy = await connection.BeginBinaryImportAsync("COPY bench_boundaries (code, name, boundary) FROM STDIN (FORMAT BINARY)");
        foreach (var (code, name, boundary) in _areas)
        {
            await copy.StartRowAsync();
            await copy.WriteAsync(code);
            await copy.WriteAsync(name);
            await copy.WriteAsync(boundary);
        }

        return await copy.CompleteAsync();
    }

    [Benchmark(Description = "Provinces: LoadBoundaries (read GeoJSON, check, write, audit)")]
    public async Task<int> LoadApplication()
    {
        var features = await BoundaryFile.ReadAsync(new MemoryStream(_file), CancellationToken.None);
        await using var scope = _services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<IMediator>()
            .Send(new LoadBoundaries.Command(1, features, null, null, null, "XBM", "benchmark"));
        return result.Added;
    }
}

/// <summary>
/// A made-up country of square provinces (0.9° a side, 0.1° apart) whose edges wave gently, so each polygon has as many vertices as a real
/// administrative boundary and stays valid (a wave along an edge never crosses itself; it is flat at the corners).
/// </summary>
public static class SyntheticCountry
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    public static List<(string Code, string Name, MultiPolygon Boundary)> Provinces(int count, int vertices)
    {
        var perRow = (int)Math.Ceiling(Math.Sqrt(count));
        return [.. Enumerable.Range(0, count).Select(i =>
        {
            var (x0, y0) = (100.0 + (i % perRow), 10.0 + (i / perRow));
            return ($"XB{i + 1:00}", $"Province {i + 1}", Factory.CreateMultiPolygon([Factory.CreatePolygon(Ring(x0, y0, 0.9, vertices / 4))]));
        })];
    }

    public static byte[] GeoJson(IEnumerable<(string Code, string Name, MultiPolygon Boundary)> areas)
    {
        var json = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        json.AppendJoin(',', areas.Select(a => string.Create(CultureInfo.InvariantCulture,
            $"{{\"type\":\"Feature\",\"properties\":{{\"ADM1_PCODE\":\"{a.Code}\",\"ADM1_EN\":\"{a.Name}\"}},\"geometry\":{{\"type\":\"Polygon\",\"coordinates\":[[{string.Join(',', a.Boundary.Coordinates.Select(c => string.Create(CultureInfo.InvariantCulture, $"[{c.X:0.0000000},{c.Y:0.0000000}]")))}]]}}}}")));
        return Encoding.UTF8.GetBytes(json.Append("]}").ToString());
    }

    /// <summary>Counter-clockwise, as RFC 7946 wants exterior rings: bottom, right, top, left edges of <paramref name="perEdge"/> points each.</summary>
    private static Coordinate[] Ring(double x0, double y0, double side, int perEdge)
    {
        Coordinate At(int edge, int k)
        {
            var t = (double)k / perEdge;
            var wave = 0.002 * Math.Sin(Math.PI * 40 * t); // zero at both corners
            return edge switch
            {
                0 => new Coordinate(x0 + side * t, y0 + wave),
                1 => new Coordinate(x0 + side + wave, y0 + side * t),
                2 => new Coordinate(x0 + side - side * t, y0 + side + wave),
                _ => new Coordinate(x0 + wave, y0 + side - side * t),
            };
        }

        var ring = Enumerable.Range(0, 4).SelectMany(edge => Enumerable.Range(0, perEdge).Select(k => At(edge, k))).ToList();
        ring.Add(ring[0].Copy());
        return [.. ring];
    }
}
