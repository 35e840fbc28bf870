using System.Runtime.CompilerServices;
using MineAction.Application.Organisations;
using MineAction.Domain.DataImport;

namespace MineAction.Application.DataImport;

/// <summary>Organisations: a row whose acronym already exists in its country updates that organisation.</summary>
public sealed class OrganisationImporter(IMineActionDb db) : RecordImporter
{
    public override ImportRecordType Type => ImportRecordType.Organisations;

    public override string EntityType => nameof(Organisation);

    public override IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("name", "name", true, "#org +name", "Full name, e.g. The HALO Trust."),
        new("acronym", "acronym", true, "#org +acronym", "Unique in its country; a row with an existing acronym updates that organisation."),
        ImportColumn.Choice<OrganisationType>("type", "type", true, "#org +type", "IATI organisation type: its name or code (10 government, 21 international NGO…)."),
        new("country", "countryCode", true, "#country +code", "ISO 3166-1 alpha-3, e.g. KHM."),
        new("iati_identifier", "iatiIdentifier", false, "#org +code", "IATI organisation identifier, e.g. GB-CHC-1001813."),
        new("external_id", "externalImsmaId", false, "#meta +id +imsma", "The organisation's id in IMSMA or the source system."),
        ImportColumn.Choice<OrganisationSector>("sector", "sector", false, "#sector",
            "What it does: MineAction (default), HealthAndRehabilitation, SocialAndEconomicInclusion (victim assistance providers), Funding, Other. Empty keeps an existing organisation's sector."),
    ];

    public override (string Column, string Value)? KeyOf(RowCells cells) =>
        cells.Text("acronym") is { } acronym ? ("acronym", $"{acronym.ToUpperInvariant()} in {cells.Text("country")?.ToUpperInvariant()}") : null;

    public override void EnsureAllowed(ICurrentUser user) => user.EnsureReviewer();

    public override async Task<(Guid Id, RowChange Change)?> ImportAsync(RowCells cells, IMediator mediator, CancellationToken ct)
    {
        var type = cells.Enum<OrganisationType>("type");
        var sector = cells.Enum<OrganisationSector>("sector");
        if (cells.Problems.Count > 0)
        {
            return null;
        }

        var (acronym, country) = (cells.Text("acronym"), cells.Text("country")?.ToUpperInvariant());
        var pattern = acronym is null ? null : LikePattern.Escape(acronym);
        var existing = pattern is null || country is null ? null : await db.Organisations
            .Where(o => o.ArchivedAt == null && o.CountryCode == country && EF.Functions.ILike(o.Acronym, pattern, "\\"))
            .Select(o => new { o.Id, o.RowVersion, o.Sector }).FirstOrDefaultAsync(ct);
        OrganisationInput input = existing is null ? new CreateOrganisation.Command() : new UpdateOrganisation.Command { Id = existing.Id };
        input = input with
        {
            Name = cells.Text("name"), Acronym = acronym, Type = type, CountryCode = country, IatiIdentifier = cells.Text("iati_identifier"),
            ExternalImsmaId = cells.Text("external_id"), Sector = sector ?? existing?.Sector,
        };
        var saved = input is CreateOrganisation.Command create ? await mediator.Send(create, ct) : await mediator.Send((UpdateOrganisation.Command)input, ct);
        return (saved.Id, existing is null ? RowChange.Created : saved.RowVersion == existing.RowVersion ? RowChange.Unchanged : RowChange.Updated);
    }

    public override async IAsyncEnumerable<IReadOnlyDictionary<string, string?>> ExportAsync([EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var o in db.Organisations.AsNoTracking().OrderBy(o => o.CountryCode).ThenBy(o => o.Acronym).AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return new Dictionary<string, string?>
            {
                ["name"] = o.Name, ["acronym"] = o.Acronym, ["type"] = o.Type.ToString(), ["country"] = o.CountryCode,
                ["iati_identifier"] = o.IatiIdentifier, ["external_id"] = o.ExternalImsmaId,
                ["sector"] = o.Sector.ToString(),
            };
        }
    }
}
