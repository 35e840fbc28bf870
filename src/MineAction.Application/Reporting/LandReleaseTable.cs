namespace MineAction.Application.Reporting;

/// <summary>
/// The national land-release table of a year in the Landmine Monitor's form: a row per province and a national total,
/// m² cancelled / reduced / cleared (km² with 2 decimals, summed in m² before rounding), and the items disposed of —
/// anti-personnel mines (improvised included), anti-vehicle mines and other devices destroyed, with items rendered safe
/// and handed over apart. Approved data only. Every figure is a cell (<c>{province code or national}.{column}</c>)
/// whose records <see cref="CellQuery"/> lists.
/// </summary>
public static class LandReleaseTable
{
    public const string National = "national";
    public const string NoProvince = "unassigned";
    public const string Note = "Areas are summed in m² and rounded to km² (2 decimals) last: a total may differ from the sum of its rounded rows.";

    public static class Column
    {
        public const string Cancelled = "cancelledM2";
        public const string Reduced = "reducedM2";
        public const string Cleared = "clearedM2";
        public const string Total = "totalM2";
        public const string ApMines = "apMinesDestroyed";
        public const string AvMines = "avMinesDestroyed";
        public const string OtherDevices = "otherDevicesDestroyed";
        public const string RenderedSafe = "renderedSafe";
        public const string HandedOver = "handedOver";

        public static readonly string[] All = [Cancelled, Reduced, Cleared, Total, ApMines, AvMines, OtherDevices, RenderedSafe, HandedOver];
    }

    public sealed record Row(string Key, string Name, decimal CancelledM2, decimal ReducedM2, decimal ClearedM2, decimal TotalM2,
        int ApMinesDestroyed, int AvMinesDestroyed, int OtherDevicesDestroyed, int RenderedSafe, int HandedOver)
    {
        public decimal CancelledKm2 => Km2(CancelledM2);
        public decimal ReducedKm2 => Km2(ReducedM2);
        public decimal ClearedKm2 => Km2(ClearedM2);
        public decimal TotalKm2 => Km2(TotalM2);

        /// <summary>The drill-down cell of one of <see cref="Column.All"/> in this row.</summary>
        public string Cell(string column) => $"{Key}.{column}";
    }

    public sealed record Table(int Year, IReadOnlyList<Row> Provinces, Row National, string Note, IReadOnlyList<string> Columns);

    public sealed record Query(int Year) : IQuery<Table>;

    public sealed record CellQuery(int Year, string Cell, int Page = 1, int PageSize = Paging.DefaultPageSize) : IQuery<CellRecords>, IFixedOrderPagedQuery;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.Year).InclusiveBetween(ReportYears.First, ReportYears.Last).WithName("year");
    }

    public sealed class CellValidator : FixedOrderPagingValidator<CellQuery>
    {
        public CellValidator()
        {
            RuleFor(q => q.Year).InclusiveBetween(ReportYears.First, ReportYears.Last).WithName("year");
            RuleFor(q => q.Cell).Must(c => c.LastIndexOf('.') is > 0 and var dot && Column.All.Contains(c[(dot + 1)..], StringComparer.Ordinal))
                .WithName("cell").WithMessage($"A cell is '{{row}}.{{column}}': a province code or '{National}', then one of {string.Join(", ", Column.All)}.");
        }
    }

    public static decimal Km2(decimal m2) => Math.Round(m2 / 1_000_000m, 2, MidpointRounding.AwayFromZero);

    public sealed class Handler(IReportingDb db) : IQueryHandler<Query, Table>, IQueryHandler<CellQuery, CellRecords>
    {
        public async ValueTask<Table> Handle(Query q, CancellationToken cancellationToken)
        {
            var (ledger, provinces) = await LedgerAsync(db, q.Year, cancellationToken);
            var rows = provinces.OrderBy(p => p.Value, StringComparer.Ordinal).Select(p => RowOf(ledger, p.Key, p.Value)).ToList();
            return new Table(q.Year, rows, RowOf(ledger, National, "National total"), Note, Column.All);
        }

        public async ValueTask<CellRecords> Handle(CellQuery q, CancellationToken cancellationToken)
        {
            var (ledger, provinces) = await LedgerAsync(db, q.Year, cancellationToken);
            var row = q.Cell[..q.Cell.LastIndexOf('.')];
            if (row != National && !provinces.ContainsKey(row) && !await db.AdminAreas.AnyAsync(a => a.Level == 1 && a.Code == row, cancellationToken))
            {
                throw new NotFoundException("Cell", q.Cell);
            }

            return ledger.Page(q.Cell, q.Page, q.PageSize);
        }

        private static Row RowOf(CellLedger l, string key, string name)
        {
            decimal V(string column) => l.Value($"{key}.{column}");
            return new Row(key, name, V(Column.Cancelled), V(Column.Reduced), V(Column.Cleared), V(Column.Total),
                (int)V(Column.ApMines), (int)V(Column.AvMines), (int)V(Column.OtherDevices), (int)V(Column.RenderedSafe), (int)V(Column.HandedOver));
        }
    }

    /// <summary>Every approved product released and device disposed of in the year, filed under its province's and the national cells.</summary>
    private static async Task<(CellLedger Ledger, Dictionary<string, string> Provinces)> LedgerAsync(IMineActionDb db, int year, CancellationToken ct)
    {
        var ledger = new CellLedger();
        var provinces = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var fact in await YearFacts.ReleasesAsync(db, year, ct))
        {
            var row = fact.ProvinceCode ?? NoProvince;
            provinces[row] = fact.ProvinceName ?? "(no province)";
            foreach (var column in Columns(fact))
            {
                ledger.Add([$"{row}.{column}", $"{National}.{column}"], fact.Record);
            }
        }

        return (ledger, provinces);
    }

    private static IEnumerable<string> Columns(YearFacts.Release fact)
    {
        if (fact.Outcome is { } outcome)
        {
            yield return outcome switch
            {
                ReleaseOutcome.Cancelled => Column.Cancelled,
                ReleaseOutcome.Reduced => Column.Reduced,
                _ => Column.Cleared,
            };
            yield return Column.Total;
        }
        else if (fact.Disposal is { } method)
        {
            yield return method switch
            {
                DisposalMethod.RenderedSafe => Column.RenderedSafe,
                DisposalMethod.HandedOver => Column.HandedOver,
                _ when TreatyCategories.ApmbcAntiPersonnelMines.Contains(fact.Category!.Value) => Column.ApMines,
                _ when fact.Category == DeviceCategory.AntiVehicleMine => Column.AvMines,
                _ => Column.OtherDevices,
            };
        }
    }
}
