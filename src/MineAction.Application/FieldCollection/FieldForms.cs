using System.Globalization;
using System.Text.RegularExpressions;
using MineAction.Application.DataImport;
using MineAction.Domain.DataImport;

namespace MineAction.Application.FieldCollection;

/// <summary>
/// Builds the field forms from the import columns they feed: a coded column becomes a select from its enum (a list column a
/// select_multiple), a date a date question no later than today, a count an integer of 0 or more, the polygon a geoshape, a place a
/// geopoint, the organisation a select of the acronyms registered today. What the import requires the form requires.
/// </summary>
public static partial class FieldForms
{
    public static readonly IReadOnlyList<FieldFormSummary> All =
    [
        new("nts", "Non-technical survey: hazardous area", ImportRecordType.HazardousAreas,
            "A suspected or confirmed hazardous area found by non-technical survey: its polygon walked as a geoshape, evidence, devices, land use and beneficiaries."),
        new("eod-spot-task", "EOD spot task", ImportRecordType.Activities,
            "An explosive ordnance disposal spot task on a hazardous area (its code), who did it and when, with one entry per device found (category, model, quantity, geopoint, condition, disposal).",
            ImportRecordType.Devices),
        new("eore-session", "Risk education session", ImportRecordType.EoreSessions,
            "A risk education session: where (geopoint), how, for whom, and the girls, boys, women and men reached (with disabilities)."),
        new("accident", "Accident report", ImportRecordType.Accidents,
            "An explosive ordnance accident (geopoint, device, activity, killed and injured) with one entry per casualty (sex, age group, outcome, injuries). No names: personal data is recorded by victim assistance officers.",
            ImportRecordType.Casualties),
    ];

    /// <summary>Columns the tool fills itself (the submission id) or the app finds (places from the geometry).</summary>
    private static readonly HashSet<string> Omitted = ["external_id", "longitude", "latitude", "province", "district"];

    public static FieldForm Build(FieldFormSummary form, RecordImporter importer, RecordImporter? repeat, IReadOnlyList<string> organisations,
        DateTimeOffset now)
    {
        var choices = new List<FormChoice>();
        var survey = Questions(form, importer, choices, organisations, false);
        if (repeat is not null)
        {
            survey.Add(new FormQuestion("begin_repeat", form.RepeatName!, Label(form.RepeatName!), null, false));
            survey.AddRange(Questions(form, repeat, choices, organisations, true));
            survey.Add(new FormQuestion("end_repeat", string.Empty, string.Empty, null, false));
        }

        var version = now.UtcDateTime.ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture);
        var used = survey.Select(q => q.Type.Split(' ')).Where(t => t.Length == 2).Select(t => t[1]).ToHashSet();
        return new FieldForm(form.Id, form.Title, version, form.RecordType, survey, [.. choices.Where(c => used.Contains(c.ListName))]);
    }

    /// <summary>
    /// A question per column the field fills (not the parent link, not personal data: these forms never collect it), less those the form
    /// leaves out; choices of every list are added, those no question uses dropped after.
    /// </summary>
    private static List<FormQuestion> Questions(FieldFormSummary form, RecordImporter importer, List<FormChoice> choices,
        IReadOnlyList<string> organisations, bool inRepeat) =>
        [.. importer.Columns.Where(c => !Omitted.Contains(c.Name) && c.Name != importer.ParentColumn && !c.Personal)
            .Select(c => Rules(form.Id, inRepeat, Question(c, choices, organisations))).OfType<FormQuestion>()];

    private static FormQuestion Question(ImportColumn column, List<FormChoice> choices, IReadOnlyList<string> organisations)
    {
        var (label, hint) = (Label(column.Name), column.Note);
        if (column.Name == "organisation")
        {
            choices.AddRange(organisations.Select(a => new FormChoice("organisation", ChoiceName(a), a)));
            return new FormQuestion("select_one organisation", column.Name, label, hint, column.Required);
        }

        if (column.Choices is { Count: > 0 } values)
        {
            var list = column.Name;
            choices.AddRange(values.Select(v => new FormChoice(list, v, Words(v))));
            var multiple = column.Note.Contains("separated", StringComparison.Ordinal);
            return new FormQuestion($"{(multiple ? "select_multiple" : "select_one")} {list}", column.Name, label, hint, column.Required);
        }

        return column.Name switch
        {
            "geometry" => new FormQuestion("geoshape", column.Name, label, "Walk the boundary: the shape closes on its first point.", column.Required),
            "location" => new FormQuestion("geopoint", column.Name, label, "Where it was, from the phone's GPS.", true),
            _ when column.Name.EndsWith("_on", StringComparison.Ordinal) => new FormQuestion("date", column.Name, label, hint, column.Required,
                ". <= today()", "The date cannot be in the future."),
            _ when IsCount(column) => new FormQuestion("integer", column.Name, label, hint, column.Required, ". >= 0", "A whole number of 0 or more."),
            _ => new FormQuestion("text", column.Name, label, hint, column.Required),
        };
    }

    /// <summary>The rules between questions of one form, as the API checks them; null for a column the form leaves out.</summary>
    private static FormQuestion? Rules(string form, bool inRepeat, FormQuestion question) => (form, inRepeat, question.Name) switch
    {
        ("eod-spot-task", false, "methods" or "specified_depth_cm" or "planned_start" or "planned_end") => null,
        ("eod-spot-task", true, "organisation" or "released_land") => null, // the devices are the task's, found outside released land
        ("eod-spot-task", false, "type") => question with { Type = "calculate", Calculation = "'EOD'", Required = false },
        ("eod-spot-task", false, "hazard") => question with { Hint = "The hazardous area's code, e.g. HA-KHM-000123." },
        ("eod-spot-task", false, "status") => question with { Default = "Completed" },
        ("eod-spot-task", false, "started_on") => question with
        {
            Required = true, Constraint = ". <= today()", ConstraintMessage = "The date cannot be in the future.",
        },
        ("eod-spot-task", false, "completed_on") => question with
        {
            Required = true, Relevant = "${status} = 'Completed'", Constraint = ". <= today() and . >= ${started_on}",
            ConstraintMessage = "Completed on or after the day it started, and not in the future.",
        },
        ("eod-spot-task", true, "found_on") => question with
        {
            Constraint = ". <= today() and . >= ${started_on}", ConstraintMessage = "Found on or after the day the task started, and not in the future.",
        },
        ("eod-spot-task", true, "disposed_on") => question with
        {
            Required = true, Relevant = "${disposal_method} != ''", Constraint = ". <= today() and . >= ${found_on}",
            ConstraintMessage = "Disposed of on or after the day it was found, and not in the future.",
        },
        ("nts", _, "type") => question with { Default = "SHA" },
        ("nts", _, "confirmed_on") => question with
        {
            Required = true, Relevant = "${type} = 'CHA'", Constraint = ". <= today() and . >= ${recorded_on}",
            ConstraintMessage = "Confirmed on or after the day it was recorded, and not in the future.",
        },
        ("accident", _, "age_group") => question with { Required = true },
        ("accident", _, "injuries") => question with { Relevant = "${outcome} = 'Injured'" },
        ("eore-session", _, var name) when name.StartsWith("disabled_", StringComparison.Ordinal) => question with
        {
            Constraint = $". >= 0 and . <= ${{{name["disabled_".Length..]}}}", ConstraintMessage = "Of those reached: not more than them.",
        },
        _ => question,
    };

    private static bool IsCount(ImportColumn column) =>
        column.Field.Contains("eneficiar", StringComparison.Ordinal) || column.Field.StartsWith("withDisabilities", StringComparison.Ordinal)
        || column.Name is "quantity" or "teams" or "killed" or "injured" || column.Name.EndsWith("_cm", StringComparison.Ordinal);

    /// <summary>An acronym as a choice name (no spaces, which would split a select_multiple answer).</summary>
    public static string ChoiceName(string acronym) => acronym.Trim().Replace(' ', '_');

    private static string Label(string column) => char.ToUpperInvariant(column[0]) + column[1..].Replace('_', ' ');

    private static string Words(string name) => name.All(char.IsUpper) ? name : PascalWords().Replace(name, " $1").Trim();

    [GeneratedRegex("(?<=[a-z])([A-Z])")]
    private static partial Regex PascalWords();
}
