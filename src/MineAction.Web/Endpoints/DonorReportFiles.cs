using ClosedXML.Excel;
using MineAction.Application.Resources;

namespace MineAction.Web.Endpoints;

/// <summary>The donor report as CSV (money by donor, fund and currency, with an HXL row) and as an XLSX workbook (money, funds, schedule, outputs, predictability).</summary>
public static class DonorReportFiles
{
    /// <summary>
    /// HXL: <c>#currency</c> names the currency of the row's <c>#value</c> columns, so the amounts converted to US dollars are
    /// <c>#indicator +num +usd</c>, not <c>#value</c> under a non-USD currency.
    /// </summary>
    private static readonly CsvColumn<DonorReport.MoneyRow>[] MoneyColumns =
    [
        new("Donor", "#org +funder +name", r => r.Donor), new("Fund", "#activity +programme +name", r => r.Fund), new("Currency", "#currency", r => r.Currency),
        new("Pledged", "#value +pledged", r => r.Pledged), new("Committed", "#value +committed", r => r.Committed),
        new("Received", "#value +received", r => r.Received), new("Disbursed", "#value +disbursed", r => r.Disbursed),
        new("Spent", "#value +spent", r => r.Spent),
        new("Pledged USD", "#indicator +num +usd +pledged", r => r.PledgedUsd), new("Committed USD", "#indicator +num +usd +committed", r => r.CommittedUsd),
        new("Received USD", "#indicator +num +usd +received", r => r.ReceivedUsd), new("Disbursed USD", "#indicator +num +usd +disbursed", r => r.DisbursedUsd),
        new("Spent USD", "#indicator +num +usd +spent", r => r.SpentUsd),
    ];

    private static object?[] Cells(DonorReport.MoneyRow r) => MoneyColumns.Select(c => c.Value(r)).ToArray();

    public static IResult Csv(DonorReport.Report report) =>
        Endpoints.Csv.File($"donor-report-{report.From:yyyyMMdd}-{report.To:yyyyMMdd}.csv", MoneyColumns, report.Money);

    public static IResult Xlsx(DonorReport.Report report)
    {
        using var workbook = new XLWorkbook();
        Sheet(workbook, "Money", MoneyColumns.Select(c => c.Header), report.Money.Select(Cells));
        Sheet(workbook, "Funds", ["Fund", "Currency", "Pledged", "Committed", "Received", "Disbursed", "Spent", "Received USD", "Disbursed USD", "Spent USD"],
            report.Funds.Select(f => new object[]
            {
                f.Fund, f.Currency, f.Pledged, f.Committed, f.Received, f.Disbursed, f.Spent, f.ReceivedUsd, f.DisbursedUsd, f.SpentUsd,
            }));
        Sheet(workbook, "Schedule", ["Donor", "Fund", "Reference", "Currency", "Year", "Amount"],
            report.Schedule.Select(s => new object[] { s.Donor, s.Fund, s.Reference, s.Currency, s.Year, s.Amount }));
        Sheet(workbook, "Outputs",
            ["Donor", "Project", "Share", "Spent USD", "Cancelled m2", "Reduced m2", "Cleared m2", "Devices destroyed", "EORE girls", "EORE boys",
             "EORE women", "EORE men", "VA services", "Cost per m2 USD"],
            report.Outputs.Select(o => new object[]
            {
                o.Donor, o.Project, o.Share, o.SpentUsd, Math.Round(o.Outputs.CancelledM2), Math.Round(o.Outputs.ReducedM2), Math.Round(o.Outputs.ClearedM2),
                o.Outputs.DevicesDestroyed, o.Outputs.EoreReached.Girls, o.Outputs.EoreReached.Boys, o.Outputs.EoreReached.Women, o.Outputs.EoreReached.Men,
                o.Outputs.AssistanceServices, o.CostPerM2Usd is { } c ? c : string.Empty,
            }));
        Sheet(workbook, "Predictability", ["Donor", "Committed USD", "Multi-year committed USD", "Multi-year share"],
            report.Predictability.Select(p => new object[] { p.Donor, p.CommittedUsd, p.MultiYearCommittedUsd, p.MultiYearShare }));
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return Results.File(stream.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            $"donor-report-{report.From:yyyyMMdd}-{report.To:yyyyMMdd}.xlsx");
    }

    private static void Sheet(XLWorkbook workbook, string name, IEnumerable<string> headers, IEnumerable<object?[]> rows)
    {
        var sheet = workbook.AddWorksheet(name);
        var column = 1;
        foreach (var header in headers)
        {
            sheet.Cell(1, column++).SetValue(header).Style.Font.SetBold();
        }

        var line = 2;
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                sheet.Cell(line, i + 1).Value = row[i] ?? string.Empty;
            }

            line++;
        }
    }
}
