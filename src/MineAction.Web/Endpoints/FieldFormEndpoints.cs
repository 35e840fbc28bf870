using ClosedXML.Excel;
using Microsoft.AspNetCore.Http.HttpResults;
using MineAction.Application.FieldCollection;

namespace MineAction.Web.Endpoints;

/// <summary>XLSForm definitions to upload to ODK Central or KoboToolbox; their submission exports come back through /imports.</summary>
public static class FieldFormEndpoints
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void MapFieldForms(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/field-forms").WithTags("Field collection").RequireAuthorization(Policies.DataEntry);
        group.MapGet("/", List).WithName("ListFieldForms")
            .WithSummary("The field forms the app publishes and the import record type their submission exports feed.").WithStandardErrors();
        group.MapGet("/{id}.xlsx", Xlsx).WithName("GetFieldForm")
            .WithSummary("The form as an XLSForm (survey, choices and settings sheets), built from the current rules and organisations.")
            .Produces(StatusCodes.Status200OK, contentType: XlsxType).ProducesProblem(StatusCodes.Status404NotFound).WithStandardErrors();
    }

    private static Ok<IReadOnlyList<FieldFormSummary>> List() => TypedResults.Ok(FieldForms.All);

    private static async Task<IResult> Xlsx(string id, IMediator mediator, CancellationToken ct)
    {
        var form = await mediator.Send(new GetFieldForm.Query(id), ct);
        return Results.File(Workbook(form), XlsxType, $"{form.FormId}.xlsx");
    }

    /// <summary>The XLSForm workbook: column names as the XLSForm specification gives them.</summary>
    public static byte[] Workbook(FieldForm form)
    {
        using var workbook = new XLWorkbook();
        Sheet(workbook, "survey", ["type", "name", "label", "hint", "required", "relevant", "constraint", "constraint_message", "default",
            "calculation"], form.Survey.Select(q => new[]
            {
                q.Type, q.Name, q.Label, q.Hint, q.Required ? "yes" : null, q.Relevant, q.Constraint, q.ConstraintMessage, q.Default, q.Calculation,
            }));
        Sheet(workbook, "choices", ["list_name", "name", "label"], form.Choices.Select(c => new[] { c.ListName, c.Name, c.Label }));
        Sheet(workbook, "settings", ["form_title", "form_id", "version"], [[form.Title, form.FormId, form.Version]]);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static void Sheet(XLWorkbook workbook, string name, string[] header, IEnumerable<string?[]> rows)
    {
        var sheet = workbook.AddWorksheet(name);
        for (var c = 0; c < header.Length; c++)
        {
            sheet.Cell(1, c + 1).SetValue(header[c]).Style.Font.SetBold();
        }

        var r = 2;
        foreach (var row in rows)
        {
            for (var c = 0; c < row.Length; c++)
            {
                if (row[c] is { } value)
                {
                    sheet.Cell(r, c + 1).SetValue(value);
                }
            }

            r++;
        }

        sheet.Columns(1, header.Length).Width = 24;
    }
}
