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
/// Bringing in an IMSMA ledger (issue #16): <see cref="Rows"/> activities, as many released areas and as many devices found (one of each per
/// hazard, the hazards there already), three files uploaded, checked row by row and committed as the Imports page does — against the floor,
/// the same rows COPYed in binary by Npgsql into the same three tables, with their indexes and triggers.
/// </summary>
[MemoryDiagnoser]
[GcServer(true)] // as the web app that runs imports
public class LedgerImportBenchmarks
{
    /// <summary>Rows of each file (<c>MINEACTION_BENCH_LEDGER_ROWS</c>; 20,000 by default).</summary>
    public static readonly int Rows = int.TryParse(Environment.GetEnvironmentVariable("MINEACTION_BENCH_LEDGER_ROWS"), out var rows) ? rows : 20_000;

    private const double Size = 0.0015;
    private static readonly string[] Manual = ["Manual"];
    private ServiceProvider _services = null!;
    private NpgsqlDataSource _raw = null!;
    private string _connectionString = null!;
    private (byte[] Activities, byte[] Products, byte[] Devices) _files;
    private Guid[] _hazards = null!;
    private Guid _halo;
    private int _run;

    /// <summary>The south-west corner of hazard <paramref name="i"/>: 0.0015° squares 0.002° apart in Kandara Southwest, north of those of <see cref="ImportBenchmarks"/>.</summary>
    private static (double Lon, double Lat) Corner(int i) => (100.01 + (i % 280 * 0.002), 12.4 + (i / 280 * 0.002));

    private static Polygon Square(double lon, double lat, double size) =>
        (Polygon)new GeometryFactory(new PrecisionModel(), 4326).ToGeometry(new Envelope(lon, lon + size, lat, lat + size));

    /// <summary>The released polygon of hazard <paramref name="i"/>: its middle, 0.0005° in from each side.</summary>
    private static Polygon Released(int i) => Square(Corner(i).Lon + 0.0005, Corner(i).Lat + 0.0005, Size - 0.001);

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _connectionString = await BenchDatabase.EnsureAsync("mineaction_bench_imports", demoSize: 0);
        _services = BenchDatabase.Services(_connectionString, Application.Security.Roles.InformationManager);
        var builder = new NpgsqlDataSourceBuilder(_connectionString);
        builder.UseNetTopologySuite();
        _raw = builder.Build();
        await using var connection = await _raw.OpenConnectionAsync();
        foreach (var statement in HazardsAndAccreditation)
        {
            await using var setup = new NpgsqlCommand(statement, connection);
            setup.Parameters.AddWithValue(Rows);
            await setup.ExecuteNonQueryAsync();
        }

        await AnalyseAsync(connection, "hazardous_areas");

        await using var ids = new NpgsqlCommand("""
            SELECT id FROM hazardous_areas WHERE external_imsma_id LIKE 'LEDGER-H-%' ORDER BY substr(external_imsma_id, 10)::int LIMIT $1
            """, connection);
        ids.Parameters.AddWithValue(Rows);
        var hazards = new List<Guid>();
        await using (var reader = await ids.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                hazards.Add(reader.GetGuid(0));
            }
        }

        _hazards = [.. hazards];
        await using var halo = new NpgsqlCommand("SELECT id FROM organisations WHERE acronym = 'HALO'", connection);
        _halo = (Guid)(await halo.ExecuteScalarAsync())!;
    }

    /// <summary>
    /// The hazards the ledger works on (<c>LEDGER-H-0</c> … as many as <c>$1</c>, created once and kept) and HALO's clearance accreditation
    /// for the whole country (for the activities to start).
    /// </summary>
    private static readonly string[] HazardsAndAccreditation = ["""
        INSERT INTO hazardous_areas (id, code, country_code, name, type, status, geometry, province_id, district_id, recording_organisation_id,
            device_categories, evidence, land_use_blocked, recorded_on, external_imsma_id, created_at, created_by, updated_at, updated_by,
            approval_status, direct_girls, direct_boys, direct_women, direct_men, indirect_girls, indirect_boys, indirect_women, indirect_men)
        SELECT gen_random_uuid(), '', 'XTA', 'Ledger ' || i, 'SHA', 'Open',
               ST_Multi(ST_MakeEnvelope(100.01 + (i % 280) * 0.002, 12.4 + (i / 280) * 0.002, 100.0115 + (i % 280) * 0.002,
                                        12.4015 + (i / 280) * 0.002, 4326)),
               (SELECT id FROM admin_areas WHERE name = 'Kandara'), (SELECT id FROM admin_areas WHERE name = 'Kandara Southwest'),
               (SELECT id FROM organisations WHERE acronym = 'HALO'), '{Submunition}', 'Direct', '{}', DATE '2023-01-01',
               'LEDGER-H-' || i, now(), 'benchmark', now(), 'benchmark', 'Approved', 0, 0, 0, 0, 0, 0, 0, 0
        FROM generate_series(0, $1 - 1) i
        WHERE NOT EXISTS (SELECT 1 FROM hazardous_areas WHERE external_imsma_id = 'LEDGER-H-' || i)
        """, """
        INSERT INTO accreditations (id, organisation_id, activity, number, issued_on, expires_on, province_ids, status, created_at, created_by, updated_at, updated_by)
        SELECT gen_random_uuid(), o.id, 'Clearance', 'LEDGER-ACC', DATE '2020-01-01', DATE '2030-01-01',
               ARRAY(SELECT id FROM admin_areas WHERE level = 1), 'Active', now(), 'benchmark', now(), 'benchmark'
        FROM organisations o
        WHERE o.acronym = 'HALO' AND $1 > 0 AND NOT EXISTS (SELECT 1 FROM accreditations WHERE number = 'LEDGER-ACC')
        """];

    /// <summary>What an iteration wrote: the ledger rows (imported and COPYed), their audit rows and the imports.</summary>
    private const string RemoveLedger = """
        DELETE FROM imported_records; DELETE FROM import_problems; DELETE FROM import_file_chunks; DELETE FROM import_jobs;
        DELETE FROM audit_entries WHERE entity_type IN ('LandReleaseActivity', 'LandReleaseProduct', 'DeviceFound');
        DELETE FROM devices_found WHERE external_imsma_id LIKE 'LEDGER-%';
        DELETE FROM land_release_products WHERE external_imsma_id LIKE 'LEDGER-%';
        DELETE FROM land_release_activities WHERE external_imsma_id LIKE 'LEDGER-%';
        """;

    [IterationSetup]
    public void Empty()
    {
        BenchDatabase.ExecuteAsync(_connectionString, RemoveLedger).GetAwaiter().GetResult();
        _run++;
        var (activities, products, devices) = (
            new StringBuilder("external_id,hazard,organisation,type,methods,specified_depth_cm,status,started_on\n"),
            new StringBuilder("external_id,activity,organisation,outcome,geometry,cleared_depth_cm,release_date\n"),
            new StringBuilder("external_id,activity,organisation,released_land,category,quantity,longitude,latitude,found_on,disposal_method,disposed_on\n"));
        for (var i = 0; i < Rows; i++)
        {
            var (lon, lat) = Corner(i);
            activities.Append(CultureInfo.InvariantCulture, $"LEDGER-{_run}-A-{i},LEDGER-H-{i},HALO,Clearance,Manual,20,InProgress,2024-01-20\n");
            products.Append(CultureInfo.InvariantCulture, $"LEDGER-{_run}-P-{i},LEDGER-{_run}-A-{i},HALO,Cleared,\"{Released(i).AsText()}\",20,2024-02-01\n");
            devices.Append(CultureInfo.InvariantCulture,
                $"LEDGER-{_run}-D-{i},LEDGER-{_run}-A-{i},HALO,LEDGER-{_run}-P-{i},Submunition,1,{lon + 0.0007},{lat + 0.0007},2024-02-01,DestroyedInSitu,2024-02-02\n");
        }

        _files = (Encoding.UTF8.GetBytes(activities.ToString()), Encoding.UTF8.GetBytes(products.ToString()), Encoding.UTF8.GetBytes(devices.ToString()));
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await BenchDatabase.ExecuteAsync(_connectionString, RemoveLedger);
        await _services.DisposeAsync();
        await _raw.DisposeAsync();
    }

    [Benchmark(Baseline = true, Description = "Ledger: binary COPY of the activities, released land and devices (Npgsql)")]
    public async Task<ulong> CopyRawSql()
    {
        var now = DateTimeOffset.UtcNow;
        var (activities, products) = (new Guid[Rows], new Guid[Rows]);
        await using var connection = await _raw.OpenConnectionAsync();
        await using (var copy = await connection.BeginBinaryImportAsync("""
            COPY land_release_activities (id, hazardous_area_id, organisation_id, type, status, methods, specified_depth_cm, teams, actual_start,
                external_imsma_id, created_at, created_by, updated_at, updated_by, approval_status) FROM STDIN (FORMAT BINARY)
            """))
        {
            for (var i = 0; i < Rows; i++)
            {
                activities[i] = Guid.CreateVersion7();
                await copy.StartRowAsync();
                await copy.WriteAsync(activities[i], NpgsqlDbType.Uuid);
                await copy.WriteAsync(_hazards[i], NpgsqlDbType.Uuid);
                await copy.WriteAsync(_halo, NpgsqlDbType.Uuid);
                await copy.WriteAsync("Clearance", NpgsqlDbType.Varchar);
                await copy.WriteAsync("InProgress", NpgsqlDbType.Varchar);
                await copy.WriteAsync(Manual, NpgsqlDbType.Array | NpgsqlDbType.Text);
                await copy.WriteAsync(20, NpgsqlDbType.Integer);
                await copy.WriteAsync(1, NpgsqlDbType.Integer);
                await copy.WriteAsync(new DateOnly(2024, 1, 20), NpgsqlDbType.Date);
                await StampAsync(copy, $"LEDGER-{_run}-raw-A-{i}", now);
            }

            await copy.CompleteAsync();
        }

        await AnalyseAsync(connection, "land_release_activities");
        await using (var copy = await connection.BeginBinaryImportAsync("""
            COPY land_release_products (id, activity_id, organisation_id, hazardous_area_id, geometry, outcome, cleared_depth_cm, release_date,
                external_imsma_id, created_at, created_by, updated_at, updated_by, approval_status) FROM STDIN (FORMAT BINARY)
            """))
        {
            for (var i = 0; i < Rows; i++)
            {
                products[i] = Guid.CreateVersion7();
                await copy.StartRowAsync();
                await copy.WriteAsync(products[i], NpgsqlDbType.Uuid);
                await copy.WriteAsync(activities[i], NpgsqlDbType.Uuid);
                await copy.WriteAsync(_halo, NpgsqlDbType.Uuid);
                await copy.WriteAsync(_hazards[i], NpgsqlDbType.Uuid);
                await copy.WriteAsync(new MultiPolygon([Released(i)]) { SRID = 4326 });
                await copy.WriteAsync("Cleared", NpgsqlDbType.Varchar);
                await copy.WriteAsync(20, NpgsqlDbType.Integer);
                await copy.WriteAsync(new DateOnly(2024, 2, 1), NpgsqlDbType.Date);
                await StampAsync(copy, $"LEDGER-{_run}-raw-P-{i}", now);
            }

            await copy.CompleteAsync();
        }

        await AnalyseAsync(connection, "land_release_products");
        await using (var copy = await connection.BeginBinaryImportAsync("""
            COPY devices_found (id, activity_id, organisation_id, hazardous_area_id, product_id, category, quantity, location, condition, found_on,
                disposal_method, disposed_on, external_imsma_id, created_at, created_by, updated_at, updated_by, approval_status) FROM STDIN (FORMAT BINARY)
            """))
        {
            for (var i = 0; i < Rows; i++)
            {
                var (lon, lat) = Corner(i);
                await copy.StartRowAsync();
                await copy.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                await copy.WriteAsync(activities[i], NpgsqlDbType.Uuid);
                await copy.WriteAsync(_halo, NpgsqlDbType.Uuid);
                await copy.WriteAsync(_hazards[i], NpgsqlDbType.Uuid);
                await copy.WriteAsync(products[i], NpgsqlDbType.Uuid);
                await copy.WriteAsync("Submunition", NpgsqlDbType.Varchar);
                await copy.WriteAsync(1, NpgsqlDbType.Integer);
                await copy.WriteAsync(new Point(lon + 0.0007, lat + 0.0007) { SRID = 4326 });
                await copy.WriteAsync("Unknown", NpgsqlDbType.Varchar);
                await copy.WriteAsync(new DateOnly(2024, 2, 1), NpgsqlDbType.Date);
                await copy.WriteAsync("DestroyedInSitu", NpgsqlDbType.Varchar);
                await copy.WriteAsync(new DateOnly(2024, 2, 2), NpgsqlDbType.Date);
                await StampAsync(copy, $"LEDGER-{_run}-raw-D-{i}", now);
            }

            return await copy.CompleteAsync();
        }
    }

    /// <summary>
    /// Statistics of a table just loaded, as the import takes them after writing (and as a DBA's load script would): the next table's
    /// triggers join it, so both sides plan them on the same, real sizes.
    /// </summary>
    private static async Task AnalyseAsync(NpgsqlConnection connection, string table)
    {
        await using var analyse = new NpgsqlCommand($"ANALYZE {table}", connection);
        await analyse.ExecuteNonQueryAsync();
    }

    /// <summary>The external id, who and when, and the approval every row of the baseline ends with.</summary>
    private static async Task StampAsync(NpgsqlBinaryImporter copy, string external, DateTimeOffset now)
    {
        await copy.WriteAsync(external, NpgsqlDbType.Varchar);
        await copy.WriteAsync(now, NpgsqlDbType.TimestampTz);
        await copy.WriteAsync("benchmark", NpgsqlDbType.Varchar);
        await copy.WriteAsync(now, NpgsqlDbType.TimestampTz);
        await copy.WriteAsync("benchmark", NpgsqlDbType.Varchar);
        await copy.WriteAsync("Approved", NpgsqlDbType.Varchar);
    }

    [Benchmark(Description = "Ledger: import the three files (upload, check every row, commit)")]
    public async Task<int> ImportApplication() =>
        await ImportAsync(ImportRecordType.Activities, _files.Activities) + await ImportAsync(ImportRecordType.ReleasedLand, _files.Products)
        + await ImportAsync(ImportRecordType.Devices, _files.Devices);

    private async Task<int> ImportAsync(ImportRecordType type, byte[] file)
    {
        await using var scope = _services.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        var job = await mediator.Send(new UploadImport.Command(type, $"{type}.csv", new MemoryStream(file)));
        await mediator.Send(new CheckImport.Command(job.Id));
        var committed = await mediator.Send(new CommitImport.Command(job.Id));
        return committed.State == ImportState.Committed && committed.Created == Rows
            ? committed.Created
            : throw new InvalidOperationException($"The {type} import was not committed: {committed.State}, {committed.ProblemCount} problems.");
    }
}
