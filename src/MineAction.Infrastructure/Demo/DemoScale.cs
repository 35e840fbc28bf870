using MineAction.Infrastructure.Persistence;

namespace MineAction.Infrastructure.Demo;

/// <summary>
/// The national-scale demo (issue #19, item 4): Tarsenia with <c>hazardCount</c> hazardous areas, each approved one with its survey and
/// clearance history (<see cref="DemoScaleHistory"/>: about eleven activities, released-land records and devices a hazard), accidents with
/// their casualties and assistance and risk education sessions around one hazard in ten, and the demo's funding — for measuring the
/// application at the size of a real national programme. Records are built by the domain as the small demo's are, a chunk of hazards at
/// a time (the next chunk built while the last is written), and written by binary COPY (<see cref="BulkCopy"/>) in one transaction: all
/// or nothing. The same seed gives the same programme (its ids aside).
/// </summary>
public sealed class DemoScale(MineActionDbContext db, MineAction.Application.Abstractions.IPersonalDataProtector protector)
{
    private const int Chunk = 5_000;
    private const string Loader = "seed-scale";

    /// <summary>
    /// The trigger keeping each hazard's released area (<c>released_land_totals</c>) as released land is inserted. Run once per COPY it
    /// made the load quadratic (each chunk's statement re-read the growing ledger: 45 minutes of CPU without finishing), so the load
    /// switches it off inside its transaction and computes every hazard's total once, in one pass over the ledger, before switching it on.
    /// </summary>
    private const string TotalsTrigger = "released_land_totals_products_inserted";

    /// <summary>
    /// The triggers adding released land and disposed devices to their year's cells (<c>released_land_by_year</c>,
    /// <c>devices_disposed_by_year</c>) and hazards and their released totals to the remaining contamination's cells
    /// (<c>remaining_contamination</c>): switched off the same way, the cells then built once from the whole ledger.
    /// </summary>
    private const string CellTriggersOff = """
        ALTER TABLE land_release_products DISABLE TRIGGER released_land_by_year_inserted;
        ALTER TABLE devices_found DISABLE TRIGGER devices_disposed_by_year_inserted;
        ALTER TABLE hazardous_areas DISABLE TRIGGER remaining_contamination_hazards_inserted;
        ALTER TABLE released_land_totals DISABLE TRIGGER remaining_contamination_totals_inserted
        """;

    private const string CellsOfTheLedger = """
        ANALYZE devices_found, hazardous_areas, released_land_totals;
        SELECT land_release_by_year_rebuild();
        SELECT remaining_contamination_rebuild();
        ALTER TABLE land_release_products ENABLE TRIGGER released_land_by_year_inserted;
        ALTER TABLE devices_found ENABLE TRIGGER devices_disposed_by_year_inserted;
        ALTER TABLE hazardous_areas ENABLE TRIGGER remaining_contamination_hazards_inserted;
        ALTER TABLE released_land_totals ENABLE TRIGGER remaining_contamination_totals_inserted
        """;

    private const string TotalsOfEveryHazard = """
        INSERT INTO released_land_totals (hazardous_area_id, released_m2)
        SELECT p.hazardous_area_id, sum(p.area_m2)
        FROM land_release_products p
        JOIN land_release_activities a ON a.id = p.activity_id AND a.archived_at IS NULL AND a.approval_status = 'Approved'
        WHERE p.archived_at IS NULL AND p.approval_status = 'Approved' AND p.superseded_on IS NULL
        GROUP BY p.hazardous_area_id
        ON CONFLICT (hazardous_area_id) DO UPDATE SET released_m2 = EXCLUDED.released_m2
        """;

    /// <summary>Loads the programme into a database holding no hazardous area yet; returns what it did (or why it did nothing).</summary>
    public async Task<string> LoadAsync(int hazardCount, int seed, CancellationToken ct = default)
    {
        await new DemoProgramme(db, protector).LoadAsync(0, seed, ct); // the country, its organisations and settings, when missing
        if (await db.HazardousAreas.IgnoreQueryFilters().CountAsync(ct) is > 0 and var held)
        {
            return $"The database already holds {held} hazardous areas; the national-scale demo loads into one without any. Nothing loaded.";
        }

        var started = DateTimeOffset.UtcNow;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Database.ExecuteSqlRawAsync("SET LOCAL statement_timeout = 0", ct);
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        await db.Database.ExecuteSqlRawAsync($"ALTER TABLE land_release_products DISABLE TRIGGER {TotalsTrigger}", ct);
        await db.Database.ExecuteSqlRawAsync(CellTriggersOff, ct);

        var organisations = await db.Organisations.ToListAsync(ct);
        var surveyors = organisations.Where(o => DemoOrganisations.Surveyors.Contains(o.Acronym)).ToList();
        var accreditations = await db.Accreditations.ToListAsync(ct);
        if (accreditations.Count == 0)
        {
            accreditations = DemoOperations.Accreditations(surveyors, today);
            db.Accreditations.AddRange(accreditations);
            await db.SaveChangesAsync(ct);
        }

        var districts = (await db.AdminAreas.Where(a => a.Level == 2).OrderBy(a => a.Code).ToListAsync(ct))
            .Select(d => (d, d.Boundary.EnvelopeInternal)).ToList();
        var (sample, activities, rows) = (new List<HazardousArea>(), new List<LandReleaseActivity>(), 0L);
        var chunks = (hazardCount + Chunk - 1) / Chunk;
        var next = chunks > 0 ? Task.Run(() => Build(0), ct) : null;
        for (var k = 0; k < chunks; k++)
        {
            var records = await next!;
            next = k + 1 < chunks ? Task.Run(() => Build(k + 1), ct) : null;
            rows += await BulkCopy.WriteAsync(db, records, Loader, started, ct);
            sample.AddRange(records.OfType<HazardousArea>().Where(h => h.ApprovalStatus == Domain.Common.ApprovalStatus.Approved).Where((_, i) => i % 10 == 0));

            if (activities.Count < 100)
            {
                activities.AddRange(records.OfType<LandReleaseActivity>().Take(100));
            }
        }

        // Fresh statistics first: the planner otherwise still sees the empty ledger of the start of the transaction and loops.
        await db.Database.ExecuteSqlRawAsync("ANALYZE land_release_activities, land_release_products", ct);
        await db.Database.ExecuteSqlRawAsync(TotalsOfEveryHazard, ct);
        await db.Database.ExecuteSqlRawAsync($"ALTER TABLE land_release_products ENABLE TRIGGER {TotalsTrigger}", ct);
        await db.Database.ExecuteSqlRawAsync(CellsOfTheLedger, ct);

        var random = new Random(seed);
        var people = DemoPeople.For(random, sample, organisations, protector.Protect, today, accidents: sample.Count, sessions: sample.Count).ToList();
        rows += await BulkCopy.WriteAsync(db, people, Loader, started, ct);
        var authority = organisations.Single(o => o.Acronym == "TMAC");
        db.AddRange(DemoOperations.For(random, surveyors, authority, sample.Take(100).ToList(), activities, accreditations, today));
        if (!await db.MunitionLots.IgnoreQueryFilters().AnyAsync(ct))
        {
            db.AddRange(DemoStockpiles.For(authority, today)); // unless an earlier run's set-up added them
        }

        db.AddRange(DemoFunding.For(random, organisations, activities, people, today));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        await db.Database.ExecuteSqlRawAsync("ANALYZE", ct);
        return $"Loaded the national-scale {DemoCountry.Name}: {hazardCount} hazardous areas and {rows - hazardCount} other records by COPY "
            + $"in {(DateTimeOffset.UtcNow - started).TotalSeconds:0} s.";

        List<object> Build(int chunk)
        {
            var random = new Random(unchecked((seed * 1_000_003) + chunk));
            var records = new List<object>(Chunk * 13);
            for (var i = chunk * Chunk; i < Math.Min(hazardCount, (chunk + 1) * Chunk); i++)
            {
                var hazard = DemoProgramme.NewHazard(random, districts, surveyors, today, i);
                records.Add(hazard);
                records.AddRange(DemoScaleHistory.For(hazard, random, surveyors, accreditations, today));
            }

            return records;
        }
    }
}
