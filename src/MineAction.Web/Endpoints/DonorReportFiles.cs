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

    private const string Money = "#,##0.00";
    private const string Whole = "#,##0";
    private const string Percent = "0.0%";

    /// <summary>
    /// The workbook: a cover sheet with the period and when it was generated, then one sheet per part of the report. Amounts carry
    /// thousands separators and two decimals, shares are percentages, years and counts whole numbers, dates real dates.
    /// </summary>
    public static IResult Xlsx(DonorReport.Report report, DateTimeOffset generatedAt)
    {
        using var workbook = new XLWorkbook();
        var cover = workbook.AddWorksheet("Report");
        cover.Cell(1, 1).SetValue("MineAction donor report").Style.Font.SetBold();
        cover.Cell(2, 1).SetValue("Period from");
        cover.Cell(2, 2).SetValue(report.From.ToDateTime(TimeOnly.MinValue)).Style.NumberFormat.Format = "yyyy-mm-dd";
        cover.Cell(3, 1).SetValue("Period to");
        cover.Cell(3, 2).SetValue(report.To.ToDateTime(TimeOnly.MinValue)).Style.NumberFormat.Format = "yyyy-mm-dd";
        cover.Cell(4, 1).SetValue("Generated (UTC)");
        cover.Cell(4, 2).SetValue(generatedAt.UtcDateTime).Style.NumberFormat.Format = "yyyy-mm-dd hh:mm";
        cover.Column(1).Width = 18;
        cover.Column(2).Width = 18;

        Sheet(workbook, "Money", MoneyColumns.Select(c => c.Header), report.Money.Select(Cells), [null, null, null, .. Enumerable.Repeat(Money, 10)]);
        Sheet(workbook, "Funds", ["Fund", "Currency", "Pledged", "Committed", "Received", "Disbursed", "Spent", "Received USD", "Disbursed USD", "Spent USD"],
            report.Funds.Select(f => new object?[]
            {
                f.Fund, f.Currency, f.Pledged, f.Committed, f.Received, f.Disbursed, f.Spent, f.ReceivedUsd, f.DisbursedUsd, f.SpentUsd,
            }), [null, null, .. Enumerable.Repeat(Money, 8)]);
        Sheet(workbook, "Schedule", ["Donor", "Fund", "Reference", "Currency", "Year", "Amount"],
            report.Schedule.Select(s => new object?[] { s.Donor, s.Fund, s.Reference, s.Currency, s.Year, s.Amount }), [null, null, null, null, "0", Money]);
        Sheet(workbook, "Outputs",
            ["Donor", "Project", "Share", "Spent USD", "Cancelled m2", "Reduced m2", "Cleared m2", "Devices destroyed", "EORE girls", "EORE boys",
             "EORE women", "EORE men", "VA services", "Cost per m2 USD"],
            report.Outputs.Select(o => new object?[]
            {
                o.Donor, o.Project, o.Share, o.SpentUsd, Math.Round(o.Outputs.CancelledM2), Math.Round(o.Outputs.ReducedM2), Math.Round(o.Outputs.ClearedM2),
                o.Outputs.DevicesDestroyed, o.Outputs.EoreReached.Girls, o.Outputs.EoreReached.Boys, o.Outputs.EoreReached.Women, o.Outputs.EoreReached.Men,
                o.Outputs.AssistanceServices, o.CostPerM2Usd,
            }), [null, null, Percent, Money, .. Enumerable.Repeat(Whole, 9), Money]);
        Sheet(workbook, "Predictability", ["Donor", "Committed USD", "Multi-year committed USD", "Multi-year share"],
            report.Predictability.Select(p => new object?[] { p.Donor, p.CommittedUsd, p.MultiYearCommittedUsd, p.MultiYearShare }),
            [null, Money, Money, Percent]);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return Results.File(stream.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            $"donor-report-{report.From:yyyyMMdd}-{report.To:yyyyMMdd}.xlsx");
    }

    internal static void Sheet(XLWorkbook workbook, string name, IEnumerable<string> headers, IEnumerable<object?[]> rows, string?[] formats)
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

        for (var i = 0; i < formats.Length; i++)
        {
            if (formats[i] is { } format)
            {
                sheet.Column(i + 1).Style.NumberFormat.Format = format;
            }
        }

        sheet.Columns(1, formats.Length).Width = 16;
    }
}
