using System.Text.Json;
using MineAction.Domain.Reporting;

namespace MineAction.Application.Reporting;

/// <summary>The year's report of a convention with the ledger of its cells, and the one JSON form reports and editions are written in.</summary>
public static class TreatyReports
{
    /// <summary>camelCase, enums by name: the API's own form, so an edition's stored content reads like the live report.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static Task<(TreatyReport Report, CellLedger Ledger)> BuildAsync(IMineActionDb db, Convention convention, int year, CancellationToken ct) =>
        convention switch
        {
            Convention.Apmbc => ApmbcReport.BuildAsync(db, year, ct),
            _ => CcmReport.BuildAsync(db, year, ct),
        };

    /// <summary>Every figure of a report by its cell id (zeros included).</summary>
    public static Dictionary<string, decimal> Figures(TreatyReport report) =>
        report.Forms.SelectMany(f => f.Rows.SelectMany(r => f.FigureColumns.Select((c, i) => (Cell: ReportForm.CellOf(f.Code, r.Key, c.Key), Value: r.Figures[i]))))
            .ToDictionary(x => x.Cell, x => x.Value, StringComparer.Ordinal);
}
