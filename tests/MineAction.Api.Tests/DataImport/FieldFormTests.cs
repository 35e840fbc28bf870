using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MineAction.Application.DataImport;
using MineAction.Application.FieldCollection;
using MineAction.Domain.DataImport;
using Microsoft.Extensions.DependencyInjection;
using MineAction.Domain.Common;
using MineAction.Domain.Hazards;
using MineAction.Domain.LandRelease;
using MineAction.Domain.People;
using ClosedXML.Excel;
using MiniExcelLibs;
using static MineAction.Api.Tests.DataImport.ImportApi;

namespace MineAction.Api.Tests.DataImport;

/// <summary>
/// The XLSForm definitions the app publishes are well-formed XLSForm (checked against the ODK team's template) and the submission exports
/// of ODK Central and KoboToolbox import through the ordinary pipeline.
/// </summary>
public sealed partial class FieldFormTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    private HttpClient Im => app.ClientFor(Roles.InformationManager);

    public static TheoryData<string> Forms() => [.. FieldForms.All.Select(f => f.Id)];

    /// <summary>The question types the ODK XLSForm template documents (its "⚙️ Types" sheet, first word of each type).</summary>
    private static HashSet<string> OdkTypes()
    {
        var rows = MiniExcel.Query(Path.Combine(AppContext.BaseDirectory, "Schemas", "xlsform", "ODK-XLSForm-Template.xlsx"),
            useHeaderRow: false, sheetName: "⚙️ Types").Cast<IDictionary<string, object?>>().Select(r => r["B"]?.ToString()).ToList();
        return [.. rows.SkipWhile(b => b != "Field type").Skip(1).OfType<string>().Select(t => t.Split(' ')[0])];
    }

    private static List<Dictionary<string, string?>> Sheet(byte[] workbook, string name) =>
        [.. MiniExcel.Query(new MemoryStream(workbook), useHeaderRow: true, sheetName: name).Cast<IDictionary<string, object?>>()
            .Select(r => r.ToDictionary(c => c.Key, c => c.Value?.ToString()))];

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task Each_form_is_well_formed_xlsform_built_from_the_import_rules(string id)
    {
        var response = await Im.GetAsync($"/api/v1/field-forms/{id}.xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var workbook = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(["survey", "choices", "settings"], MiniExcel.GetSheetNames(new MemoryStream(workbook)));
        var (survey, choices, settings) = (Sheet(workbook, "survey"), Sheet(workbook, "choices"), Sheet(workbook, "settings"));

        var types = OdkTypes();
        Assert.Contains("geoshape", types);
        var names = survey.Where(q => q["type"] != "end_repeat").Select(q => q["name"]!).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.All(names, n => Assert.Matches(XmlName(), n));
        Assert.All(survey, q => Assert.Contains(q["type"]!.Split(' ')[0], types));
        Assert.All(survey.Where(q => q["type"] != "end_repeat"), q => Assert.False(string.IsNullOrWhiteSpace(q["label"])));
        var lists = choices.GroupBy(c => c["list_name"]!).ToDictionary(g => g.Key, g => g.Select(c => c["name"]!).ToList());
        foreach (var select in survey.Where(q => q["type"]!.StartsWith("select_", StringComparison.Ordinal)))
        {
            var list = select["type"]!.Split(' ')[1];
            Assert.True(lists.ContainsKey(list), $"{select["name"]}: list '{list}' is not on the choices sheet");
            Assert.All(lists[list], c => Assert.DoesNotContain(' ', c));
        }

        foreach (var reference in survey.SelectMany(q => new[] { q["relevant"], q["constraint"], q["calculation"] }).OfType<string>()
            .SelectMany(e => Reference().Matches(e).Select(m => m.Groups[1].Value)))
        {
            Assert.Contains(reference, names);
        }

        var form = FieldForms.All.Single(f => f.Id == id);
        var setting = Assert.Single(settings);
        Assert.Equal((form.Title, $"mineaction_{id.Replace('-', '_')}"), (setting["form_title"], setting["form_id"]));
        Assert.Matches("^[0-9]{12}$", setting["version"]);
        if (names.Contains("organisation"))
        {
            Assert.Contains("HALO", lists["organisation"]);
        }

        // What the import needs, the form asks for (the submission id, the parent link and places found from the geometry aside);
        // personal data is never asked.
        var importer = ImportColumns(form.RecordType);
        var repeat = form.RepeatRecordType is { } type ? ImportColumns(type) : [];
        // A required column is a required question, or a value the form calculates (the EOD task's type).
        Assert.All(importer.Concat(repeat).Where(c => c.Required), c => Assert.True(survey.Single(q => q["name"] == c.Name) is var q
            && (q["required"] == "yes" || (q["type"] == "calculate" && !string.IsNullOrEmpty(q["calculation"]))), c.Name));
        Assert.All(lists.Keys, list => Assert.Contains(survey, q => q["type"]!.EndsWith($" {list}", StringComparison.Ordinal)));
        Assert.All(survey.Where(q => !q["type"]!.EndsWith("_repeat", StringComparison.Ordinal)),
            q => Assert.Contains(q["name"], importer.Concat(repeat).Select(c => c.Name)));
        Assert.Empty(names.Intersect(["full_name", "national_id", "date_of_birth", "address", "phone"]));
    }

    [Fact]
    public async Task The_nts_form_knows_the_rules_between_its_questions()
    {
        var survey = Sheet(await Im.GetByteArrayAsync("/api/v1/field-forms/nts.xlsx"), "survey").ToDictionary(q => q["name"]!);
        Assert.Equal(("geoshape", "yes"), (survey["geometry"]["type"], survey["geometry"]["required"]));
        Assert.Equal("select_one type", survey["type"]["type"]);
        Assert.Equal("SHA", survey["type"]["default"]);
        Assert.Equal("${type} = 'CHA'", survey["confirmed_on"]["relevant"]);
        Assert.Equal("select_multiple device_categories", survey["device_categories"]["type"]);
        Assert.Equal(". <= today()", survey["recorded_on"]["constraint"]);
        Assert.Equal(("integer", ". >= 0"), (survey["direct_girls"]["type"], survey["direct_girls"]["constraint"]));
        Assert.Equal(HttpStatusCode.NotFound, (await Im.GetAsync("/api/v1/field-forms/nope.xlsx")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.ClientFor(Roles.DonorReporting).GetAsync("/api/v1/field-forms/nts.xlsx")).StatusCode);
    }

    [Fact]
    public async Task An_odk_central_export_of_the_nts_form_imports_as_hazardous_areas()
    {
        var (lon, lat) = Ledger.NextCell();
        var shape = Geoshape(lon, lat, " 12.5 4.0");
        var csv = "SubmissionDate,name,type,confirmed_on,geometry,organisation,evidence,device_categories,land_use_blocked,recorded_on,source_report,"
            + "direct_girls,direct_boys,direct_women,direct_men,meta-instanceID,KEY,SubmitterID,SubmitterName,AttachmentsPresent,AttachmentsExpected,"
            + "Status,ReviewState,DeviceID,Edits,FormVersion\n"
            + $"2024-05-02T08:11:00.000Z,Orchard by the school,CHA,2024-05-01,\"{shape}\",HALO,Direct,AntiPersonnelMine UnexplodedOrdnance,Agriculture,"
            + "2024-04-30,,3,4,5,6,uuid:8f1c2a4e-0001,uuid:8f1c2a4e-0001,17,Field team 3,0,0,,approved,collect:abc,0,202611301200\n";
        var committed = await ImportedAsync(Im, "HazardousAreas", csv);
        Assert.Equal(1, committed.Created);
        await using var db = app.Db();
        var hazard = await db.HazardousAreas.SingleAsync(h => h.ExternalImsmaId == "uuid:8f1c2a4e-0001");
        Assert.Equal((HazardType.CHA, ApprovalStatus.Approved), (hazard.Type, hazard.ApprovalStatus));
        Assert.Equal([DeviceCategory.AntiPersonnelMine, DeviceCategory.UnexplodedOrdnance], hazard.DeviceCategories);
        Assert.Equal((lon, lat), (hazard.Geometry.EnvelopeInternal.MinX, hazard.Geometry.EnvelopeInternal.MinY));
        Assert.Equal(new Sadd(3, 4, 5, 6), hazard.DirectBeneficiaries);

        // The next export holds the same submission again and a new one: only the new one is added.
        var next = Ledger.NextCell();
        var again = await ImportedAsync(Im, "HazardousAreas", csv
            + $"2024-05-03T08:11:00.000Z,Second field,SHA,,\"{Geoshape(next.Lon, next.Lat, string.Empty)}\",HALO,Indirect,,,2024-05-02,,,,,,"
            + "uuid:8f1c2a4e-0002,uuid:8f1c2a4e-0002,17,Field team 3,0,0,,,collect:abc,0,202611301200\n");
        Assert.Equal((1, 1), (again.Created, again.Unchanged));
    }

    [Fact]
    public async Task Kobo_and_central_exports_of_the_eore_form_import_as_sessions()
    {
        var (lon, lat) = Ledger.NextCell();
        var point = string.Create(CultureInfo.InvariantCulture, $"{lat + 0.005} {lon + 0.005} 30 5");
        // KoboToolbox: ';' separated, geopoint as "lat lon alt acc" plus its _latitude/_longitude columns, _uuid as the submission id.
        var kobo = "start;end;held_on;location;_location_latitude;_location_longitude;_location_altitude;_location_precision;organisation;method;"
            + "audience;girls;boys;women;men;disabled_girls;disabled_boys;disabled_women;disabled_men;materials;_id;_uuid;_submission_time;"
            + "_validation_status;_notes;_status;_submitted_by;__version__;_tags;_index\n"
            + string.Create(CultureInfo.InvariantCulture, $"2024-06-01T09:00:00;2024-06-01T10:00:00;2024-06-01;{point};{lat + 0.005};{lon + 0.005};30;5;HALO;Interpersonal;")
            + "School;20;25;3;2;1;0;0;0;Posters;101;kobo-uuid-1;2024-06-01T10:05:00;;;submitted_via_web;;v1;;1\n";
        var committed = await ImportedAsync(Im, "EoreSessions", kobo);
        Assert.Equal(1, committed.Created);
        // ODK Central: the geopoint split into -Latitude/-Longitude/-Altitude/-Accuracy.
        var central = "SubmissionDate,held_on,location-Latitude,location-Longitude,location-Altitude,location-Accuracy,organisation,method,audience,"
            + "girls,boys,women,men,disabled_girls,disabled_boys,disabled_women,disabled_men,materials,meta-instanceID,KEY\n"
            + string.Create(CultureInfo.InvariantCulture, $"2024-06-02T10:05:00.000Z,2024-06-02,{lat + 0.004},{lon + 0.004},30,5,HALO,MassMedia,Community,")
            + "1,2,3,4,,,,,,uuid:central-1,uuid:central-1\n";
        await ImportedAsync(Im, "EoreSessions", central);
        await using var db = app.Db();
        var kept = await db.EoreSessions.Where(e => e.ExternalImsmaId == "kobo-uuid-1" || e.ExternalImsmaId == "uuid:central-1")
            .OrderBy(e => e.HeldOn).ToListAsync();
        Assert.Equal(2, kept.Count);
        Assert.Equal((lon + 0.005, lat + 0.005), (kept[0].Location.X, kept[0].Location.Y));
        Assert.Equal((new Sadd(20, 25, 3, 2), new Sadd(1, 0, 0, 0)), (kept[0].Beneficiaries, kept[0].WithDisabilities));
        Assert.Equal((lon + 0.004, lat + 0.004), (kept[1].Location.X, kept[1].Location.Y));
    }

    [Fact]
    public async Task The_accident_form_asks_for_each_casualty_in_a_repeat()
    {
        var survey = Sheet(await Im.GetByteArrayAsync("/api/v1/field-forms/accident.xlsx"), "survey");
        var types = survey.Select(q => $"{q["type"]} {q["name"]}").ToList();
        var (begin, end) = (types.IndexOf("begin_repeat casualties"), types.IndexOf("end_repeat "));
        Assert.True(begin > 0 && end > begin + 3, string.Join(" | ", types));
        Assert.Equal(["sex", "age_group", "outcome", "injuries", "has_disability"], survey[(begin + 1)..end].Select(q => q["name"]));
        Assert.Equal("${outcome} = 'Injured'", survey.Single(q => q["name"] == "injuries")["relevant"]);
        Assert.Equal("geopoint", survey.Single(q => q["name"] == "location")["type"]);
    }

    [Fact]
    public async Task The_eod_spot_task_form_asks_for_each_device_in_a_repeat()
    {
        var survey = Sheet(await Im.GetByteArrayAsync("/api/v1/field-forms/eod-spot-task.xlsx"), "survey");
        var types = survey.Select(q => $"{q["type"]} {q["name"]}").ToList();
        var (begin, end) = (types.IndexOf("begin_repeat devices"), types.IndexOf("end_repeat "));
        Assert.Equal(["hazard", "organisation", "type", "teams", "status", "started_on", "completed_on"], survey[..begin].Select(q => q["name"]));
        Assert.Equal(["category", "model", "quantity", "location", "depth_cm", "condition", "found_on", "disposal_method", "disposed_on"],
            survey[(begin + 1)..end].Select(q => q["name"]));
        Assert.Equal(("calculate", "'EOD'"), (survey[2]["type"], survey[2]["calculation"]));
        Assert.Equal(("${status} = 'Completed'", "yes"), (survey[6]["relevant"], survey[6]["required"]));
        Assert.Equal("${disposal_method} != ''", survey.Single(q => q["name"] == "disposed_on")["relevant"]);
        Assert.Equal(("geopoint", "integer"), (survey.Single(q => q["name"] == "location")["type"], survey.Single(q => q["name"] == "quantity")["type"]));
    }

    [Fact]
    public async Task Odk_central_eod_exports_import_as_an_activity_with_its_devices()
    {
        var (lon, lat) = Ledger.NextCell();
        await ImportedAsync(Im, "HazardousAreas", "external_id,name,geometry,organisation,evidence,recorded_on\n"
            + $"EOD-H1,Spot task village,\"{Square(lon, lat)}\",HALO,Indirect,2024-01-10\n");
        var main = "SubmissionDate,hazard,organisation,type,teams,status,started_on,completed_on,meta-instanceID,KEY,SubmitterID,SubmitterName,"
            + "AttachmentsPresent,AttachmentsExpected,Status,ReviewState,DeviceID,Edits,FormVersion\n"
            + "2024-08-02T08:00:00.000Z,EOD-H1,HALO,EOD,1,Completed,2024-08-01,2024-08-01,uuid:eod-central-1,uuid:eod-central-1,7,Team 2,0,0,,,collect:y,0,1\n";
        var task = await ImportedAsync(Im, "Activities", main);
        Assert.Equal(1, task.Created);
        var repeat = "category,model,quantity,location-Latitude,location-Longitude,location-Altitude,location-Accuracy,depth_cm,condition,found_on,"
            + "disposal_method,disposed_on,PARENT_KEY,KEY\n"
            + string.Create(CultureInfo.InvariantCulture, $"UnexplodedOrdnance,M79,2,{lat + 0.004},{lon + 0.004},10,3,5,Damaged,2024-08-01,")
            + "DestroyedInSitu,2024-08-01,uuid:eod-central-1,uuid:eod-central-1/devices[1]\n"
            + "AntiPersonnelMine,PMN-2,1,,,,,,,2024-08-01,,,uuid:eod-central-1,uuid:eod-central-1/devices[2]\n";
        var devices = await ImportedAsync(Im, "Devices", repeat);
        Assert.Equal(2, devices.Created);

        await using var db = app.Db();
        var activity = await db.Activities.SingleAsync(a => a.ExternalImsmaId == "uuid:eod-central-1");
        Assert.Equal((ActivityType.EOD, ActivityStatus.Completed), (activity.Type, activity.Status));
        var found = await db.Devices.Where(d => d.ActivityId == activity.Id).OrderBy(d => d.ExternalImsmaId).ToListAsync();
        Assert.Equal(["uuid:eod-central-1/devices[1]", "uuid:eod-central-1/devices[2]"], found.Select(d => d.ExternalImsmaId));
        Assert.Equal((2, DisposalMethod.DestroyedInSitu, true), (found[0].Quantity, found[0].DisposalMethod, found[0].Location is not null));
        Assert.Equal(activity.OrganisationId, found[1].OrganisationId);
    }

    [Fact]
    public async Task Odk_central_accident_exports_import_with_their_repeat_of_casualties()
    {
        var (lon, lat) = Ledger.NextCell();
        var main = "SubmissionDate,occurred_on,location-Latitude,location-Longitude,location-Altitude,location-Accuracy,device_category,hazard,"
            + "activity_at_time,killed,injured,source,meta-instanceID,KEY,SubmitterID,SubmitterName,AttachmentsPresent,AttachmentsExpected,Status,"
            + "ReviewState,DeviceID,Edits,FormVersion\n"
            + string.Create(CultureInfo.InvariantCulture, $"2024-07-02T08:00:00.000Z,2024-07-01,{lat + 0.003},{lon + 0.003},12,4,Submunition,,Herding,1,1,")
            + "Village chief,uuid:acc-central-1,uuid:acc-central-1,5,Team 1,0,0,,,collect:x,0,1\n";
        await ImportedAsync(Im, "Accidents", main);
        var repeat = "sex,age_group,outcome,injuries,has_disability,PARENT_KEY,KEY\n"
            + "Male,Age18To59,Killed,,no,uuid:acc-central-1,uuid:acc-central-1/casualties[1]\n"
            + "Female,Age12To17,Injured,LowerLimbAmputation Hearing,yes,uuid:acc-central-1,uuid:acc-central-1/casualties[2]\n";
        var casualties = await ImportedAsync(Im, "Casualties", repeat);
        Assert.Equal(2, casualties.Created);
        await using var db = app.Db();
        var accident = await db.Accidents.SingleAsync(a => a.ExternalImsmaId == "uuid:acc-central-1");
        var people = await db.Casualties.Where(c => c.AccidentId == accident.Id).OrderBy(c => c.ExternalImsmaId).ToListAsync();
        Assert.Equal(["uuid:acc-central-1/casualties[1]", "uuid:acc-central-1/casualties[2]"], people.Select(c => c.ExternalImsmaId));
        Assert.Equal([Injury.LowerLimbAmputation, Injury.Hearing], people[1].Injuries.Order());
        Assert.True(people[1].HasDisability);
    }

    [Fact]
    public async Task A_kobo_workbook_imports_its_main_sheet_and_its_repeat_sheet()
    {
        var (lon, lat) = Ledger.NextCell();
        using var workbook = new XLWorkbook();
        var main = workbook.AddWorksheet("Accident report");
        Row(main, 1, "occurred_on", "location", "_location_latitude", "_location_longitude", "device_category", "activity_at_time", "killed",
            "injured", "_id", "_uuid", "_submission_time", "_index");
        Row(main, 2, "2024-08-01", string.Create(CultureInfo.InvariantCulture, $"{lat + 0.002} {lon + 0.002} 0 0"), "", "", "UnexplodedOrdnance",
            "Playing", "0", "2", "88", "kobo-acc-1", "2024-08-01T12:00:00", "1");
        var sheet = workbook.AddWorksheet("casualties");
        Row(sheet, 1, "sex", "age_group", "outcome", "injuries", "has_disability", "_index", "_parent_table_name", "_parent_index",
            "_submission__id", "_submission__uuid");
        Row(sheet, 2, "Male", "Age5To11", "Injured", "Visual", "no", "1", "Accident report", "1", "88", "kobo-acc-1");
        Row(sheet, 3, "Female", "Age5To11", "Injured", "", "no", "2", "Accident report", "1", "88", "kobo-acc-1");
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        var bytes = stream.ToArray();

        await ImportedAsync(Im, "Accidents", bytes, "kobo.xlsx");
        var casualties = await ImportedAsync(Im, "Casualties", bytes, "kobo.xlsx", "casualties");
        Assert.Equal(2, casualties.Created);
        var missing = await UploadAsync(Im, "Casualties", bytes, "kobo.xlsx", "victims");
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        await using var db = app.Db();
        var accident = await db.Accidents.SingleAsync(a => a.ExternalImsmaId == "kobo-acc-1");
        Assert.Equal(["kobo-acc-1#1", "kobo-acc-1#2"],
            await db.Casualties.Where(c => c.AccidentId == accident.Id).OrderBy(c => c.ExternalImsmaId).Select(c => c.ExternalImsmaId).ToListAsync());
    }

    private static void Row(IXLWorksheet sheet, int row, params string[] values)
    {
        for (var c = 0; c < values.Length; c++)
        {
            sheet.Cell(row, c + 1).SetValue(values[c]);
        }
    }

    /// <summary>A 0.01° square as ODK Collect writes a geoshape: "lat lon[ alt acc]" points, the last the same as the first.</summary>
    private static string Geoshape(double lon, double lat, string altitudeAndAccuracy) =>
        string.Join(";", new[] { (lat, lon), (lat, lon + 0.01), (lat + 0.01, lon + 0.01), (lat + 0.01, lon), (lat, lon) }
            .Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Item1} {p.Item2}{altitudeAndAccuracy}")));

    /// <summary>The columns of the import the form feeds, as the app defines them (what the tool or the app fills aside).</summary>
    private IReadOnlyList<ImportColumn> ImportColumns(ImportRecordType type)
    {
        using var scope = app.Services.CreateScope();
        var importer = scope.ServiceProvider.GetServices<RecordImporter>().Single(i => i.Type == type);
        return [.. importer.Columns.Where(c => c.Name is not ("external_id" or "province" or "district" or "longitude" or "latitude")
            && c.Name != importer.ParentColumn && !c.Personal)];
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_.-]*$")]
    private static partial Regex XmlName();

    [GeneratedRegex(@"\$\{([^}]+)\}")]
    private static partial Regex Reference();
}
