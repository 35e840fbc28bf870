using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using MineAction.Application.People;

namespace MineAction.Web.Endpoints;

public static class PeopleEndpoints
{
    public sealed record CasualtyRequest(MineAction.Domain.People.Sex? Sex, MineAction.Domain.People.AgeGroup? AgeGroup,
        MineAction.Domain.People.CasualtyOutcome? Outcome, IReadOnlyList<MineAction.Domain.People.Injury>? Injuries, bool HasDisability,
        AddCasualty.PersonalDataInput? PersonalData);

    public static void MapPeople(this RouteGroupBuilder api)
    {
        var accidents = api.MapGroup("/accidents").WithTags("Accidents and victims");

        accidents.MapPost("/", async Task<Created<AccidentDto>> (RecordAccident.Command command, IMediator mediator, CancellationToken ct) =>
            {
                var accident = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/v1/accidents/{accident.Id}", accident);
            })
            .WithName("RecordAccident")
            .WithStandardErrors(write: true);

        accidents.MapGet("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetAccident.Query(id), ct)))
            .WithName("GetAccident")
            .WithSummary("An accident with its casualties; personal data only for victim assistance officers and administrators (each read audited).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithStandardErrors();

        accidents.MapPost("/{id:guid}/casualties", async Task<Created<CasualtyDto>> (Guid id, CasualtyRequest b, IMediator mediator, CancellationToken ct) =>
            {
                var casualty = await mediator.Send(new AddCasualty.Command(id, b.Sex, b.AgeGroup, b.Outcome, b.Injuries, b.HasDisability, b.PersonalData), ct);
                return TypedResults.Created($"/api/v1/accidents/{id}", casualty);
            })
            .WithName("AddCasualty")
            .WithSummary("Add a casualty; personal data is encrypted and accepted only from victim assistance officers and administrators.")
            .WithStandardErrors(write: true);

        api.MapGet("/casualties", async (IMediator mediator, CancellationToken ct, string? search = null) =>
                TypedResults.Ok(await mediator.Send(new SearchCasualties.Query(search), ct)))
            .WithTags("Accidents and victims")
            .WithName("SearchCasualties")
            .WithSummary("Find casualties by victim code (and by name, for the roles allowed to read personal data).")
            .WithStandardErrors();

        var eore = api.MapGroup("/eore-sessions").WithTags("Risk education");
        eore.MapPost("/", async Task<Created<EoreSessionDto>> (RecordEoreSession.Command command, IMediator mediator, CancellationToken ct) =>
            {
                var session = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/v1/eore-sessions/totals?provinceId={session.ProvinceId}", session);
            })
            .WithName("RecordEoreSession")
            .WithSummary("Record a risk education session: delivery method, audience, people reached by sex and age and, of them, with disabilities.")
            .RequireAuthorization(MineAction.Web.Security.SecuritySetup.DataEntry)
            .WithStandardErrors(write: true);
        eore.MapReviewActions("EoreSession", (id, version, decision, comment) => new ReviewEoreSession.Command(id, version, decision, comment),
            e => e.RowVersion);
        eore.MapGet("/totals", async (IMediator mediator, CancellationToken ct, int? year = null, Guid? provinceId = null) =>
                TypedResults.Ok(await mediator.Send(new EoreTotals.Query(year, provinceId), ct)))
            .WithName("EoreTotals")
            .WithSummary("People reached per year and province by sex and age, and of them persons with disabilities (approved sessions).")
            .WithStandardErrors();

        api.MapGet("/casualties/statistics", async (IMediator mediator, CancellationToken ct, int? year = null) =>
                TypedResults.Ok(await mediator.Send(new CasualtyStatistics.Query(year), ct)))
            .WithTags("Accidents and victims")
            .WithName("CasualtyStatistics")
            .WithSummary("Killed and injured by year, sex, age group, device category and activity — no personal data.")
            .WithStandardErrors();
    }
}
