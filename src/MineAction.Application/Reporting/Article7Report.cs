using MineAction.Domain.Reporting;

namespace MineAction.Application.Reporting;

/// <summary>A convention's Article 7 report of a calendar year, and the records behind any one of its figures.</summary>
public static class Article7Report
{
    public sealed record Query(Convention Convention, int Year) : IQuery<TreatyReport>;

    public sealed record CellQuery(Convention Convention, int Year, string Cell, int Page = 1, int PageSize = Paging.DefaultPageSize)
        : IQuery<CellRecords>, IFixedOrderPagedQuery;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.Year).InclusiveBetween(ReportYears.First, ReportYears.Last).WithName("year");
    }

    public sealed class CellValidator : FixedOrderPagingValidator<CellQuery>
    {
        public CellValidator() => RuleFor(q => q.Year).InclusiveBetween(ReportYears.First, ReportYears.Last).WithName("year");
    }

    public sealed class Handler(IReportingDb db) : IQueryHandler<Query, TreatyReport>, IQueryHandler<CellQuery, CellRecords>
    {
        public async ValueTask<TreatyReport> Handle(Query q, CancellationToken cancellationToken) =>
            (await TreatyReports.BuildAsync(db, q.Convention, q.Year, cancellationToken)).Report;

        public async ValueTask<CellRecords> Handle(CellQuery q, CancellationToken cancellationToken)
        {
            var (report, ledger) = await TreatyReports.BuildAsync(db, q.Convention, q.Year, cancellationToken);
            if (!ledger.Has(q.Cell) && !TreatyReports.Figures(report).ContainsKey(q.Cell))
            {
                throw new NotFoundException("Cell", q.Cell);
            }

            return ledger.Page(q.Cell, q.Page, q.PageSize);
        }
    }

    /// <summary>A form the State writes itself (its text for the year, or a note that it is not written yet).</summary>
    internal static ReportForm Narrative(string code, string title, IReadOnlyDictionary<string, string> texts) =>
        new(code, title, [], [], [], texts.GetValueOrDefault(code), texts.ContainsKey(code) ? null : "Not written yet for this year.");

    internal static async Task<Dictionary<string, string>> TextsAsync(IMineActionDb db, Convention convention, int year, CancellationToken ct) =>
        await db.ReportNarratives.Where(n => n.Convention == convention && n.Year == year).ToDictionaryAsync(n => n.Form, n => n.Text, ct);
}
