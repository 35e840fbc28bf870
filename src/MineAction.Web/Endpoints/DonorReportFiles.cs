using ClosedXML.Excel;
using MineAction.Application.Resources;

namespace MineAction.Web.Endpoints;

/// <summary>The donor report as CSV (money by donor, fund and currency, with an HXL row) and as an XLSX workbook (money, funds, schedule, outputs, predictability).</summary>
public static class DonorReportFiles
{
    private static readonly (string Header, string Hxl)[] MoneyColumns =
    [
        ("Donor", "#org +funding"), ("Fund", "#org +fund"), ("Currency", "#currency"),
        ("Pledged", "#value +pledged"), ("Committed", "#value +committed"), ("Received", "#value +received"),
        ("Disbursed", "#value +disbursed"), ("Spent", "#value +spent"),
        ("Pledged USD", "#value +pledged +usd"), ("Committed USD", "#value +committed +usd"), ("Received USD", "#value +funding +usd"),
        ("Disbursed USD", "#value +disbursed +usd"), ("Spent USD", "#value +spent +usd"),
    ];

    private static object[] Cells(DonorReport.MoneyRow r) =>
        [r.Donor, r.Fund, r.Currency, r.Pledged, r.Committed, r.Received, r.Disbursed, r.Spent, r.PledgedUsd, r.CommittedUsd, r.ReceivedUsd,
         r.DisbursedUsd, r.SpentUsd];

    public static IResult Csv(DonorReport.Report report)
    {
        var csv = new Csv(MoneyColumns);
        foreach (var row in report.Money)
        {
            csv.Row(Cells(row));
        }

        return csv.ToResult($"donor-report-{report.From:yyyyMMdd}-{report.To:yyyyMMdd}.csv");
    }

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

    private static void Sheet(XLWorkbook workbook, string name, IEnumerable<string> headers, IEnumerable<object[]> rows)
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
                sheet.Cell(line, i + 1).Value = row[i];
            }

            line++;
        }
    }
}
