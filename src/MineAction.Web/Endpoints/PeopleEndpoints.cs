using Microsoft.AspNetCore.Http.HttpResults;
using MineAction.Application.Geography;
using MineAction.Application.People;

namespace MineAction.Web.Endpoints;

/// <summary>
/// Accidents and casualties, victim assistance, risk education, and their statistics (JSON, or CSV with an HXL row). The statistics
/// come from aggregate queries that never touch the personal-data table: no names, IDs, dates of birth or victim codes reach a file.
/// </summary>
public static class PeopleEndpoints
{
    public static void MapPeople(this RouteGroupBuilder api)
    {
        MapAccidents(api);
        MapAssistance(api);
        MapRiskEducation(api);
    }

    private static void MapAccidents(RouteGroupBuilder api)
    {
        var accidents = api.MapGroup("/accidents").WithTags("Accidents and victims");
        accidents.MapGet("/", ListAccidents).WithName("ListAccidents").WithStandardErrors();
        accidents.MapGet("/export.geojson", ExportAccidents).WithName("ExportAccidentsGeoJson")
            .WithSummary("The accidents the list's filters select as a GeoJSON FeatureCollection of points (no personal data), streamed.")
            .Produces(StatusCodes.Status200OK, contentType: GeoJsonFile.ContentType).WithStandardErrors();
        accidents.MapPost("/", RecordAccident).WithName("RecordAccident").WithStandardErrors(write: true);
        accidents.MapGet("/{id:guid}", GetAccident).WithName("GetAccident")
            .WithSummary("An accident with its casualties; personal data only for victim assistance officers and administrators (each read audited).")
            .ProducesProblem(StatusCodes.Status404NotFound).WithStandardErrors();
        accidents.MapPost("/{id:guid}/casualties", AddCasualty).WithName("AddCasualty")
            .WithSummary("Add a casualty; personal data is encrypted and accepted only from victim assistance officers and administrators.")
            .WithStandardErrors(write: true);

        var casualties = api.MapGroup("/casualties").WithTags("Accidents and victims");
        casualties.MapGet("/", SearchCasualties).WithName("SearchCasualties")
            .WithSummary("Find casualties by victim code (and by name, for the roles allowed to read personal data).").WithStandardErrors();
        casualties.MapGet("/{id:guid}", GetCasualty).WithName("GetCasualty")
            .WithSummary("A casualty; personal data only for victim assistance officers and administrators (each read audited).")
            .ProducesProblem(StatusCodes.Status404NotFound).WithStandardErrors();
        casualties.MapGet("/statistics", CasualtyStatistics).WithName("CasualtyStatistics")
            .WithSummary("Killed and injured by year, sex, age group, device category and activity — no personal data.").WithStandardErrors();
        casualties.MapGet("/statistics.csv", ExportCasualtyStatistics).WithName("ExportCasualtyStatistics")
            .WithSummary("Killed and injured by year, sex, age group, device category and activity as CSV + HXL — no personal data.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv").WithStandardErrors();
    }

    private static void MapAssistance(RouteGroupBuilder api)
    {
        var cases = api.MapGroup("/assistance-cases").WithTags("Victim assistance");
        cases.MapGet("/", ListCases).WithName("ListAssistanceCases")
            .WithSummary("The case register (victim codes only), filtered by status or assessed need, newest first.").WithStandardErrors();
        cases.MapPost("/", OpenCase).WithName("OpenAssistanceCase")
            .WithSummary("Open a case for a survivor, or for an indirect victim (relationship to the casualty), with needs by pillar.")
            .WithStandardErrors(write: true);
        cases.MapGet("/{id:guid}", GetCase).WithName("GetAssistanceCase").ProducesProblem(StatusCodes.Status404NotFound).WithStandardErrors();
        cases.MapPost("/{id:guid}/services", RecordService).WithName("RecordAssistanceService").WithStandardErrors(write: true);
        cases.MapPost("/{id:guid}/follow-up", FollowUp).WithName("FollowUpAssistanceCase")
            .WithSummary("Record a follow-up: the next follow-up date and the needs as re-assessed.").WithStandardErrors(write: true);
        cases.MapPost("/{id:guid}/close", CloseCase).WithName("CloseAssistanceCase")
            .WithSummary("Close the case on a date, with the reason.").WithStandardErrors(write: true);
        cases.MapPost("/{id:guid}/referrals", Refer).WithName("ReferCase")
            .WithSummary("Refer the case to a provider for one pillar of assistance.").WithStandardErrors(write: true);
        cases.MapPost("/{id:guid}/referrals/{referralId:guid}/status", MoveReferral).WithName("MoveReferral")
            .WithSummary("Move a referral on: Accepted, Completed or Declined.").WithStandardErrors(write: true);
        cases.MapGet("/overdue", Overdue).WithName("OverdueFollowUps").WithStandardErrors();
        cases.MapGet("/statistics", AssistanceStatistics).WithName("AssistanceStatistics")
            .WithSummary("Services delivered by year, pillar and sex, with cost — no personal data.").WithStandardErrors();
        cases.MapGet("/statistics.csv", ExportAssistanceStatistics).WithName("ExportAssistanceStatistics")
            .WithSummary("Services delivered by year, pillar and sex, with cost, as CSV + HXL — no personal data.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv").WithStandardErrors();
    }

    private static void MapRiskEducation(RouteGroupBuilder api)
    {
        var eore = api.MapGroup("/eore-sessions").WithTags("Risk education");
        eore.MapPost("/", RecordSession).WithName("RecordEoreSession")
            .WithSummary("Record a risk education session: delivery method, audience, people reached by sex and age and, of them, with disabilities.")
            .RequireAuthorization(Policies.DataEntry).WithStandardErrors(write: true);
        eore.MapGet("/{id:guid}", GetSession).WithName("GetEoreSession").ProducesProblem(StatusCodes.Status404NotFound).WithStandardErrors();
        eore.MapReviewActions<ReviewEoreSession.Command, EoreSessionDto>("EoreSession",
            (c, id, version, decision) => c with { Id = id, ExpectedVersion = version, Decision = decision }, e => e.RowVersion);
        eore.MapGet("/totals", EoreTotals).WithName("EoreTotals")
            .WithSummary("People reached per year and province by sex and age, and of them persons with disabilities (approved sessions).")
            .WithStandardErrors();
        eore.MapGet("/totals.csv", ExportEoreTotals).WithName("ExportEoreTotals")
            .WithSummary("People reached per year and province by sex and age (and with disabilities) as CSV + HXL.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv").WithStandardErrors();
    }

    private static async Task<Ok<PagedResult<ListAccidents.Row>>> ListAccidents([AsParameters] ListAccidents.Query query, IMediator mediator,
        CancellationToken ct) => TypedResults.Ok(await mediator.Send(query, ct));

    private static async Task<Created<AccidentDto>> RecordAccident(RecordAccident.Command command, IMediator mediator, CancellationToken ct)
    {
        var accident = await mediator.Send(command, ct);
        return TypedResults.Created($"/api/v1/accidents/{accident.Id}", accident);
    }

    private static async Task<Ok<AccidentDto>> GetAccident(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetAccident.Query(id), ct));

    private static async Task<IResult> ExportAccidents([AsParameters] AccidentFeatures.Query query, IMediator mediator, CancellationToken ct) =>
        GeoJsonFile.FeatureCollection("accidents.geojson", await mediator.Send(query, ct));

    private static async Task<Created<CasualtyDto>> AddCasualty(Guid id, AddCasualty.Command command, IMediator mediator, CancellationToken ct)
    {
        var casualty = await mediator.Send(command with { AccidentId = id }, ct);
        return TypedResults.Created($"/api/v1/casualties/{casualty.Id}", casualty);
    }

    private static async Task<Ok<IReadOnlyList<CasualtyDto>>> SearchCasualties([AsParameters] SearchCasualties.Query query, IMediator mediator,
        CancellationToken ct) => TypedResults.Ok(await mediator.Send(query, ct));

    private static async Task<Ok<CasualtyDto>> GetCasualty(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetCasualty.Query(id), ct));

    private static async Task<Ok<IReadOnlyList<CasualtyStatistics.Row>>> CasualtyStatistics([AsParameters] CasualtyStatistics.Query query,
        IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(query, ct));

    private static readonly CsvColumn<CasualtyStatistics.Row>[] CasualtyColumns =
    [
        new("Year", "#date +year", r => r.Year), new("Sex", "#meta +sex", r => r.Sex), new("Age group", "#meta +age_group", r => r.AgeGroup),
        new("Device category", "#item +type", r => r.DeviceCategory), new("Activity at time", "#activity +type", r => r.ActivityAtTime),
        new("Killed", "#affected +killed", r => r.Killed), new("Injured", "#affected +injured", r => r.Injured),
    ];

    private static async Task<IResult> ExportCasualtyStatistics([AsParameters] CasualtyStatistics.Query query, IMediator mediator,
        CancellationToken ct) => Csv.File("casualties.csv", CasualtyColumns, await mediator.Send(query, ct));

    private static async Task<Ok<PagedResult<ListAssistanceCases.Row>>> ListCases([AsParameters] ListAssistanceCases.Query query, IMediator mediator,
        CancellationToken ct) => TypedResults.Ok(await mediator.Send(query, ct));

    private static async Task<Created<AssistanceCaseDto>> OpenCase(OpenAssistanceCase.Command command, IMediator mediator, CancellationToken ct)
    {
        var opened = await mediator.Send(command, ct);
        return TypedResults.Created($"/api/v1/assistance-cases/{opened.Id}", opened);
    }

    private static async Task<Ok<AssistanceCaseDto>> GetCase(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        Case(http, await mediator.Send(new GetAssistanceCase.Query(id), ct));

    private static async Task<Ok<AssistanceCaseDto>> RecordService(Guid id, RecordAssistanceService.Command command, IMediator mediator,
        HttpContext http, CancellationToken ct) => Case(http, await mediator.Send(command with { CaseId = id }, ct));

    private static async Task<Ok<AssistanceCaseDto>> FollowUp(Guid id, FollowUpAssistanceCase.Command command, IMediator mediator, HttpContext http,
        CancellationToken ct) => Case(http, await mediator.Send(command with { CaseId = id, ExpectedVersion = ETags.Optional(http) }, ct));

    private static async Task<Ok<AssistanceCaseDto>> CloseCase(Guid id, CloseAssistanceCase.Command command, IMediator mediator, HttpContext http,
        CancellationToken ct) => Case(http, await mediator.Send(command with { CaseId = id, ExpectedVersion = ETags.Optional(http) }, ct));

    private static async Task<Ok<AssistanceCaseDto>> Refer(Guid id, ReferCase.Command command, IMediator mediator, HttpContext http,
        CancellationToken ct) => Case(http, await mediator.Send(command with { CaseId = id }, ct));

    private static async Task<Ok<AssistanceCaseDto>> MoveReferral(Guid id, Guid referralId, MoveReferral.Command command, IMediator mediator,
        HttpContext http, CancellationToken ct) => Case(http, await mediator.Send(command with { CaseId = id, ReferralId = referralId }, ct));

    private static async Task<Ok<IReadOnlyList<OverdueFollowUps.Row>>> Overdue(IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new OverdueFollowUps.Query(), ct));

    private static async Task<Ok<IReadOnlyList<AssistanceStatistics.Row>>> AssistanceStatistics([AsParameters] AssistanceStatistics.Query query,
        IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(query, ct));

    private static readonly CsvColumn<AssistanceStatistics.Row>[] AssistanceColumns =
    [
        new("Year", "#date +year", r => r.Year), new("Pillar", "#sector +pillar", r => r.Pillar), new("Sex", "#meta +sex", r => r.Sex),
        new("Services", "#output +num +services", r => r.Services), new("Cost USD", "#value +cost +usd", r => r.CostUsd),
    ];

    private static async Task<IResult> ExportAssistanceStatistics([AsParameters] AssistanceStatistics.Query query, IMediator mediator,
        CancellationToken ct) => Csv.File("victim-assistance.csv", AssistanceColumns, await mediator.Send(query, ct));

    private static async Task<Created<EoreSessionDto>> RecordSession(RecordEoreSession.Command command, IMediator mediator, CancellationToken ct)
    {
        var session = await mediator.Send(command, ct);
        return TypedResults.Created($"/api/v1/eore-sessions/{session.Id}", session);
    }

    private static async Task<Ok<EoreSessionDto>> GetSession(Guid id, IMediator mediator, HttpContext http, CancellationToken ct)
    {
        var session = await mediator.Send(new GetEoreSession.Query(id), ct);
        return ETags.Ok(http, session, session.RowVersion);
    }

    private static async Task<Ok<IReadOnlyList<EoreTotals.Row>>> EoreTotals([AsParameters] EoreTotals.Query query, IMediator mediator,
        CancellationToken ct) => TypedResults.Ok(await mediator.Send(query, ct));

    private static async Task<IResult> ExportEoreTotals([AsParameters] EoreTotals.Query query, IMediator mediator, CancellationToken ct)
    {
        var provinces = (await mediator.Send(new ListAdminAreas.Query(Level: 1), ct)).ToDictionary(p => p.Id);
        CsvColumn<EoreTotals.Row>[] columns =
        [
            new("Year", "#date +year", r => r.Year), new("Province code", "#adm1 +code", r => provinces.GetValueOrDefault(r.ProvinceId)?.Code),
            new("Province", "#adm1 +name", r => provinces.GetValueOrDefault(r.ProvinceId)?.Name), new("Sessions", "#output +num +sessions", r => r.Sessions),
            new("Girls", "#reached +f +children", r => r.Beneficiaries.Girls), new("Boys", "#reached +m +children", r => r.Beneficiaries.Boys),
            new("Women", "#reached +f +adults", r => r.Beneficiaries.Women), new("Men", "#reached +m +adults", r => r.Beneficiaries.Men),
            new("Total", "#reached +total", r => r.Beneficiaries.Total), new("With disabilities", "#reached +disabled", r => r.WithDisabilities.Total),
        ];
        return Csv.File("risk-education.csv", columns, await mediator.Send(query, ct));
    }

    private static Ok<AssistanceCaseDto> Case(HttpContext http, AssistanceCaseDto assistanceCase) =>
        ETags.Ok(http, assistanceCase, assistanceCase.RowVersion);
}
