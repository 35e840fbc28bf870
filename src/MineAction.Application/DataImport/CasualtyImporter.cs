using System.Runtime.CompilerServices;
using MineAction.Application.People;
using MineAction.Domain.DataImport;

namespace MineAction.Application.DataImport;

/// <summary>
/// The people killed or injured in imported or existing accidents, named by the accident's external id. Personal data (name, national id,
/// date of birth, address, phone) is encrypted as when typed in, only administrators and victim assistance officers may bring it, and the
/// problem report never repeats it. A casualty is matched by its external id within its accident: a row recorded already is left as it is.
/// </summary>
public sealed class CasualtyImporter(IMineActionDb db, ImportReferences references, ICurrentUser user, IPersonalDataProtector protector,
    TimeProvider clock) : RecordImporter
{
    public override ImportRecordType Type => ImportRecordType.Casualties;

    public override string EntityType => nameof(Casualty);

    public override string? ParentColumn => "accident";

    public override IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("external_id", "externalImsmaId", false, "#meta +id", "The casualty's id in the source, unique within its accident."),
        new("accident", "accidentId", true, "#event +code", "External id of the accident (import accidents first)."),
        ImportColumn.Choice<Sex>("sex", "sex", true, "#affected +sex", "Female or Male."),
        ImportColumn.Choice<AgeGroup>("age_group", "ageGroup", false, "#affected +age_group", "Needed unless the date of birth is given."),
        ImportColumn.Choice<CasualtyOutcome>("outcome", "outcome", true, "#affected +outcome", "Killed or Injured."),
        new("injuries", "injuries", false, "#affected +injuries", "Injuries of a survivor, separated by ';'.", Enum.GetNames<Injury>()),
        new("has_disability", "hasDisability", false, "#affected +disabled", "yes or no (no when empty).", ["yes", "no"]),
        new("full_name", "personalData.fullName", false, "#contact +name +personal", "Personal data (victim assistance officers and administrators only).") { Personal = true },
        new("national_id", "personalData.nationalId", false, "#contact +personal +national_id", "Personal data.") { Personal = true },
        new("date_of_birth", "personalData.dateOfBirth", false, "#contact +personal +birth", "Personal data (yyyy-MM-dd).") { Personal = true },
        new("address", "personalData.address", false, "#contact +personal +address", "Personal data.") { Personal = true },
        new("phone", "personalData.phone", false, "#contact +phone +personal", "Personal data.") { Personal = true },
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

    /// <summary>
    /// Personal data is written only for the roles that may read it, each victim's read audited (before the file is streamed, so an
    /// interrupted download is audited too); the other roles get those columns empty.
    /// </summary>
    public override async IAsyncEnumerable<IReadOnlyDictionary<string, string?>> ExportAsync([EnumeratorCancellation] CancellationToken ct)
    {
        var personal = user.MayReadPersonalData();
        if (personal)
        {
            var (name, now) = (user.Name, clock.GetUtcNow());
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO audit_entries (id, entity_type, entity_id, action, user_name, occurred_at, changes, reason)
                SELECT gen_random_uuid(), 'VictimPersonalData', p.casualty_id, 'Read', {name}, {now}, jsonb_build_object(), 'Exported in the casualties import file'
                FROM victim_personal_data p JOIN casualties c ON c.id = p.casualty_id WHERE c.archived_at IS NULL
                """, ct);
        }

        var rows = from c in db.Casualties.AsNoTracking()
                   join a in db.Accidents.IncludingArchived() on c.AccidentId equals a.Id
                   join p in db.VictimPersonalData.AsNoTracking() on c.Id equals p.CasualtyId into people
                   from p in people.DefaultIfEmpty()
                   orderby a.ExternalImsmaId, c.ExternalImsmaId, c.VictimCode
                   select new { c, Accident = a.ExternalImsmaId, Person = personal ? p : null };
        await foreach (var r in rows.AsAsyncEnumerable().WithCancellation(ct))
        {
            var (c, p) = (r.c, r.Person);
            yield return new Dictionary<string, string?>
            {
                ["external_id"] = c.ExternalImsmaId, ["accident"] = r.Accident, ["sex"] = c.Sex.ToString(), ["age_group"] = c.AgeGroup.ToString(),
                ["outcome"] = c.Outcome.ToString(), ["injuries"] = ExportCell.List(c.Injuries), ["has_disability"] = c.HasDisability ? "yes" : "no",
                ["full_name"] = Open(p?.FullName), ["national_id"] = Open(p?.NationalId), ["date_of_birth"] = Open(p?.DateOfBirth),
                ["address"] = Open(p?.Address), ["phone"] = Open(p?.Phone),
            };
        }

        string? Open(string? cipher) => cipher is null ? null : protector.Unprotect(cipher);
    }
}
