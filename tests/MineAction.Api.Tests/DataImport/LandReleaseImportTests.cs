using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MineAction.Application.LandRelease;
using MineAction.Domain.Common;
using MineAction.Domain.DataImport;
using MineAction.Domain.LandRelease;
using MineAction.Infrastructure.Persistence;
using static MineAction.Api.Tests.DataImport.ImportApi;

namespace MineAction.Api.Tests.DataImport;

/// <summary>
/// An IMSMA-style set of linked tables — organisations, hazards, activities, released land, devices — imported in order: rows refer to
/// each other by external id, every row passes the API's rules, and the land-release figures match the source's.
/// </summary>
public sealed class LandReleaseImportTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    internal const string Hazards = "external_id,name,type,confirmed_on,geometry,organisation,evidence,recorded_on";
    internal const string Activities = "external_id,hazard,organisation,type,methods,specified_depth_cm,planned_start,planned_end,status,started_on,completed_on";
    internal const string Products = "external_id,activity,organisation,outcome,geometry,cleared_depth_cm,release_date";
    internal const string Devices = "external_id,activity,organisation,released_land,category,model,quantity,longitude,latitude,condition,found_on,disposal_method,disposed_on";

    private HttpClient Im => app.ClientFor(Roles.InformationManager);

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task Linked_imsma_tables_import_in_order_and_give_the_source_figures()
    {
        var ((a, b), (c, d)) = (Ledger.NextCell(), Ledger.NextCell());
        await ImportedAsync(Im, "Organisations", "name,acronym,type,country,external_id\nKhmer Demining Unit,KDU,Government,XTA,ORG-KDU-1\n");
        await ImportedAsync(Im, "HazardousAreas", $"{Hazards}\n"
            + F($"LR-H1,East terraces,SHA,,\"{Square(a, b)}\",HALO,Indirect,2023-05-01\n")
            + F($"LR-H2,West paddy,CHA,2023-07-01,\"{Square(c, d)}\",HALO,Direct,2023-06-01\n"));
        var activities = await ImportedAsync(Im, "Activities", $"{Activities}\n"
            + "LR-A1,LR-H1,HALO,NTS,,,2024-01-01,2024-02-28,Completed,2024-01-15,2024-02-01\n"
            + "LR-A2,LR-H2,halo,Clearance,Manual;Mechanical,20,2024-01-01,2024-12-31,InProgress,2024-01-20,\n");
        Assert.Equal(2, activities.Created);
        await ImportedAsync(Im, "ReleasedLand", $"{Products}\n"
            + F($"LR-P1,LR-A1,HALO,Cancelled,\"{Rectangle(a, b, a + 0.005, b + 0.01)}\",,2024-01-25\n")
            + F($"LR-P2,LR-A2,HALO,Cleared,\"{Rectangle(c, d, c + 0.005, d + 0.005)}\",25,2024-03-10\n"));
        await ImportedAsync(Im, "Devices", $"{Devices}\n"
            + F($"LR-D1,LR-A2,HALO,LR-P2,AntiPersonnelMine,PMN-2,3,{c + 0.001},{d + 0.001},Intact,2024-03-01,DestroyedInSitu,2024-03-02\n")
            + F($"LR-D2,LR-A2,HALO,,UnexplodedOrdnance,,1,,,,2024-03-05,,\n"));

        await using var db = app.Db();
        var h1 = await db.HazardousAreas.SingleAsync(h => h.ExternalImsmaId == "LR-H1");
        var h2 = await db.HazardousAreas.SingleAsync(h => h.ExternalImsmaId == "LR-H2");
        var first = await Im.GetAsync<GetLandRelease.LandReleaseDto>($"/api/v1/hazardous-areas/{h1.Id}/land-release");
        var second = await Im.GetAsync<GetLandRelease.LandReleaseDto>($"/api/v1/hazardous-areas/{h2.Id}/land-release");
        // The source's figures: the polygons' areas on the ellipsoid, as PostGIS measures them.
        var (half, quarter) = (await AreaAsync(db, Rectangle(a, b, a + 0.005, b + 0.01)), await AreaAsync(db, Rectangle(c, d, c + 0.005, d + 0.005)));
        Assert.Equal(half, first.Approved.CancelledM2, 0.01);
        Assert.Equal((0, 0), (first.Approved.ReducedM2, first.Approved.ClearedM2));
        Assert.Equal(quarter, second.Approved.ClearedM2, 0.01);
        Assert.Equal((0, 0), (second.Approved.CancelledM2, second.Approved.ReducedM2));
        var a1 = await db.Activities.SingleAsync(x => x.ExternalImsmaId == "LR-A1");
        Assert.Equal((ActivityStatus.Completed, new DateOnly(2024, 1, 15), new DateOnly(2024, 2, 1)), (a1.Status, a1.ActualStart, a1.ActualEnd));
        var devices = await db.Devices.Where(x => x.ActivityId == second.Products[0].ActivityId).OrderBy(x => x.FoundOn).ToListAsync();
        Assert.Equal([3, 1], devices.Select(x => x.Quantity));
        Assert.Equal((second.Products[0].Id, DisposalMethod.DestroyedInSitu), (devices[0].ProductId, devices[0].DisposalMethod));
        Assert.Equal((c + 0.001, d + 0.001), (devices[0].Location!.X, devices[0].Location!.Y));
        Assert.Null(devices[1].Location);

        // The operator's later file: the UXO was destroyed and the clearance completed. Matched by external id, only that changes.
        var devicesAgain = await ImportedAsync(Im, "Devices", $"{Devices}\n"
            + F($"LR-D1,LR-A2,HALO,LR-P2,AntiPersonnelMine,PMN-2,3,{c + 0.001},{d + 0.001},Intact,2024-03-01,DestroyedInSitu,2024-03-02\n")
            + F($"LR-D2,LR-A2,HALO,,UnexplodedOrdnance,,1,,,,2024-03-05,Removed,2024-03-06\n"));
        Assert.Equal((0, 1, 1), (devicesAgain.Created, devicesAgain.Updated, devicesAgain.Unchanged));
        var completed = await ImportedAsync(Im, "Activities", $"{Activities}\n"
            + "LR-A1,LR-H1,HALO,NTS,,,2024-01-01,2024-02-28,Completed,2024-01-15,2024-02-01\n"
            + "LR-A2,LR-H2,HALO,Clearance,Manual;Mechanical,20,2024-01-01,2024-12-31,Completed,2024-01-20,2024-03-31\n");
        Assert.Equal((0, 1, 1), (completed.Created, completed.Updated, completed.Unchanged));
        await using var after = app.Db();
        var a2 = await after.Activities.SingleAsync(x => x.ExternalImsmaId == "LR-A2");
        Assert.Equal((ActivityStatus.Completed, new DateOnly(2024, 3, 31)), (a2.Status, a2.ActualEnd));
        Assert.Equal(2, await after.ImportedRecords.CountAsync(r => r.ImportId == completed.Id && r.EntityType == "LandReleaseActivity"));
    }

    [Fact]
    public async Task Bad_rows_of_linked_tables_are_reported_on_their_cells_and_nothing_is_written()
    {
        var (a, b) = Ledger.NextCell();
        await ImportedAsync(Im, "HazardousAreas", $"{Hazards}\n" + F($"LR-BAD-H,Ridge,SHA,,\"{Square(a, b)}\",HALO,Indirect,2023-05-01\n"));
        var activities = await CheckedAsync(Im, "Activities", Csv($"{Activities}\n"
            + "LR-BAD-A1,LR-BAD-H,HALO,Clearance,,20,,,InProgress,2024-01-20,\n"
            + "LR-BAD-A2,LR-NOWHERE,HALO,NTS,,,,,Planned,,\n"
            + "LR-BAD-A3,LR-BAD-H,TDO,NTS,,,,,InProgress,2024-01-20,\n"
            + "LR-BAD-A4,LR-BAD-H,HALO,TS,,,,,Completed,2024-01-20,\n"
            + "LR-BAD-A1,LR-BAD-H,HALO,Clearance,,20,,,InProgress,2024-01-20,\n"));
        var problems = await ProblemsAsync(Im, activities.Id);
        Assert.Equal((ImportState.Invalid, 1), (activities.State, activities.Created));
        Assert.Contains(problems, p => p is { Row: 3, Column: "hazard", Rule: "IMPORT_REFERENCE_UNKNOWN", Value: "LR-NOWHERE" });
        Assert.Contains(problems, p => p is { Row: 4, Column: "organisation", Rule: "ACCREDITATION_REQUIRED" });
        Assert.Contains(problems, p => p is { Row: 5, Column: "completed_on", Rule: "IMPORT_END_DATE_MISSING" });
        Assert.Contains(problems, p => p is { Row: 6, Column: "external_id", Rule: "IMPORT_DUPLICATE_IN_FILE" });

        await ImportedAsync(Im, "Activities", $"{Activities}\nLR-BAD-A1,LR-BAD-H,HALO,Clearance,,20,,,InProgress,2024-01-20,\n");
        var products = await CheckedAsync(Im, "ReleasedLand", Csv($"{Products}\n"
            + F($"LR-BAD-P1,LR-BAD-A1,HALO,Cleared,\"{Square(a + 0.005, b + 0.005)}\",20,2024-02-01\n")
            + F($"LR-BAD-P7,LR-BAD-A1,HALO,Cleared,\"{Square(a + 0.001, b + 0.001, 0.002)}\",5,2024-02-01\n")
            + F($"LR-BAD-P2,LR-BAD-A1,HALO,Cancelled,\"{Square(a, b, 0.004)}\",,2024-02-01\n")
            + F($"LR-BAD-P3,LR-GHOST,HALO,Cleared,\"{Square(a, b, 0.004)}\",20,2024-02-01\n")
            + F($"LR-BAD-P4,LR-BAD-A1,HALO,Cleared,\"{Square(a, b, 0.004)}\",10,2019-02-01\n")
            + "LR-BAD-P5,LR-BAD-A1,HALO,Cleared,POLYGON((1 2,,3)),20,2024-02-01\n"));
        var refused = await ProblemsAsync(Im, products.Id);
        Assert.Equal((ImportState.Invalid, 0), (products.State, refused.Count(p => p.Row == 1)));
        Assert.Contains(refused, p => p is { Row: 2, Column: "geometry" });
        Assert.Contains(refused, p => p is { Row: 4, Column: "outcome", Rule: "OUTCOME_DOES_NOT_MATCH_ACTIVITY" });
        Assert.Contains(refused, p => p is { Row: 5, Column: "activity", Rule: "IMPORT_REFERENCE_UNKNOWN" });
        Assert.Contains(refused, p => p is { Row: 6, Column: "release_date", Rule: "RELEASE_DATE_OUTSIDE_ACTIVITY" });
        Assert.Contains(refused, p => p is { Row: 3, Column: "cleared_depth_cm", Rule: "CLEARED_DEPTH_TOO_SHALLOW" });
        Assert.Contains(refused, p => p is { Row: 7, Column: "geometry", Rule: "IMPORT_GEOMETRY_UNREADABLE" });
        await using var db = app.Db();
        Assert.False(await db.Products.IgnoreQueryFilters().AnyAsync(p => p.ExternalImsmaId!.StartsWith("LR-BAD-")));
        Assert.Single(await db.Activities.IgnoreQueryFilters().Where(x => x.ExternalImsmaId!.StartsWith("LR-BAD-")).ToListAsync());
    }

    [Fact]
    public async Task Released_land_is_not_edited_by_a_later_file_and_devices_must_name_a_place_fully()
    {
        var (a, b) = Ledger.NextCell();
        await ImportedAsync(Im, "HazardousAreas", $"{Hazards}\n" + F($"LR-FIX-H,Slope,SHA,,\"{Square(a, b)}\",HALO,Indirect,2023-05-01\n"));
        await ImportedAsync(Im, "Activities", $"{Activities}\nLR-FIX-A,LR-FIX-H,HALO,TS,,20,,,InProgress,2024-01-20,\n");
        var product = F($"LR-FIX-P,LR-FIX-A,HALO,Reduced,\"{Square(a, b, 0.004)}\",,2024-02-01\n");
        await ImportedAsync(Im, "ReleasedLand", $"{Products}\n{product}");
        var same = await ImportedAsync(Im, "ReleasedLand", $"external_id,activity,organisation,outcome,geometry,release_date,cleared_depth_cm\n"
            + F($"LR-FIX-P,LR-FIX-A,HALO,Reduced,\"{Square(a, b, 0.004)}\",2024-02-01,\n"));
        Assert.Equal((0, 1), (same.Created, same.Unchanged));
        var changed = await CheckedAsync(Im, "ReleasedLand", Csv($"{Products}\n" + F($"LR-FIX-P,LR-FIX-A,HALO,Reduced,\"{Square(a, b, 0.005)}\",,2024-02-01\n")));
        Assert.Contains(await ProblemsAsync(Im, changed.Id), p => p is { Row: 2, Column: "external_id", Rule: "IMPORT_RELEASE_FIXED" });

        var devices = await CheckedAsync(Im, "Devices", Csv($"{Devices}\n"
            + F($"LR-FIX-D1,LR-FIX-A,HALO,,Submunition,,2,{a + 0.001},,,2024-02-01,,\n")
            + F($"LR-FIX-D2,LR-FIX-A,HALO,,Submunition,,2,{a + 0.001},95,,2024-02-01,,\n")
            + F($"LR-FIX-D3,LR-FIX-A,HALO,LR-FIX-NONE,Submunition,,0,,,,2024-02-01,,\n")));
        var problems = await ProblemsAsync(Im, devices.Id);
        Assert.Contains(problems, p => p is { Row: 2, Column: "latitude", Rule: "IMPORT_COORDINATE_MISSING" });
        Assert.Contains(problems, p => p is { Row: 3, Column: "latitude", Rule: "IMPORT_NUMBER_INVALID" });
        Assert.Contains(problems, p => p is { Row: 4, Column: "released_land", Rule: "IMPORT_REFERENCE_UNKNOWN" });
    }

    [Fact]
    public async Task An_operators_activities_are_submissions_and_other_organisations_rows_are_refused()
    {
        var (a, b) = Ledger.NextCell();
        await ImportedAsync(Im, "HazardousAreas", $"{Hazards}\n" + F($"LR-OP-H,Orchard,SHA,,\"{Square(a, b)}\",HALO,Indirect,2023-05-01\n"));
        var op = app.ClientFor(Roles.OperatorDataEntry);
        var refused = await CheckedAsync(op, "Activities", Csv($"{Activities}\n"
            + "LR-OP-A1,LR-OP-H,HALO,NTS,,,,,InProgress,2024-02-01,\nLR-OP-A2,LR-OP-H,TDO,NTS,,,,,Planned,,\n"));
        Assert.Contains(await ProblemsAsync(op, refused.Id), p => p is { Row: 3, Rule: "FORBIDDEN" });
        await ImportedAsync(op, "Activities", $"{Activities}\nLR-OP-A1,LR-OP-H,HALO,NTS,,,,,InProgress,2024-02-01,\n");
        await using var db = app.Db();
        var activity = await db.Activities.SingleAsync(x => x.ExternalImsmaId == "LR-OP-A1");
        Assert.Equal((ActivityStatus.InProgress, ApprovalStatus.Submitted), (activity.Status, activity.ApprovalStatus));
    }

    private static async Task<double> AreaAsync(MineActionDbContext db, string wkt) =>
        await db.Database.SqlQuery<double>($"SELECT ST_Area(ST_GeomFromText({wkt}, 4326)::geography) AS \"Value\"").SingleAsync();
}
