using MineAction.Application.People;
using MineAction.Domain.DataImport;

namespace MineAction.Application.DataImport;

/// <summary>
/// The people killed or injured in imported or existing accidents, named by the accident's external id. Personal data (name, national id,
/// date of birth, address, phone) is encrypted as when typed in, only administrators and victim assistance officers may bring it, and the
/// problem report never repeats it. A casualty is matched by its external id within its accident: a row recorded already is left as it is.
/// </summary>
public sealed class CasualtyImporter(IMineActionDb db, ImportReferences references) : RecordImporter
{
    public override ImportRecordType Type => ImportRecordType.Casualties;

    public override string EntityType => nameof(Casualty);

    public override string? ParentColumn => "accident";

    public override IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("external_id", "externalImsmaId", false, "#meta +id", "The casualty's id in the source, unique within its accident."),
        new("accident", "accidentId", true, "#event +id", "External id of the accident (import accidents first)."),
        ImportColumn.Choice<Sex>("sex", "sex", true, "#affected +sex", "Female or Male."),
        ImportColumn.Choice<AgeGroup>("age_group", "ageGroup", false, "#affected +age", "Needed unless the date of birth is given."),
        ImportColumn.Choice<CasualtyOutcome>("outcome", "outcome", true, "#affected +outcome", "Killed or Injured."),
        new("injuries", "injuries", false, "#affected +injuries", "Injuries of a survivor, separated by ';'.", Enum.GetNames<Injury>()),
        new("has_disability", "hasDisability", false, "#affected +disabled", "yes or no (no when empty).", ["yes", "no"]),
        new("full_name", "personalData.fullName", false, "#affected +name", "Personal data (victim assistance officers and administrators only).") { Personal = true },
        new("national_id", "personalData.nationalId", false, "#affected +id +national", "Personal data.") { Personal = true },
        new("date_of_birth", "personalData.dateOfBirth", false, "#affected +birth", "Personal data (yyyy-MM-dd).") { Personal = true },
        new("address", "personalData.address", false, "#affected +address", "Personal data.") { Personal = true },
        new("phone", "personalData.phone", false, "#affected +phone", "Personal data.") { Personal = true },
    ];

    public override (string Column, string Value)? KeyOf(RowCells cells) =>
        cells.Text("external_id") is { } id ? ("external_id", $"{id} of accident {cells.Text("accident")}") : null;

    public override void EnsureAllowed(ICurrentUser user) =>
        user.EnsureInRole(Roles.AccidentEntry, "Casualties are imported by the NMAA (information managers and administrators).");

    public override async Task<(Guid Id, RowChange Change)?> ImportAsync(RowCells cells, IMediator mediator, CancellationToken ct)
    {
        var accident = await references.AccidentAsync(cells, "accident", ct);
        var personal = Columns.Any(c => c.Personal && cells.Text(c.Name) is not null)
            ? new AddCasualty.PersonalDataInput(cells.Text("full_name"), cells.Text("national_id"), cells.Date("date_of_birth"), cells.Text("address"),
                cells.Text("phone"))
            : null;
        var command = new AddCasualty.Command(accident ?? Guid.Empty, cells.Enum<Sex>("sex"), cells.Enum<AgeGroup>("age_group"),
            cells.Enum<CasualtyOutcome>("outcome"), cells.Enums<Injury>("injuries"), cells.YesNo("has_disability") ?? false, personal,
            cells.Text("external_id"));
        if (cells.Problems.Count > 0)
        {
            return null;
        }

        var existing = command.ExternalImsmaId is null ? null : await db.Casualties
            .Where(c => c.AccidentId == accident && c.ExternalImsmaId == command.ExternalImsmaId).Select(c => (Guid?)c.Id).SingleOrDefaultAsync(ct);
        return existing is { } id ? (id, RowChange.Unchanged) : ((await mediator.Send(command, ct)).Id, RowChange.Created);
    }
}
