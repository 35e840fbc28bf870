using System.Globalization;
using MineAction.Infrastructure.Persistence;
using NetTopologySuite.Geometries;

namespace MineAction.Infrastructure.Demo;

/// <summary>
/// Loads a plausible national programme into an empty database: Tarsenia's provinces and
/// districts, its organisations and <c>hazardCount</c> hazardous areas with real polygons.
/// Deterministic for a given seed; does nothing when the programme is already loaded.
/// </summary>
public sealed class DemoProgramme(MineActionDbContext db, MineAction.Application.Abstractions.IPersonalDataProtector protector)
{
    private static readonly string[] Places =
        ["Phum", "Kor", "Sre", "Tuol", "Prek", "Veal", "Ou", "Boeng", "Chamkar", "Kampong", "Svay", "Trapeang"];

    private static readonly string[] Features =
        ["rice field", "village path", "forest edge", "irrigation canal", "school road", "grazing land", "hill",
         "river crossing", "old battle line", "pagoda grounds", "orchard", "market road"];

    public async Task<string> LoadAsync(int hazardCount, int seed = 2365, CancellationToken ct = default)
    {
        await DemoSettings.ApplyAsync(db, ct);
        if (await db.AdminAreas.AnyAsync(a => a.CountryCode == DemoCountry.Code, ct))
        {
            return await TopUpAsync(seed, ct);
        }

        // All or nothing: a failure leaves no half-loaded programme behind.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var random = new Random(seed);
        var districts = AddAdminAreas();
        var surveyors = AddOrganisations();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var sample = new List<HazardousArea>();
        var activities = new List<LandReleaseActivity>();
        var accreditations = hazardCount > 0 ? DemoOperations.Accreditations(surveyors, today) : [];
        db.Accreditations.AddRange(accreditations);
        for (var i = 0; i < hazardCount; i++)
        {
            var hazard = NewHazard(random, districts, surveyors, today, i);
            db.HazardousAreas.Add(hazard);
            if (hazard.ApprovalStatus == Domain.Common.ApprovalStatus.Approved)
            {
                var release = DemoLandRelease.For(hazard, random, surveyors, accreditations, today).ToList();
                db.AddRange(release);
                if (sample.Count < 100)
                {
                    sample.Add(hazard);
                    activities.AddRange(release.OfType<LandReleaseActivity>());
                }
            }

            if (i % 1000 == 999)
            {
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
            }
        }

        await db.SaveChangesAsync(ct);
        if (hazardCount > 0)
        {
            var authority = await db.Organisations.SingleAsync(o => o.Acronym == "TMAC", ct);
            db.AddRange(DemoOperations.For(random, surveyors, authority, sample, activities, accreditations, today));
            db.AddRange(DemoStockpiles.For(authority, today));
            await AddPeopleAndMoneyAsync(random, sample, activities, null, today, ct);
        }

        await transaction.CommitAsync(ct);
        return $"Loaded {DemoCountry.Name}: {districts.Count} districts, {DemoOrganisations.All.Length} organisations, {hazardCount} hazardous areas.";
    }

    /// <summary>
    /// A programme loaded by an earlier version lacks the modules added since: accidents, victims, assistance and risk education when it
    /// has no accident yet, funds and projects when it has no fund yet. They are added around its first 100 approved hazardous areas.
    /// </summary>
    private async Task<string> TopUpAsync(int seed, CancellationToken ct)
    {
        var (needPeople, needMoney) = (!await db.Accidents.AnyAsync(ct), !await db.Funds.AnyAsync(ct));
        var stockpiles = await AddStockpilesIfMissingAsync(ct);

        var sample = await db.HazardousAreas.Where(h => h.ApprovalStatus == Domain.Common.ApprovalStatus.Approved && h.ArchivedAt == null)
            .OrderBy(h => h.Code).Take(100).ToListAsync(ct);
        if (sample.Count == 0 || !(needPeople || needMoney))
        {
            return stockpiles
                ? "The demo programme was loaded before; added to it: stockpiles and retained munitions."
                : "The demo programme is already loaded; nothing to do.";
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var ids = sample.Select(h => h.Id).ToList();
        var activities = await db.Activities.Where(a => ids.Contains(a.HazardousAreaId)).ToListAsync(ct);
        List<object>? people = needPeople ? null : [.. await db.EoreSessions.ToListAsync(ct), .. await db.AssistanceServices.ToListAsync(ct)];
        await AddPeopleAndMoneyAsync(new Random(seed), sample, activities, people, DateOnly.FromDateTime(DateTime.UtcNow), ct, needMoney);
        await transaction.CommitAsync(ct);
        return "The demo programme was loaded before; added to it: " + string.Join("; ",
            new[] { needPeople ? "accidents, victims, assistance cases and risk education" : null, needMoney ? "funds, contributions and projects" : null }
                .OfType<string>()) + ".";
    }

    /// <summary>The stockpiles, for a programme loaded before they were recorded (none yet, archived ones included).</summary>
    private async Task<bool> AddStockpilesIfMissingAsync(CancellationToken ct)
    {
        if (await db.MunitionLots.IgnoreQueryFilters().AnyAsync(ct) || await db.Organisations.SingleOrDefaultAsync(o => o.Acronym == "TMAC", ct) is not { } authority)
        {
            return false;
        }

        db.AddRange(DemoStockpiles.For(authority, DateOnly.FromDateTime(DateTime.UtcNow)));
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>People around the sample hazards (unless <paramref name="people"/> already exist) and, if asked, the money paying for the work.</summary>
    private async Task AddPeopleAndMoneyAsync(Random random, List<HazardousArea> sample, List<LandReleaseActivity> activities, List<object>? people,
        DateOnly today, CancellationToken ct, bool money = true)
    {
        var organisations = await db.Organisations.ToListAsync(ct);
        if (people is null)
        {
            people = DemoPeople.For(random, sample, organisations, protector.Protect, today).ToList();
            db.AddRange(people);
        }

        if (money)
        {
            db.AddRange(DemoFunding.For(random, organisations, activities, people, today));
        }

        await db.SaveChangesAsync(ct);
    }

    private List<(AdminArea District, Envelope Box)> AddAdminAreas()
    {
        var districts = new List<(AdminArea, Envelope)>();
        for (var p = 0; p < DemoCountry.Provinces.Length; p++)
        {
            var province = new AdminArea($"{DemoCountry.Code}-{p + 1:00}", DemoCountry.Provinces[p], 1, null,
                DemoCountry.Code, DemoCountry.ToMultiPolygon(DemoCountry.ProvinceBox(p)));
            db.AdminAreas.Add(province);
            for (var d = 0; d < DemoCountry.DistrictSuffixes.Length; d++)
            {
                var box = DemoCountry.DistrictBox(p, d);
                var district = new AdminArea($"{province.Code}-{d + 1:00}",
                    $"{DemoCountry.Provinces[p]} {DemoCountry.DistrictSuffixes[d]}", 2, province.Id, DemoCountry.Code,
                    DemoCountry.ToMultiPolygon(box));
                db.AdminAreas.Add(district);
                districts.Add((district, box));
            }
        }

        return districts;
    }

    private List<Organisation> AddOrganisations()
    {
        var organisations = DemoOrganisations.All.Select(d => new Organisation(d)).ToList();
        db.Organisations.AddRange(organisations);
        return organisations.Where(o => DemoOrganisations.Surveyors.Contains(o.Acronym)).ToList();
    }

    /// <summary>Half the hazards came from IMSMA, each with its own id (ids are unique per organisation).</summary>
    private static string? ImsmaId(Random random, int index)
    {
        if (random.NextDouble() >= 0.5)
        {
            return null;
        }

        _ = random.Next(10000, 99999); // the draw an earlier version used for the number: kept so a seed still gives the same programme
        return string.Create(CultureInfo.InvariantCulture, $"IMSMA-{100_000 + index}");
    }

    internal static HazardousArea NewHazard(
        Random random, List<(AdminArea District, Envelope Box)> districts, List<Organisation> surveyors, DateOnly today, int index)
    {
        var (district, box) = districts[random.Next(districts.Count)];
        var confirmed = random.NextDouble() < 0.3;
        var recordedOn = new DateOnly(2005, 1, 1).AddDays(random.Next(today.DayNumber - new DateOnly(2005, 1, 1).DayNumber));
        var attributes = new HazardAttributes(
            $"{Places[random.Next(Places.Length)]} {Places[random.Next(Places.Length)]} {Features[random.Next(Features.Length)]}",
            district.ParentId!.Value,
            district.Id,
            surveyors[random.Next(surveyors.Count)].Id,
            PickSome(random, Enum.GetValues<DeviceCategory>(), 1, 3),
            confirmed || random.NextDouble() < 0.4 ? Evidence.Direct : Evidence.Indirect,
            PickSome(random, Enum.GetValues<LandUse>(), 1, 2),
            new Sadd(random.Next(0, 120), random.Next(0, 120), random.Next(0, 200), random.Next(0, 200)),
            new Sadd(random.Next(0, 400), random.Next(0, 400), random.Next(0, 600), random.Next(0, 600)),
            recordedOn,
            $"NTS report {recordedOn.Year}/{random.Next(1, 999):000}",
            ImsmaId(random, index));
        var hazard = new HazardousArea(DemoCountry.Code, Polygon(random, box), attributes, today);
        if (confirmed)
        {
            var confirmedOn = recordedOn.AddDays(random.Next(Math.Max(1, today.DayNumber - recordedOn.DayNumber)));
            hazard.Confirm(confirmedOn, "Mines found during technical survey.", today);
        }

        // Most records have been reviewed; a few recent operator submissions wait in the queue.
        if (random.NextDouble() >= 0.03)
        {
            hazard.Approve("im@tarsenia.example", DateTimeOffset.UtcNow, "Checked against the NTS report");
        }

        return hazard;
    }

    /// <summary>A star-shaped (hence simple) polygon of 50–600 m radius well inside the district box.</summary>
    private static Polygon Polygon(Random random, Envelope box)
    {
        var radiusM = 50 + (random.NextDouble() * 550);
        var lat0 = box.MinY + (0.05 * box.Height) + (random.NextDouble() * 0.9 * box.Height);
        var lon0 = box.MinX + (0.05 * box.Width) + (random.NextDouble() * 0.9 * box.Width);
        var metresPerDegLat = 111_320.0;
        var metresPerDegLon = 111_320.0 * Math.Cos(lat0 * Math.PI / 180);
        var vertices = random.Next(5, 13);
        var step = 2 * Math.PI / vertices;
        var angles = Enumerable.Range(0, vertices).Select(k => (k + (0.8 * random.NextDouble())) * step).ToArray();
        var ring = angles.Select(a =>
        {
            var r = radiusM * (0.6 + (0.4 * random.NextDouble()));
            return new Coordinate(
                Math.Round(lon0 + (r * Math.Cos(a) / metresPerDegLon), 7),
                Math.Round(lat0 + (r * Math.Sin(a) / metresPerDegLat), 7));
        }).ToList();
        ring.Add(ring[0]);
        return HazardGeometry.Factory.CreatePolygon(ring.ToArray());
    }

    private static T[] PickSome<T>(Random random, T[] values, int min, int max) =>
        values.OrderBy(_ => random.Next()).Take(random.Next(min, max + 1)).ToArray();
}
