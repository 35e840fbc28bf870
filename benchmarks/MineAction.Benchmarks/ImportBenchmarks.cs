using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using MineAction.Application.DataImport;
using MineAction.Domain.DataImport;
using NetTopologySuite.Geometries;
using Npgsql;
using NpgsqlTypes;

namespace MineAction.Benchmarks;

/// <summary>
/// Bringing in <see cref="Rows"/> hazardous areas from a CSV file (issue #16, item 5): upload, validate every row and commit, as the
/// Imports page does — against the floor, the same hazards COPYed in binary by Npgsql into the same table, with its indexes and triggers.
/// </summary>
[MemoryDiagnoser]
[GcServer(true)] // the import runs in the web app, whose GC is the server's (the Web SDK's default)
public class ImportBenchmarks
{
    /// <summary>The file: 100,000 hazards (<c>MINEACTION_BENCH_IMPORT_ROWS</c> sets another size for a quick look).</summary>
    public static readonly int Rows = int.TryParse(Environment.GetEnvironmentVariable("MINEACTION_BENCH_IMPORT_ROWS"), out var rows) ? rows : 100_000;

    private static readonly string[] Categories = ["AntiPersonnelMine"];

    private ServiceProvider _services = null!;
    private NpgsqlDataSource _raw = null!;
    private string _connectionString = null!;
    private byte[] _file = null!;
    private List<Polygon> _squares = null!;
    private (Guid Halo, Guid Province, Guid District) _ids;
    private int _run;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _connectionString = await BenchDatabase.EnsureAsync("mineaction_bench_imports", demoSize: 0);
        _services = BenchDatabase.Services(_connectionString, Application.Security.Roles.InformationManager);
        var builder = new NpgsqlDataSourceBuilder(_connectionString);
        builder.UseNetTopologySuite();
        _raw = builder.Build();
        var factory = new GeometryFactory(new PrecisionModel(), 4326);
        // 0.0015° squares (about 160 m) 0.002° apart, 280 to a row, in Kandara Southwest (a 0.6° × 0.75° district of the demo country).
        _squares = [.. Enumerable.Range(0, Rows).Select(i => (Polygon)factory.ToGeometry(
            new Envelope(100.01 + (i % 280 * 0.002), 100.0115 + (i % 280 * 0.002), 12.01 + (i / 280 * 0.002), 12.0115 + (i / 280 * 0.002))))];
        await using var connection = await _raw.OpenConnectionAsync();
        await using var ids = new NpgsqlCommand("""
            SELECT (SELECT id FROM organisations WHERE acronym = 'HALO'), (SELECT id FROM admin_areas WHERE name = 'Kandara'),
                   (SELECT id FROM admin_areas WHERE name = 'Kandara Southwest')
            """, connection);
        await using var reader = await ids.ExecuteReaderAsync();
        await reader.ReadAsync();
        _ids = (reader.GetGuid(0), reader.GetGuid(1), reader.GetGuid(2));
    }

    private static readonly string RemoveBenchRows = RemoveImported("BENCH-");

    /// <summary>
    /// Removes what a benchmark imported (imports, their problems and links, the hazards' audit rows) and the hazards whose external id
    /// starts with <paramref name="prefix"/>.
    /// </summary>
    internal static string RemoveImported(string prefix) => $"""
        DELETE FROM imported_records; DELETE FROM import_problems; DELETE FROM import_file_chunks; DELETE FROM import_jobs;
        DELETE FROM audit_entries WHERE entity_type = 'HazardousArea';
        DELETE FROM hazardous_areas WHERE external_imsma_id LIKE '{prefix}%';
        """;

    /// <summary>
    /// Every iteration starts from the same programme: the previous iteration's hazards, audit rows and imports are removed, the tables
    /// vacuumed and the dirty pages flushed — so that neither side pays, in its measured time, for autovacuum cleaning the previous
    /// iteration's dead rows or for a checkpoint writing them (both were seen doubling a COPY, 6 s to 19 s, on this machine).
    /// </summary>
    [IterationSetup]
    public void Empty()
    {
        BenchDatabase.ExecuteAsync(_connectionString, RemoveBenchRows).GetAwaiter().GetResult();
        BenchDatabase.ExecuteAsync(_connectionString, "VACUUM (ANALYZE) hazardous_areas, audit_entries, imported_records").GetAwaiter().GetResult();
        BenchDatabase.ExecuteAsync(_connectionString, "CHECKPOINT").GetAwaiter().GetResult();
        // A file of its own each time (the same file twice is ALREADY_IMPORTED).
        _run++;
        var csv = new StringBuilder("external_id,name,geometry,organisation,evidence,device_categories,recorded_on\n");
        for (var i = 0; i < Rows; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"BENCH-{_run}-{i},Field {i},\"{_squares[i].AsText()}\",HALO,Direct,AntiPersonnelMine,2024-02-01\n");
        }

        _file = Encoding.UTF8.GetBytes(csv.ToString());
    }

    /// <summary>Leaves the demo programme as it was (the next run's demo check must not find the benchmark's hazards).</summary>
    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await BenchDatabase.ExecuteAsync(_connectionString, RemoveBenchRows);
        await _services.DisposeAsync();
        await _raw.DisposeAsync();
    }

    [Benchmark(Baseline = true, Description = "Hazards: binary COPY of the rows (Npgsql) into hazardous_areas")]
    public async Task<ulong> CopyRawSql()
    {
        await using var connection = await _raw.OpenConnectionAsync();
        await using var copy = await connection.BeginBinaryImportAsync("""
            COPY hazardous_areas (id, code, country_code, name, type, status, geometry, province_id, district_id, recording_organisation_id,
                device_categories, evidence, land_use_blocked, recorded_on, external_imsma_id, direct_boys, direct_girls, direct_men, direct_women,
                indirect_boys, indirect_girls, indirect_men, indirect_women, created_at, created_by, updated_at, updated_by, approval_status)
            FROM STDIN (FORMAT BINARY)
            """);
        var now = DateTimeOffset.UtcNow;
        for (var i = 0; i < Rows; i++)
        {
            await copy.StartRowAsync();
            await copy.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
            await copy.WriteAsync(string.Create(CultureInfo.InvariantCulture, $"HA-BEN-{_run}-{i}"), NpgsqlDbType.Varchar);
            await copy.WriteAsync("XTA", NpgsqlDbType.Char);
            await copy.WriteAsync(string.Create(CultureInfo.InvariantCulture, $"Field {i}"), NpgsqlDbType.Varchar);
            await copy.WriteAsync("SHA", NpgsqlDbType.Varchar);
            await copy.WriteAsync("Open", NpgsqlDbType.Varchar);
            await copy.WriteAsync(new MultiPolygon([_squares[i]]) { SRID = 4326 });
            await copy.WriteAsync(_ids.Province, NpgsqlDbType.Uuid);
            await copy.WriteAsync(_ids.District, NpgsqlDbType.Uuid);
            await copy.WriteAsync(_ids.Halo, NpgsqlDbType.Uuid);
            await copy.WriteAsync(Categories, NpgsqlDbType.Array | NpgsqlDbType.Text);
            await copy.WriteAsync("Direct", NpgsqlDbType.Varchar);
            await copy.WriteAsync(Array.Empty<string>(), NpgsqlDbType.Array | NpgsqlDbType.Text);
            await copy.WriteAsync(new DateOnly(2024, 2, 1), NpgsqlDbType.Date);
            await copy.WriteAsync(string.Create(CultureInfo.InvariantCulture, $"BENCH-{_run}-raw-{i}"), NpgsqlDbType.Varchar);
            for (var s = 0; s < 8; s++)
            {
                await copy.WriteAsync(0, NpgsqlDbType.Integer);
            }

            await copy.WriteAsync(now, NpgsqlDbType.TimestampTz);
            await copy.WriteAsync("benchmark", NpgsqlDbType.Varchar);
            await copy.WriteAsync(now, NpgsqlDbType.TimestampTz);
            await copy.WriteAsync("benchmark", NpgsqlDbType.Varchar);
            await copy.WriteAsync("Approved", NpgsqlDbType.Varchar);
        }

        return await copy.CompleteAsync();
    }

    [Benchmark(Description = "Hazards: import (upload, validate every row, commit)")]
    public async Task<int> ImportApplication()
    {
        await using var scope = _services.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        var job = await mediator.Send(new UploadImport.Command(ImportRecordType.HazardousAreas, "bench.csv", new MemoryStream(_file)));
        await mediator.Send(new CheckImport.Command(job.Id));
        var committed = await mediator.Send(new CommitImport.Command(job.Id));
        return committed.State == ImportState.Committed && committed.Created == Rows
            ? committed.Created
            : throw new InvalidOperationException($"The import was not committed: {committed.State}, {committed.ProblemCount} problems.");
    }
}
