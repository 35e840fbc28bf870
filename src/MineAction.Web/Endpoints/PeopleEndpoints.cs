using Microsoft.AspNetCore.Http.HttpResults;
using MineAction.Application.People;
using MineAction.Domain.People;

namespace MineAction.Web.Endpoints;

public static class PeopleEndpoints
{
    public sealed record CasualtyRequest(MineAction.Domain.People.Sex? Sex, MineAction.Domain.People.AgeGroup? AgeGroup,
        MineAction.Domain.People.CasualtyOutcome? Outcome, IReadOnlyList<MineAction.Domain.People.Injury>? Injuries, bool HasDisability,
        AddCasualty.PersonalDataInput? PersonalData);

    public sealed record ServiceRequest(DateOnly? DeliveredOn, Guid? ProviderId, MineAction.Domain.People.Pillar? Pillar, decimal? CostUsd);

    public sealed record ReferralRequest(Guid? ProviderId, MineAction.Domain.People.Pillar? Pillar, DateOnly? ReferredOn);

    public sealed record ReferralStatusRequest(MineAction.Domain.People.ReferralStatus? Status);

    public sealed record FollowUpRequest(DateOnly? NextFollowUpOn, IReadOnlyList<MineAction.Domain.People.Pillar>? Needs);

    public sealed record CloseRequest(DateOnly? ClosedOn, string? Reason);

    private static void MapAssistance(RouteGroupBuilder api)
    {
        var cases = api.MapGroup("/assistance-cases").WithTags("Victim assistance");
        cases.MapPost("/", async Task<Created<AssistanceCaseDto>> (OpenAssistanceCase.Command command, IMediator mediator, CancellationToken ct) =>
            {
                var opened = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/v1/assistance-cases/{opened.Id}", opened);
            })
            .WithName("OpenAssistanceCase")
            .WithSummary("Open a case for a survivor, or for an indirect victim (relationship to the casualty), with needs by pillar.")
            .WithStandardErrors(write: true);
        cases.MapGet("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetAssistanceCase.Query(id), ct)))
            .WithName("GetAssistanceCase")
            .WithStandardErrors();
        cases.MapPost("/{id:guid}/services", async (Guid id, ServiceRequest b, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new RecordAssistanceService.Command(id, b.DeliveredOn, b.ProviderId, b.Pillar, b.CostUsd), ct)))
            .WithName("RecordAssistanceService")
            .WithStandardErrors(write: true);
        cases.MapPost("/{id:guid}/follow-up", async (Guid id, FollowUpRequest b, IMediator mediator, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new FollowUpAssistanceCase.Command(id, ETags.Expected(http.Request, required: false),
                    b.NextFollowUpOn, b.Needs), ct)))
            .WithName("FollowUpAssistanceCase")
            .WithSummary("Record a follow-up: the next follow-up date and the needs as re-assessed.")
            .WithStandardErrors(write: true);
        cases.MapPost("/{id:guid}/close", async (Guid id, CloseRequest b, IMediator mediator, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new CloseAssistanceCase.Command(id, ETags.Expected(http.Request, required: false),
                    b.ClosedOn, b.Reason), ct)))
            .WithName("CloseAssistanceCase")
            .WithSummary("Close the case on a date, with the reason.")
            .WithStandardErrors(write: true);
        cases.MapPost("/{id:guid}/referrals", async (Guid id, ReferralRequest b, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ReferCase.Command(id, b.ProviderId, b.Pillar, b.ReferredOn), ct)))
            .WithName("ReferCase")
            .WithSummary("Refer the case to a provider for one pillar of assistance.")
            .WithStandardErrors(write: true);
        cases.MapPost("/{id:guid}/referrals/{referralId:guid}/status", async (Guid id, Guid referralId, ReferralStatusRequest b, IMediator mediator,
                CancellationToken ct) => TypedResults.Ok(await mediator.Send(new MoveReferral.Command(id, referralId, b.Status), ct)))
            .WithName("MoveReferral")
            .WithSummary("Move a referral on: Accepted, Completed or Declined.")
            .WithStandardErrors(write: true);
        cases.MapGet("/", async (IMediator mediator, CancellationToken ct, CaseStatus? status = null, Pillar? need = null, int page = 1,
                int pageSize = Paging.DefaultPageSize) =>
                TypedResults.Ok(await mediator.Send(new ListAssistanceCases.Query(status, need, page, pageSize), ct)))
            .WithName("ListAssistanceCases")
            .WithSummary("The case register (victim codes only), filtered by status or assessed need, newest first.")
            .WithStandardErrors();
        cases.MapGet("/overdue", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new OverdueFollowUps.Query(), ct)))
            .WithName("OverdueFollowUps")
            .WithStandardErrors();
        cases.MapGet("/statistics", async (IMediator mediator, CancellationToken ct, int? year = null) =>
                TypedResults.Ok(await mediator.Send(new AssistanceStatistics.Query(year), ct)))
            .WithName("AssistanceStatistics")
            .WithSummary("Services delivered by year, pillar and sex, with cost — no personal data.")
            .WithStandardErrors();
    }

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

        accidents.MapGet("/", async (IMediator mediator, CancellationToken ct, int? year = null, Guid? provinceId = null, int page = 1,
                int pageSize = MineAction.Application.Common.Paging.DefaultPageSize) =>
                TypedResults.Ok(await mediator.Send(new ListAccidents.Query(year, provinceId, page, pageSize), ct)))
            .WithName("ListAccidents")
            .WithStandardErrors();

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
            .RequireAuthorization(Policies.DataEntry)
            .WithStandardErrors(write: true);
        eore.MapReviewActions("EoreSession", (id, version, decision, comment) => new ReviewEoreSession.Command(id, version, decision, comment),
            e => e.RowVersion);
        eore.MapGet("/totals", async (IMediator mediator, CancellationToken ct, int? year = null, Guid? provinceId = null) =>
                TypedResults.Ok(await mediator.Send(new EoreTotals.Query(year, provinceId), ct)))
            .WithName("EoreTotals")
            .WithSummary("People reached per year and province by sex and age, and of them persons with disabilities (approved sessions).")
            .WithStandardErrors();

        MapAssistance(api);

        api.MapGet("/casualties/statistics", async (IMediator mediator, CancellationToken ct, int? year = null) =>
                TypedResults.Ok(await mediator.Send(new CasualtyStatistics.Query(year), ct)))
            .WithTags("Accidents and victims")
            .WithName("CasualtyStatistics")
            .WithSummary("Killed and injured by year, sex, age group, device category and activity — no personal data.")
            .WithStandardErrors();
    }
}
