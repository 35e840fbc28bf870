using MineAction.Domain.Reporting;

namespace MineAction.Application.Reporting;

/// <summary>
/// The APMBC Article 7 report of a calendar year from approved data: Forms A and E in the State's words, B, C, D, F, G and H from
/// the ledgers, I (risk education) and J (victim assistance, cooperation received). Every figure is a cell whose records
/// <see cref="CellQuery"/> lists; no form carries a victim's personal data.
/// </summary>
public static class ApmbcReport
{
    public sealed record Query(int Year) : IQuery<TreatyReport>;

    public sealed record CellQuery(int Year, string Cell, int Page = 1, int PageSize = Paging.DefaultPageSize) : IQuery<CellRecords>, IFixedOrderPagedQuery;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.Year).InclusiveBetween(ReportYears.First, ReportYears.Last).WithName("year");
    }

    public sealed class CellValidator : FixedOrderPagingValidator<CellQuery>
    {
        public CellValidator() => RuleFor(q => q.Year).InclusiveBetween(ReportYears.First, ReportYears.Last).WithName("year");
    }

    public sealed class Handler(IMineActionDb db) : IQueryHandler<Query, TreatyReport>, IQueryHandler<CellQuery, CellRecords>
    {
        public async ValueTask<TreatyReport> Handle(Query q, CancellationToken cancellationToken) =>
            (await BuildAsync(db, q.Year, cancellationToken)).Report;

        public async ValueTask<CellRecords> Handle(CellQuery q, CancellationToken cancellationToken)
        {
            var (report, ledger) = await BuildAsync(db, q.Year, cancellationToken);
            if (!ledger.Has(q.Cell) && !report.Forms.Any(f => f.Rows.Any(r => f.FigureColumns.Any(c => ReportForm.CellOf(f.Code, r.Key, c.Key) == q.Cell))))
            {
                throw new NotFoundException("Cell", q.Cell);
            }

            return ledger.Page(q.Cell, q.Page, q.PageSize);
        }
    }

    /// <summary>The year's report and the ledger of its cells.</summary>
    public static async Task<(TreatyReport Report, CellLedger Ledger)> BuildAsync(IMineActionDb db, int year, CancellationToken ct)
    {
        var ledger = new CellLedger();
        var (from, to) = ReportYears.Span(year);
        var movements = await TreatyFacts.MovementsAsync(db, year, ct);
        var texts = await db.ReportNarratives.Where(n => n.Convention == Convention.Apmbc && n.Year == year).ToDictionaryAsync(n => n.Form, n => n.Text, ct);
        var releases = await YearFacts.ReleasesAsync(db, (ApmbcForms.EntryIntoForce, to), ct);

        List<ReportForm> forms =
        [
            Narrative("A", "National implementation measures", texts),
            ApmbcForms.StockpiledMines(ledger, movements),
            ApmbcForms.MinedAreas(ledger, await TreatyFacts.HazardsAsync(db, to, ct)),
            ApmbcForms.Reconciliation(ledger, await TreatyFacts.HazardsAsync(db, from.AddDays(-1), ct), await TreatyFacts.HazardsAsync(db, to, ct)),
            ApmbcForms.RetainedMines(ledger, movements, year),
            Narrative("E", "Status of programmes for conversion or decommissioning of anti-personnel mine production facilities", texts),
            .. ApmbcForms.DestructionProgrammes(ledger, releases.Where(r => r.On >= from), movements, year),
            ApmbcForms.MinesDestroyed(ledger, releases, movements, year),
        ];
        forms.Add(ApmbcForms.MineTypes(forms));
        forms.Add(PeopleForms.RiskEducation(ledger, "I", await TreatyFacts.EoreSessionsAsync(db, year, ct)));
        forms.Add(PeopleForms.VictimAssistance(ledger, "J", await TreatyFacts.AssistanceServicesAsync(db, year, ct)));
        forms.Add(PeopleForms.Cooperation(ledger, "J2", await TreatyFacts.FundsReceivedAsync(db, year, ct)));
        return (new TreatyReport(Convention.Apmbc, year, forms), ledger);
    }

    private static ReportForm Narrative(string code, string title, Dictionary<string, string> texts) =>
        new(code, title, [], [], [], texts.GetValueOrDefault(code), texts.ContainsKey(code) ? null : "Not written yet for this year.");
}
