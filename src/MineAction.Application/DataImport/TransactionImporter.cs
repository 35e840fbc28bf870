using System.Runtime.CompilerServices;
using MineAction.Application.Resources;
using MineAction.Domain.DataImport;

namespace MineAction.Application.DataImport;

/// <summary>
/// The transactions of contributions (pledges, commitments, receipts, disbursements, spending), named by the donor's acronym and the
/// contribution's reference and keyed by their id in the source within that contribution. Each row is recorded through the API's command,
/// so the ledger's rules hold (nothing disbursed beyond what a fund received, nothing spent beyond what a project was disbursed): the rows
/// of a file are recorded in its order. A transaction is not edited by a file: a row recorded already must match it.
/// </summary>
public sealed class TransactionImporter(IMineActionDb db, ImportReferences references) : RecordImporter
{
    public override ImportRecordType Type => ImportRecordType.Transactions;

    public override string EntityType => nameof(FundingTransaction);

    public override IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("external_id", "externalImsmaId", true, "#meta +id", "The transaction's id in the source, unique within its contribution (a ledger line number will do)."),
        new("donor", "donorId", true, "#org +funder +acronym", "Acronym of the contribution's donor."),
        new("contribution", "contributionId", true, "#meta +contribution", "Reference of the contribution (import contributions first)."),
        ImportColumn.Choice<TransactionType>("type", "type", true, "#meta +transaction", "IATI transaction type: its name or code (1 incoming funds, 3 disbursement, 4 expenditure…)."),
        new("date", "date", true, "#date", "Value date (yyyy-MM-dd), today or earlier."),
        new("amount", "amount", true, "#value", "Amount, more than zero, e.g. 50000.00."),
        new("currency", "currency", false, "#currency", "ISO 4217 code; the contribution's currency when empty."),
        new("usd_rate", "usdRate", false, "#indicator +exchange_rate", "US dollars per unit on the rate date; the recorded exchange rate of the date when empty."),
        new("rate_date", "rateDate", false, "#date +converted", "Date of the rate given (yyyy-MM-dd), on or before the value date."),
        new("description", "description", false, "#description", "What it was for."),
    ];

    public override (string Column, string Value)? KeyOf(RowCells cells) =>
        cells.Text("external_id") is { } id
            ? ("external_id", $"{id} of contribution {cells.Text("contribution")} of {cells.Text("donor")?.ToUpperInvariant()}")
            : null;

    public override void EnsureAllowed(ICurrentUser user) => user.EnsureFinance();

    public override async Task<(Guid Id, RowChange Change)?> ImportAsync(RowCells cells, IMediator mediator, CancellationToken ct)
    {
        var contribution = await references.ContributionAsync(cells, "contribution", await references.OrganisationAsync(cells, "donor", ct), ct);
        var command = new RecordTransaction.Command(contribution ?? Guid.Empty, cells.Enum<TransactionType>("type"), cells.Date("date"), cells.Amount("amount"),
            cells.Text("currency")?.ToUpperInvariant(), cells.Amount("usd_rate"), cells.Date("rate_date"), cells.Text("description"), cells.Text("external_id"));
        if (cells.Problems.Count > 0)
        {
            return null;
        }

        var externalId = command.ExternalImsmaId!.Trim();
        var recorded = db.FundingTransactions.IncludingArchived().Where(t => t.ContributionId == contribution && t.ExternalImsmaId == externalId);
        var existing = await recorded.SingleOrDefaultAsync(ct);
        if (existing is null)
        {
            await mediator.Send(command, ct);
            return (await recorded.Select(t => t.Id).SingleAsync(ct), RowChange.Created);
        }

        if (existing.Type == command.Type && existing.Date == command.Date && existing.Amount == command.Amount
            && (command.Currency is null || existing.Currency == command.Currency))
        {
            return (existing.Id, RowChange.Unchanged);
        }

        cells.Problem("external_id", "IMPORT_TRANSACTION_FIXED",
            $"Transaction '{externalId}' is recorded already with another type, date or amount; a transaction is not edited by a file — archive it in MineAction and import it again.");
        return null;
    }

    public override async IAsyncEnumerable<IReadOnlyDictionary<string, string?>> ExportAsync([EnumeratorCancellation] CancellationToken ct)
    {
        var rows = from t in db.FundingTransactions.AsNoTracking()
                   join c in db.Contributions.IncludingArchived() on t.ContributionId equals c.Id
                   join d in db.Organisations.IncludingArchived() on t.DonorId equals d.Id
                   orderby d.Acronym, c.Reference, t.Date, t.ExternalImsmaId, t.Id
                   select new { t, Donor = d.Acronym, Contribution = c.Reference };
        await foreach (var r in rows.AsAsyncEnumerable().WithCancellation(ct))
        {
            var t = r.t;
            yield return new Dictionary<string, string?>
            {
                ["external_id"] = t.ExternalImsmaId, ["donor"] = r.Donor, ["contribution"] = r.Contribution, ["type"] = t.Type.ToString(),
                ["date"] = ExportCell.Of(t.Date), ["amount"] = ExportCell.Of(t.Amount), ["currency"] = t.Currency, ["usd_rate"] = ExportCell.Of(t.UsdRate),
                ["rate_date"] = ExportCell.Of(t.RateDate), ["description"] = t.Description,
            };
        }
    }
}
