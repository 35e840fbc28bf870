using Microsoft.AspNetCore.Http.HttpResults;
using MineAction.Application.Programme;
using MineAction.Domain.Programme;

namespace MineAction.Web.Endpoints;

public static class ProgrammeEndpoints
{
    public static void MapProgramme(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/programme").WithTags("Programme settings");
        group.MapGet("/settings", (IMediator mediator, CancellationToken ct) => Settings(mediator.Send(new GetProgrammeSettings.Query(), ct)))
            .WithName("GetProgrammeSettings")
            .WithSummary("The national programme's settings: name, country, reporting currency, default clearance depth, task-priority weights, IATI identity.")
            .WithStandardErrors();
        group.MapPut("/settings", Update).WithName("UpdateProgrammeSettings")
            .WithSummary("Replace the programme's settings (administrators; If-Match with the ETag last read). IATI values are checked against the IATI codelists.")
            .RequireAuthorization(Policies.Administrator).WithStandardErrors(write: true);
        group.MapGet("/logo", Logo).WithName("GetProgrammeLogo").WithSummary("The programme's logo for reports (PNG or JPEG); 404 when none is set.")
            .Produces(StatusCodes.Status200OK, contentType: "image/png").ProducesProblem(StatusCodes.Status404NotFound).WithStandardErrors();
        group.MapPut("/logo", ChangeLogo).WithName("ChangeProgrammeLogo")
            .WithSummary("Set the programme's logo from the request body: a PNG or JPEG of at most 512 KB (administrators).")
            .Accepts<byte[]>("image/png", "image/jpeg").RequireAuthorization(Policies.Administrator).WithStandardErrors(write: true);
        group.MapDelete("/logo", RemoveLogo).WithName("RemoveProgrammeLogo")
            .WithSummary("Remove the programme's logo (administrators; the change is audited).")
            .RequireAuthorization(Policies.Administrator).WithStandardErrors(write: true);
        group.MapGet("/setup-checklist", Checklist).WithName("GetSetupChecklist")
            .WithSummary("What a fresh installation still needs (programme named, boundaries loaded, IATI identity, organisations); administrators.")
            .RequireAuthorization(Policies.Administrator).WithStandardErrors();
    }

    private static async Task<Ok<ProgrammeSettingsDto>> Settings(ValueTask<ProgrammeSettingsDto> settings) => TypedResults.Ok(await settings);

    private static async Task<Ok<ProgrammeSettingsDto>> Update(UpdateProgrammeSettings.Command command, IMediator mediator, HttpContext http,
        CancellationToken ct) =>
        await Settings(mediator.Send(command with { ExpectedVersion = ETags.Required(http) }, ct));

    private static async Task<Results<FileContentHttpResult, NotFound>> Logo(IMediator mediator, HttpContext http, CancellationToken ct)
    {
        if (await mediator.Send(new GetProgrammeLogo.Query(), ct) is not { } logo)
        {
            return TypedResults.NotFound();
        }

        ETags.Set(http, logo.RowVersion);
        return TypedResults.File(logo.Image, logo.ContentType);
    }

    private static async Task<Ok<ProgrammeSettingsDto>> ChangeLogo(HttpContext http, IMediator mediator, CancellationToken ct)
    {
        // At most one byte more than allowed is read: enough for the domain to refuse it, never a whole oversized upload in memory.
        var image = await http.Request.Body.ReadAtMostAsync(ProgrammeSettings.MaxLogoBytes, ct);
        return await Settings(mediator.Send(new ChangeProgrammeLogo.Command(image) { ExpectedVersion = ETags.Optional(http) }, ct));
    }

    private static async Task<Ok<ProgrammeSettingsDto>> RemoveLogo(IMediator mediator, HttpContext http, CancellationToken ct) =>
        await Settings(mediator.Send(new ChangeProgrammeLogo.Command(null) { ExpectedVersion = ETags.Optional(http) }, ct));

    private static async Task<Ok<SetupChecklist.Checklist>> Checklist(IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new SetupChecklist.Query(), ct));
}
