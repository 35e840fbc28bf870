using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using MineAction.Application.Resources;

namespace MineAction.Web.Endpoints;

/// <summary>
/// Funds, exchange rates, contributions and their transactions, projects, the donor report and the IATI file. Reading is open to
/// every role; recording money to the finance roles.
/// </summary>
public static class ResourcesEndpoints
{
    public static void MapResources(this RouteGroupBuilder api)
    {
        MapFunds(api);
        MapContributions(api);
        MapProjects(api);
        MapReports(api);
    }

    private static void MapFunds(RouteGroupBuilder api)
    {
        var funds = api.MapGroup("/funds").WithTags("Funds and contributions");
        funds.MapGet("/", ListFunds).WithName("ListFunds").WithSummary("Funds with their managing organisation and USD received and disbursed.")
            .WithStandardErrors();
        funds.MapGet("/{id:guid}", GetFund).WithName("GetFund").ProducesProblem(StatusCodes.Status404NotFound).WithStandardErrors();
        funds.MapPost("/", CreateFund).WithName("CreateFund").RequireAuthorization(Policies.Finance).WithStandardErrors(write: true);
        funds.MapPost("/{id:guid}/archive", ArchiveFund).WithName("ArchiveFund")
            .WithSummary("Archive a fund created in error (with a reason) while no live contribution goes to it.")
            .RequireAuthorization(Policies.Finance).WithStandardErrors(write: true);

        var rates = api.MapGroup("/exchange-rates").WithTags("Funds and contributions");
        rates.MapGet("/", ListRates).WithName("ListExchangeRates").WithStandardErrors();
        rates.MapGet("/{id:guid}", GetRate).WithName("GetExchangeRate").ProducesProblem(StatusCodes.Status404NotFound).WithStandardErrors();
        rates.MapPost("/", SetRate).WithName("SetExchangeRate").WithSummary("Record how many USD one unit of a currency was worth on a date.")
            .RequireAuthorization(Policies.Finance).WithStandardErrors(write: true);
        rates.MapPost("/import", ImportRates).WithName("ImportExchangeRates")
            .WithSummary("Import rates from CSV (currency,yyyy-MM-dd,usd_per_unit): all or nothing, every bad row reported.")
            .RequireAuthorization(Policies.Finance).WithStandardErrors(write: true);
    }

    private static void MapContributions(RouteGroupBuilder api)
    {
        var contributions = api.MapGroup("/contributions").WithTags("Funds and contributions");
        contributions.MapGet("/", ListContributions).WithName("ListContributions").WithStandardErrors();
        contributions.MapPost("/", CreateContribution).WithName("CreateContribution")
            .WithSummary("A donor's contribution to a fund (optionally for a project), with its schedule by year: tranches, or spreadFromYear–spreadToYear.")
            .RequireAuthorization(Policies.Finance).WithStandardErrors(write: true);
        contributions.MapGet("/{id:guid}", GetContribution).WithName("GetContribution").ProducesProblem(StatusCodes.Status404NotFound)
            .WithStandardErrors();
        contributions.MapPut("/{id:guid}", AmendContribution).WithName("AmendContribution")
            .WithSummary("Amend the terms (reference, recipient, amount, schedule, earmarks); donor, fund, project and currency stay. Requires If-Match.")
            .RequireAuthorization(Policies.Finance).WithStandardErrors(write: true);
        contributions.MapPost("/{id:guid}/transactions", RecordTransaction).WithName("RecordTransaction")
            .WithSummary("Record an IATI transaction (13 pledge, 11 commitment, 1 receipt, 2 outgoing commitment, 3 disbursement, 4 expenditure) with its USD value.")
            .RequireAuthorization(Policies.Finance).WithStandardErrors(write: true);
        contributions.MapPost("/{id:guid}/archive", ArchiveContribution).WithName("ArchiveContribution")
            .WithSummary("Archive a contribution recorded in error (with a reason) once it has no live transactions.")
            .RequireAuthorization(Policies.Finance).WithStandardErrors(write: true);
        api.MapGroup("/transactions").WithTags("Funds and contributions")
            .MapPost("/{id:guid}/archive", ArchiveTransaction).WithName("ArchiveTransaction")
            .WithSummary("Archive a transaction entered in error (with a reason); refused if the fund or project ledger would no longer balance.")
            .RequireAuthorization(Policies.Finance).WithStandardErrors(write: true);
    }

    private static void MapProjects(RouteGroupBuilder api)
    {
        var projects = api.MapGroup("/projects").WithTags("Projects");
        projects.MapGet("/", ListProjects).WithName("ListProjects")
            .WithSummary("Projects with money (USD), outputs computed from the ledger, cost per m² and per beneficiary.").WithStandardErrors();
        projects.MapGet("/link-candidates", LinkCandidates).WithName("ProjectLinkCandidates")
            .WithSummary("Recent activities, tasks, EORE sessions or VA services a project can be linked to, narrowed by a search; no personal data.")
            .WithStandardErrors();
        projects.MapPost("/", CreateProject).WithName("CreateProject").RequireAuthorization(Policies.Finance).WithStandardErrors(write: true);
        projects.MapGet("/{id:guid}", GetProject).WithName("GetProject").ProducesProblem(StatusCodes.Status404NotFound).WithStandardErrors();
        projects.MapPut("/{id:guid}", UpdateProject).WithName("UpdateProject")
            .WithSummary("Replace a project's attributes. Requires If-Match with the ETag last read.")
            .RequireAuthorization(Policies.Finance).WithStandardErrors(write: true);
        projects.MapPost("/{id:guid}/archive", ArchiveProject).WithName("ArchiveProject")
            .WithSummary("Archive a project created in error (with a reason) while no live contribution pays for it.")
            .RequireAuthorization(Policies.Finance).WithStandardErrors(write: true);
        projects.MapPost("/{id:guid}/links", Link).WithName("LinkProject")
            .WithSummary("Link an activity, task, EORE session or VA service whose outputs the project paid for.")
            .RequireAuthorization(Policies.Finance).WithStandardErrors(write: true);
        projects.MapPost("/{id:guid}/unlink", Unlink).WithName("UnlinkProject")
            .WithSummary("Remove a link: the record's outputs no longer count for the project.")
            .RequireAuthorization(Policies.Finance).WithStandardErrors(write: true);
    }

    private static void MapReports(RouteGroupBuilder api)
    {
        var reports = api.MapGroup("/reports").WithTags("Donor reporting");
        reports.MapGet("/donor", DonorReport).WithName("DonorReport")
            .WithSummary("Per donor and fund for a period: pledged, committed, received, disbursed, spent (original currency and USD), schedule, outputs bought, predictability.")
            .WithStandardErrors();
        reports.MapGet("/donor.csv", DonorReportCsv).WithName("DonorReportCsv").Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .WithStandardErrors();
        reports.MapGet("/donor.xlsx", DonorReportXlsx).WithName("DonorReportXlsx")
            .Produces(StatusCodes.Status200OK, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").WithStandardErrors();
        api.MapGroup("/iati").WithTags("Donor reporting")
            .MapGet("/activities.xml", IatiActivities).WithName("IatiActivities")
            .WithSummary("Projects as an IATI 2.03 iati-activities document (valid against the official schema); never contains personal data.")
            .Produces(StatusCodes.Status200OK, contentType: "application/xml").WithStandardErrors();
    }

    private static async Task<Ok<IReadOnlyList<FundDto>>> ListFunds(IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListFunds.Query(), ct));

    private static async Task<Ok<FundDto>> GetFund(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetFund.Query(id), ct));

    private static async Task<Created<FundDto>> CreateFund(CreateFund.Command command, IMediator mediator, CancellationToken ct)
    {
        var fund = await mediator.Send(command, ct);
        return TypedResults.Created($"/api/v1/funds/{fund.Id}", fund);
    }

    private static async Task<Ok<FundDto>> ArchiveFund(Guid id, ArchiveFund.Command command, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { Id = id }, ct));

    private static async Task<Ok<PagedResult<ExchangeRateDto>>> ListRates([AsParameters] ListExchangeRates.Query query, IMediator mediator,
        CancellationToken ct) => TypedResults.Ok(await mediator.Send(query, ct));

    private static async Task<Ok<ExchangeRateDto>> GetRate(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetExchangeRate.Query(id), ct));

    private static async Task<Created<ExchangeRateDto>> SetRate(SetExchangeRate.Command command, IMediator mediator, CancellationToken ct)
    {
        var rate = await mediator.Send(command, ct);
        return TypedResults.Created($"/api/v1/exchange-rates/{rate.Id}", rate);
    }

    private static async Task<Ok<ImportExchangeRates.Result>> ImportRates(ImportExchangeRates.Command command, IMediator mediator,
        CancellationToken ct) => TypedResults.Ok(await mediator.Send(command, ct));

    private static async Task<Ok<PagedResult<ListContributions.Row>>> ListContributions([AsParameters] ListContributions.Query query,
        IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(query, ct));

    private static async Task<Created<ContributionDto>> CreateContribution(CreateContribution.Command command, IMediator mediator, HttpContext http,
        CancellationToken ct)
    {
        var contribution = Contribution(http, await mediator.Send(command, ct)).Value!;
        return TypedResults.Created($"/api/v1/contributions/{contribution.Id}", contribution);
    }

    private static async Task<Ok<ContributionDto>> GetContribution(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        Contribution(http, await mediator.Send(new GetContribution.Query(id), ct));

    private static async Task<Ok<ContributionDto>> AmendContribution(Guid id, AmendContribution.Command command, IMediator mediator,
        HttpContext http, CancellationToken ct) =>
        Contribution(http, await mediator.Send(command with { Id = id, ExpectedVersion = ETags.Required(http) }, ct));

    private static async Task<Ok<ContributionDto>> RecordTransaction(Guid id, RecordTransaction.Command command, IMediator mediator,
        HttpContext http, CancellationToken ct) => Contribution(http, await mediator.Send(command with { ContributionId = id }, ct));

    private static async Task<Ok<ContributionDto>> ArchiveContribution(Guid id, ArchiveContribution.Command command, IMediator mediator,
        CancellationToken ct) => TypedResults.Ok(await mediator.Send(command with { Id = id }, ct));

    private static async Task<Ok<ContributionDto>> ArchiveTransaction(Guid id, ArchiveTransaction.Command command, IMediator mediator,
        CancellationToken ct) => TypedResults.Ok(await mediator.Send(command with { Id = id }, ct));

    private static async Task<Ok<IReadOnlyList<ProjectDto>>> ListProjects([AsParameters] ListProjects.Query query, IMediator mediator,
        CancellationToken ct) => TypedResults.Ok(await mediator.Send(query, ct));

    private static async Task<Ok<IReadOnlyList<ProjectLinkCandidates.Candidate>>> LinkCandidates([AsParameters] ProjectLinkCandidates.Query query,
        IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(query, ct));

    private static async Task<Created<ProjectDto>> CreateProject(CreateProject.Command command, IMediator mediator, HttpContext http,
        CancellationToken ct)
    {
        var project = Project(http, await mediator.Send(command, ct)).Value!;
        return TypedResults.Created($"/api/v1/projects/{project.Id}", project);
    }

    private static async Task<Ok<ProjectDto>> GetProject(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        Project(http, await mediator.Send(new GetProject.Query(id), ct));

    private static async Task<Ok<ProjectDto>> UpdateProject(Guid id, UpdateProject.Command command, IMediator mediator, HttpContext http,
        CancellationToken ct) => Project(http, await mediator.Send(command with { Id = id, ExpectedVersion = ETags.Required(http) }, ct));

    private static async Task<Ok<ProjectDto>> ArchiveProject(Guid id, ArchiveProject.Command command, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { Id = id }, ct));

    private static async Task<Ok<ProjectDto>> Link(Guid id, LinkProject.Command command, IMediator mediator, HttpContext http, CancellationToken ct) =>
        Project(http, await mediator.Send(command with { Id = id }, ct));

    private static async Task<Ok<ProjectDto>> Unlink(Guid id, UnlinkProject.Command command, IMediator mediator, HttpContext http,
        CancellationToken ct) => Project(http, await mediator.Send(command with { Id = id }, ct));

    private static async Task<Ok<DonorReport.Report>> DonorReport([AsParameters] DonorReport.Query query, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(query, ct));

    private static async Task<IResult> DonorReportCsv([AsParameters] DonorReport.Query query, IMediator mediator, CancellationToken ct) =>
        DonorReportFiles.Csv(await mediator.Send(query, ct));

    private static async Task<IResult> DonorReportXlsx([AsParameters] DonorReport.Query query, IMediator mediator, TimeProvider clock,
        CancellationToken ct) => DonorReportFiles.Xlsx(await mediator.Send(query, ct), clock.GetUtcNow());

    /// <summary>A file to keep, never XML shown raw in a browser tab: the name says the period it covers when one was chosen.</summary>
    private static async Task<IResult> IatiActivities([AsParameters] IatiActivities.Query query, IMediator mediator, HttpContext http, CancellationToken ct)
    {
        var document = await mediator.Send(query, ct);
        var period = query.From is { } from && query.To is { } to ? $"-{from:yyyy-MM-dd}-{to:yyyy-MM-dd}" : string.Empty;
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"iati-activities{period}.xml\"";
        return Results.Text(document.Declaration + Environment.NewLine + document, "application/xml", Encoding.UTF8);
    }

    private static Ok<ContributionDto> Contribution(HttpContext http, ContributionDto contribution) =>
        ETags.Ok(http, contribution, contribution.RowVersion);

    private static Ok<ProjectDto> Project(HttpContext http, ProjectDto project) => ETags.Ok(http, project, project.RowVersion);
}
