using System.Runtime.CompilerServices;
using MineAction.Application.Resources;
using MineAction.Domain.DataImport;

namespace MineAction.Application.DataImport;

/// <summary>
/// Donors' contributions to funds: a row names its donor by acronym and is keyed by its reference within that donor. A row whose
/// reference the donor already has amends the agreement (reference, recipient, amount, schedule, earmarks) as the API does; its fund,
/// project and currency stay, since the transactions recorded against them depend on them.
/// </summary>
public sealed class ContributionImporter(IMineActionDb db, ImportReferences references) : RecordImporter
{
    public override ImportRecordType Type => ImportRecordType.Contributions;

    public override string EntityType => nameof(Contribution);

    public override IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("reference", "reference", true, "#meta +id", "The agreement's reference, unique within the donor; a row with a known reference amends it."),
        new("donor", "donorId", true, "#org +funder +acronym", "Acronym of the donor organisation."),
        new("fund", "fundId", true, "#meta +fund", "Name of the fund it is paid into."),
        new("project", "projectId", false, "#activity +project +code", "Code of the project it pays for, if earmarked to one."),
        new("recipient", "recipientOrganisationId", false, "#org +impl +acronym", "Acronym of the organisation receiving it, if any."),
        new("currency", "currency", true, "#currency", "ISO 4217 code of the agreement, e.g. USD, EUR, JPY."),
        new("amount", "amount", true, "#value", "Agreed amount in that currency, e.g. 250000.00."),
        new("schedule", "schedule", false, "#value +year", "Multi-year schedule as year:amount pairs separated by ';' (adding up to the amount), e.g. 2024:150000;2025:100000."),
        ImportColumn.Choice<ActivityType>("earmarked_activity", "earmarkedActivity", false, "#activity +type", "The kind of activity it is earmarked for."),
        new("earmarked_province", "earmarkedProvinceId", false, "#adm1 +code", "P-code of the province it is earmarked for."),
    ];

    public override (string Column, string Value)? KeyOf(RowCells cells) =>
        cells.Text("reference") is { } reference ? ("reference", $"{reference} of {cells.Text("donor")?.ToUpperInvariant()}") : null;

    public override void EnsureAllowed(ICurrentUser user) => user.EnsureFinance();

    public override async Task<(Guid Id, RowChange Change)?> ImportAsync(RowCells cells, IMediator mediator, CancellationToken ct)
    {
        var donor = await references.OrganisationAsync(cells, "donor", ct);
        var fund = await references.FundAsync(cells, "fund", ct);
        var project = await references.ProjectAsync(cells, "project", ct);
        var recipient = await references.OrganisationAsync(cells, "recipient", ct);
        var province = await references.AdminAreaAsync(cells, "earmarked_province", ct);
        var create = new CreateContribution.Command(donor, fund, project, recipient, cells.Text("reference"), cells.Text("currency")?.ToUpperInvariant(),
            cells.Amount("amount"), Schedule(cells), null, null, cells.Enum<ActivityType>("earmarked_activity"), province);
        if (cells.Problems.Count > 0)
        {
            return null;
        }

        var reference = create.Reference!.Trim();
        var existing = await db.Contributions.Where(c => c.DonorId == donor && c.Reference == reference).FirstOrDefaultAsync(ct);
        if (existing is null)
        {
            return ((await mediator.Send(create, ct)).Id, RowChange.Created);
        }

        if (existing.FundId != fund || existing.ProjectId != project || existing.Currency != create.Currency)
        {
            cells.Problem(existing.FundId != fund ? "fund" : existing.ProjectId != project ? "project" : "currency", "IMPORT_CONTRIBUTION_FIXED",
                $"Contribution '{reference}' is recorded with another fund, project or currency; these are not changed once recorded — archive it in MineAction and enter it again.");
            return null;
        }

        var schedule = (create.Schedule ?? []).Select(t => new Tranche(t.Year!.Value, t.Amount!.Value)).OrderBy(t => t.Year);
        if (existing.RecipientOrganisationId == recipient && existing.Amount == create.Amount && existing.Schedule.SequenceEqual(schedule)
            && existing.EarmarkedActivity == create.EarmarkedActivity && existing.EarmarkedProvinceId == province)
        {
            return (existing.Id, RowChange.Unchanged);
        }

        await mediator.Send(new AmendContribution.Command(existing.Id, existing.RowVersion, recipient, reference, create.Amount, create.Schedule, null, null,
            create.EarmarkedActivity, province), ct);
        return (existing.Id, RowChange.Updated);
    }

    /// <summary>The tranches of a <c>2024:150000;2025:100000</c> cell.</summary>
    private static List<TrancheInput>? Schedule(RowCells cells)
    {
        if (TrancheText.TryParseStrict(cells.Text("schedule"), out var tranches))
        {
            return tranches;
        }

        cells.Problem("schedule", "IMPORT_SCHEDULE_INVALID", "'schedule' is year:amount pairs separated by ';', e.g. 2024:150000;2025:100000.");
        return null;
    }

    public override async IAsyncEnumerable<IReadOnlyDictionary<string, string?>> ExportAsync([EnumeratorCancellation] CancellationToken ct)
    {
        var rows = from c in db.Contributions.AsNoTracking()
                   join d in db.Organisations.IncludingArchived() on c.DonorId equals d.Id
                   join f in db.Funds.IncludingArchived() on c.FundId equals f.Id
                   join p in db.Projects.IncludingArchived() on c.ProjectId equals p.Id into projects
                   from p in projects.DefaultIfEmpty()
                   join r in db.Organisations.IncludingArchived() on c.RecipientOrganisationId equals r.Id into recipients
                   from r in recipients.DefaultIfEmpty()
                   join e in db.AdminAreas.IncludingArchived() on c.EarmarkedProvinceId equals e.Id into provinces
                   from e in provinces.DefaultIfEmpty()
                   orderby d.Acronym, c.Reference, c.Id
                   select new
                   {
                       c, Donor = d.Acronym, Fund = f.Name, Project = p == null ? null : p.Code, Recipient = r == null ? null : r.Acronym,
                       Province = e == null ? null : e.Code,
                   };
        await foreach (var r in rows.AsAsyncEnumerable().WithCancellation(ct))
        {
            var c = r.c;
            yield return new Dictionary<string, string?>
            {
                ["reference"] = c.Reference, ["donor"] = r.Donor, ["fund"] = r.Fund, ["project"] = r.Project, ["recipient"] = r.Recipient,
                ["currency"] = c.Currency, ["amount"] = ExportCell.Of(c.Amount),
                ["schedule"] = TrancheText.FormatExact(c.Schedule),
                ["earmarked_activity"] = c.EarmarkedActivity?.ToString(), ["earmarked_province"] = r.Province,
            };
        }
    }
}
