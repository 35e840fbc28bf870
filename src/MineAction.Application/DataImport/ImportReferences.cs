using MineAction.Application.FieldCollection;

namespace MineAction.Application.DataImport;

/// <summary>
/// Finds the records a row names — an organisation by acronym, a province or district by p-code, a hazardous area by code or IMSMA id, an
/// activity, released land or accident by its external id — and reports a name that matches none (or more than one) on its cell.
/// Organisations and admin areas are read once per import.
/// </summary>
public sealed class ImportReferences(IMineActionDb db)
{
    private Dictionary<string, Guid>? _organisations;
    private Dictionary<string, Guid>? _areas;

    /// <summary>Reads the organisations and admin areas on the first lookup of either, so that no later row needs the database for them.</summary>
    private async Task LoadAsync(CancellationToken ct)
    {
        // An acronym names one active organisation per country; an archived one is found when no active one has it. A field form's
        // choice name (spaces as '_') finds it too.
        _organisations ??= (await db.Organisations.IncludingArchived().OrderBy(o => o.ArchivedAt != null).ThenBy(o => o.CreatedAt)
                .Select(o => new { o.Acronym, o.Id }).ToListAsync(ct))
            .SelectMany(o => new[] { (Key: o.Acronym.ToUpperInvariant(), o.Id), (Key: FieldForms.ChoiceName(o.Acronym).ToUpperInvariant(), o.Id) })
            .DistinctBy(o => o.Key).ToDictionary(o => o.Key, o => o.Id);
        _areas ??= (await db.AdminAreas.IncludingArchived().Select(a => new { a.Code, a.Id }).ToListAsync(ct))
            .DistinctBy(a => a.Code.ToUpperInvariant()).ToDictionary(a => a.Code.ToUpperInvariant(), a => a.Id);
    }

    public async Task<Guid?> OrganisationAsync(RowCells cells, string column, CancellationToken ct)
    {
        await LoadAsync(ct);
        return Known(cells, column, _organisations!, "organisation with the acronym");
    }

    public async Task<Guid?> AdminAreaAsync(RowCells cells, string column, CancellationToken ct)
    {
        await LoadAsync(ct);
        return Known(cells, column, _areas!, $"{column} with the code");
    }

    /// <summary>A hazardous area by its code (HA-XTA-000123) or, failing that, its IMSMA id (which must name one hazard).</summary>
    public async Task<Guid?> HazardAsync(RowCells cells, string column, CancellationToken ct)
    {
        if (cells.Text(column) is not { } name)
        {
            return null;
        }

        var code = name.ToUpperInvariant();
        var byCode = await db.HazardousAreas.IncludingArchived().Where(h => h.Code == code).Select(h => (Guid?)h.Id).FirstOrDefaultAsync(ct);
        if (byCode is not null)
        {
            return byCode;
        }

        return await OneAsync(cells, db.HazardousAreas.IncludingArchived().Where(h => h.ExternalImsmaId == name).Select(h => h.Id),
            NoHazard(column, name), SeveralHazards(column, name), ct);
    }

    /// <summary>What a row naming a hazard no hazard's code or IMSMA id matches is told.</summary>
    internal static (string Column, string Message) NoHazard(string column, string name) =>
        (column, $"No hazardous area with the code or IMSMA id '{name}' exists.");

    /// <summary>What a row naming a hazard by an IMSMA id several organisations' hazards share is told.</summary>
    internal static (string Column, string Message) SeveralHazards(string column, string name) =>
        (column, $"Hazardous areas of different organisations have the IMSMA id '{name}': name the hazard by its code.");

    /// <summary>An activity of the row's organisation by its external id.</summary>
    public Task<Guid?> ActivityAsync(RowCells cells, string column, Guid? organisation, CancellationToken ct) =>
        ByKeyAsync(cells, column, db.Activities.OfEveryOrganisation().IncludingArchived()
            .Where(a => a.OrganisationId == organisation).Select(a => new Holder { Id = a.Id, Key = a.ExternalImsmaId }),
            NoActivity, ct);

    /// <summary>How a row naming an activity its organisation does not have is told so.</summary>
    internal const string NoActivity = "No activity of the organisation";

    /// <summary>Reports, on its cell, a name (<paramref name="key"/>) that no record <paramref name="none"/> describes has.</summary>
    internal static void Unknown(RowCells cells, string column, string none, string name, string key = "external id") =>
        cells.Problem(column, "IMPORT_REFERENCE_UNKNOWN", $"{none} has the {key} '{name}' (import it first).");

    /// <summary>
    /// The organisation of the activity a row names by external id alone (a field form's repeat of devices links its rows to their
    /// submission only): the one activity with that id, or a problem asking for the organisation.
    /// </summary>
    public async Task<Guid?> OrganisationOfActivityAsync(RowCells cells, string column, CancellationToken ct)
    {
        if (cells.Text(column) is not { } name)
        {
            return null;
        }

        return await OneAsync(cells,
            db.Activities.OfEveryOrganisation().IncludingArchived().Where(a => a.ExternalImsmaId == name).Select(a => a.OrganisationId).Distinct(),
            NoActivityAnywhere(column, name), ActivityOfSeveral(name), ct);
    }

    /// <summary>What a row naming an activity no organisation has is told.</summary>
    internal static (string Column, string Message) NoActivityAnywhere(string column, string name) =>
        (column, $"No activity has the external id '{name}' (import it first).");

    /// <summary>What a row naming, without its organisation, an activity several organisations' activities share is told.</summary>
    internal static (string Column, string Message) ActivityOfSeveral(string name) =>
        ("organisation", $"Activities of different organisations have the external id '{name}': name the organisation.");

    /// <summary>The one id <paramref name="candidates"/> hold, or the problem of finding none or more than one.</summary>
    private static async Task<Guid?> OneAsync(RowCells cells, IQueryable<Guid> candidates, (string Column, string Message) none,
        (string Column, string Message) several, CancellationToken ct)
    {
        var found = await candidates.Take(2).ToListAsync(ct);
        if (found.Count == 1)
        {
            return found[0];
        }

        NotOne(cells, found.Count, none, several);
        return null;
    }

    /// <summary>Reports that a name matches <paramref name="found"/> records (none, or more than one) where it must match one.</summary>
    internal static void NotOne(RowCells cells, int found, (string Column, string Message) none, (string Column, string Message) several)
    {
        var (rule, (problemColumn, message)) = found == 0 ? ("IMPORT_REFERENCE_UNKNOWN", none) : ("IMPORT_REFERENCE_AMBIGUOUS", several);
        cells.Problem(problemColumn, rule, message);
    }

    /// <summary>Released land of the row's organisation by its external id.</summary>
    public Task<Guid?> ProductAsync(RowCells cells, string column, Guid? organisation, CancellationToken ct) =>
        ByKeyAsync(cells, column, db.Products.OfEveryOrganisation().IncludingArchived()
            .Where(p => p.OrganisationId == organisation).Select(p => new Holder { Id = p.Id, Key = p.ExternalImsmaId }),
            NoProduct, ct);

    /// <summary>How a row naming released land its organisation does not have is told so.</summary>
    internal const string NoProduct = "No released land of the organisation";

    /// <summary>An accident by its external id (the NMAA's: unique nationally).</summary>
    public Task<Guid?> AccidentAsync(RowCells cells, string column, CancellationToken ct) =>
        ByKeyAsync(cells, column, db.Accidents.IncludingArchived().Select(a => new Holder { Id = a.Id, Key = a.ExternalImsmaId }),
            "No accident", ct);

    /// <summary>A casualty of <paramref name="accident"/> by its external id.</summary>
    public Task<Guid?> CasualtyAsync(RowCells cells, string column, Guid? accident, CancellationToken ct) =>
        ByKeyAsync(cells, column, db.Casualties.Where(c => c.AccidentId == accident)
            .Select(c => new Holder { Id = c.Id, Key = c.ExternalImsmaId }), "No casualty of the accident", ct);

    /// <summary>A fund by its name (an active one before an archived one).</summary>
    public Task<Guid?> FundAsync(RowCells cells, string column, CancellationToken ct) =>
        ByKeyAsync(cells, column, db.Funds.IncludingArchived().OrderBy(f => f.ArchivedAt != null)
            .Select(f => new Holder { Id = f.Id, Key = f.Name }), "No fund", ct, "name");

    /// <summary>A project by its code.</summary>
    public Task<Guid?> ProjectAsync(RowCells cells, string column, CancellationToken ct) =>
        ByKeyAsync(cells, column, db.Projects.IncludingArchived().Select(p => new Holder { Id = p.Id, Key = p.Code }), "No project", ct,
            "code");

    /// <summary>A contribution of <paramref name="donor"/> by its reference (an active one before an archived one).</summary>
    public Task<Guid?> ContributionAsync(RowCells cells, string column, Guid? donor, CancellationToken ct) =>
        ByKeyAsync(cells, column, db.Contributions.IncludingArchived().Where(c => c.DonorId == donor).OrderBy(c => c.ArchivedAt != null)
            .Select(c => new Holder { Id = c.Id, Key = c.Reference }), "No contribution of the donor", ct, "reference");

    /// <summary>A record and what a file names it by — external id, name, code or reference (member-initialised, so the query translates).</summary>
    private sealed class Holder
    {
        public Guid Id { get; init; }

        public string? Key { get; init; }
    }

    /// <summary>
    /// The record of <paramref name="records"/> the cell names by its key (an external id unless <paramref name="key"/> says otherwise);
    /// <paramref name="none"/> starts the problem otherwise.
    /// </summary>
    private static async Task<Guid?> ByKeyAsync(RowCells cells, string column, IQueryable<Holder> records, string none,
        CancellationToken ct, string key = "external id")
    {
        if (cells.Text(column) is not { } name)
        {
            return null;
        }

        var id = await records.Where(r => r.Key == name).Select(r => (Guid?)r.Id).FirstOrDefaultAsync(ct);
        if (id is null)
        {
            Unknown(cells, column, none, name, key);
        }

        return id;
    }

    private static Guid? Known(RowCells cells, string column, Dictionary<string, Guid> known, string what)
    {
        if (cells.Text(column) is not { } code)
        {
            return null;
        }

        if (known.TryGetValue(code.ToUpperInvariant(), out var id))
        {
            return id;
        }

        cells.Problem(column, "IMPORT_REFERENCE_UNKNOWN", $"No {what} '{code}' exists.");
        return null;
    }
}
