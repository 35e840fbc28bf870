using ClosedXML.Excel;
using MineAction.Application.DataImport;

namespace MineAction.Web.Endpoints;

/// <summary>
/// An empty file per record type that imports as it is once filled: CSV with the HXL hashtag row, or XLSX with a note on every column
/// and pick lists (data validation) for the coded ones, their choices on a "choices" sheet.
/// </summary>
public static class ImportTemplates
{
    private const int PickListRows = 10_000;

    public static IResult Csv(RecordImporter importer) =>
        Endpoints.Csv.File($"{importer.Type}-template.csv",
            [.. importer.Columns.Select(c => new CsvColumn<object>(c.Name, c.Hxl, _ => null))], Array.Empty<object>());

    public static IResult Xlsx(RecordImporter importer)
    {
        using var workbook = new XLWorkbook();
        var data = workbook.AddWorksheet("data");
        var choices = workbook.AddWorksheet("choices");
        var list = 0;
        for (var i = 0; i < importer.Columns.Count; i++)
        {
            var column = importer.Columns[i];
            var header = data.Cell(1, i + 1);
            header.SetValue(column.Name).Style.Font.SetBold();
            header.Comment.AddText($"{(column.Required ? "Required. " : string.Empty)}{column.Note}");
            data.Cell(2, i + 1).SetValue(column.Hxl).Style.Font.SetItalic();
            data.Column(i + 1).Width = Math.Max(14, column.Name.Length + 4);
            if (column.Choices is { Count: > 0 } values)
            {
                list++;
                choices.Cell(1, list).SetValue(column.Name).Style.Font.SetBold();
                for (var v = 0; v < values.Count; v++)
                {
                    choices.Cell(v + 2, list).SetValue(values[v]);
                }

                if (!column.Note.Contains("separated", StringComparison.Ordinal))
                {
                    var range = choices.Range(2, list, values.Count + 1, list);
                    var validation = data.Range(3, i + 1, PickListRows, i + 1).SetDataValidation();
                    validation.List(range);
                    validation.IgnoreBlanks = true;
                }
            }
        }

        data.SheetView.FreezeRows(2);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return Results.File(stream.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{importer.Type}-template.xlsx");
    }
}
