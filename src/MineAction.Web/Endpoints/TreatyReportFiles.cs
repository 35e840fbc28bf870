using ClosedXML.Excel;
using Microsoft.AspNetCore.Http.HttpResults;
using MineAction.Application.Reporting;
using MineAction.Web.Components.Print;

namespace MineAction.Web.Endpoints;

/// <summary>An Article 7 report (live or a submitted edition) as an XLSX workbook — a cover, then one sheet per form in the UN template's column order — or as a printable page.</summary>
public static class TreatyReportFiles
{
    private const string Area = "#,##0.00";
    private const string Count = "#,##0";

    /// <summary>Where the figures come from: "live (generated …)" or "edition 2, submitted … by …, SHA-256 …".</summary>
    public sealed record Provenance(string Text);

    public static IResult Xlsx(TreatyReport report, Provenance provenance)
    {
        using var workbook = new XLWorkbook();
        var cover = workbook.AddWorksheet("Report");
        cover.Cell(1, 1).SetValue($"{Name(report)} Article 7 report, calendar year {report.Year}").Style.Font.SetBold();
        cover.Cell(2, 1).SetValue(provenance.Text);
        var line = 4;
        foreach (var form in report.Forms)
        {
            cover.Cell(line, 1).SetValue($"Form {form.Code}");
            cover.Cell(line++, 2).SetValue(form.Title);
        }

        cover.Column(1).Width = 10;
        cover.Column(2).Width = 90;
        foreach (var form in report.Forms)
        {
            if (form.FigureColumns.Count == 0 && form.LabelColumns.Count == 0)
            {
                var sheet = workbook.AddWorksheet($"Form {form.Code}");
                sheet.Cell(1, 1).SetValue(form.Title).Style.Font.SetBold();
                sheet.Cell(2, 1).SetValue(form.Text ?? form.Note ?? string.Empty).Style.Alignment.SetWrapText();
                sheet.Column(1).Width = 120;
                continue;
            }

            DonorReportFiles.Sheet(workbook, $"Form {form.Code}", [.. form.LabelColumns, .. form.FigureColumns.Select(c => c.Title)],
                form.Rows.Select(r => (object?[])[.. r.Labels, .. r.Figures.Cast<object?>()]),
                [.. form.LabelColumns.Select(_ => (string?)null), .. form.FigureColumns.Select(c => (string?)(c.HasDecimals ? Area : Count))]);
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return Results.File(stream.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{FileName(report)}.xlsx");
    }

    public static RazorComponentResult<Article7Print> Html(TreatyReport report, Provenance provenance) =>
        new(new { Report = report, Provenance = provenance.Text, Title = $"{Name(report)} Article 7 report {report.Year}" });

    public static string Name(TreatyReport report) => report.Convention.ToString().ToUpperInvariant();

    private static string FileName(TreatyReport report) => $"article7-{report.Convention.ToString().ToLowerInvariant()}-{report.Year}";
}
