using Microsoft.AspNetCore.Http.HttpResults;
using MineAction.Application.Resources;

namespace MineAction.Web.Endpoints;

/// <summary>Funds, exchange rates, contributions and their transactions, projects. Reading is open to every role; recording money to finance roles.</summary>
public static class ResourcesEndpoints
{
    public sealed record TransactionRequest(MineAction.Domain.Resources.TransactionType? Type, DateOnly? Date, decimal? Amount, string? Currency,
        decimal? UsdRate, DateOnly? RateDate, string? Description);

    public sealed record LinkRequest(MineAction.Domain.Resources.ProjectLinkKind? Kind, Guid? TargetId);

    public sealed record ImportRequest(string? Csv);

    public sealed record AmendRequest(Guid? RecipientOrganisationId, string? Reference, decimal? Amount, IReadOnlyList<TrancheInput>? Schedule,
        int? SpreadFromYear, int? SpreadToYear, MineAction.Domain.LandRelease.ActivityType? EarmarkedActivity, Guid? EarmarkedProvinceId);

    public sealed record CreateProjectRequest(string? Code, string? Title, string? Description, Guid? ImplementingOrganisationId, DateOnly? StartDate,
        DateOnly? EndDate, decimal? Budget, string? BudgetCurrency, Guid? ProvinceId)
    {
        public ProjectInput Input => new(Title, Description, ImplementingOrganisationId, StartDate, EndDate, Budget, BudgetCurrency, ProvinceId);
    }

    public static void MapResources(this RouteGroupBuilder api)
    {
        var funds = api.MapGroup("/funds").WithTags("Funds and contributions");
        funds.MapGet("/", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListFunds.Query(), ct)))
            .WithName("ListFunds").WithSummary("Funds with their managing organisation and USD received and disbursed.").WithStandardErrors();
        funds.MapPost("/", async Task<Created<FundDto>> (CreateFund.Command command, IMediator mediator, CancellationToken ct) =>
            {
                var fund = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/v1/funds", fund);
            })
            .WithName("CreateFund").RequireAuthorization(Policies.Finance).WithStandardErrors(write: true);
        funds.MapPost("/{id:guid}/archive", async (Guid id, EndpointConventions.ArchiveRequest body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ArchiveFund.Command(id, body.Reason), ct)))
            .WithName("ArchiveFund").WithSummary("Archive a fund created in error (with a reason) while no live contribution goes to it.")
            .RequireAuthorization(Policies.Finance).WithStandardErrors(write: true);

        var rates = api.MapGroup("/exchange-rates").WithTags("Funds and contributions");
        rates.MapGet("/", async (IMediator mediator, CancellationToken ct, string? currency = null, int page = 1,
                int pageSize = MineAction.Application.Common.Paging.DefaultPageSize) =>
                TypedResults.Ok(await mediator.Send(new ListExchangeRates.Query(currency, page, pageSize), ct)))
            .WithName("ListExchangeRates").WithStandardErrors();
        rates.MapPost("/", async Task<Created<ExchangeRateDto>> (SetExchangeRate.Command command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Created($"/api/v1/exchange-rates?currency={command.Currency}", await mediator.Send(command, ct)))
            .WithName("SetExchangeRate").WithSummary("Record how many USD one unit of a currency was worth on a date.")
            .RequireAuthorization(Policies.Finance).WithStandardErrors(write: true);
        rates.MapPost("/import", async (ImportRequest body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ImportExchangeRates.Command(body.Csv), ct)))
            .WithName("ImportExchangeRates").WithSummary("Import rates from CSV (currency,yyyy-MM-dd,usd_per_unit): all or nothing, every bad row reported.")
            .RequireAuthorization(Policies.Finance).WithStandardErrors(write: true);

        var contributions = api.MapGroup("/contributions").WithTags("Funds and contributions");
        contributions.MapGet("/", async (IMediator mediator, CancellationToken ct, Guid? donorId = null, Guid? fundId = null, Guid? projectId = null,
                int page = 1, int pageSize = MineAction.Application.Common.Paging.DefaultPageSize) =>
                TypedResults.Ok(await mediator.Send(new ListContributions.Query(donorId, fundId, projectId, page, pageSize), ct)))
            .WithName("ListContributions").WithStandardErrors();
        contributions.MapPost("/", async Task<Created<ContributionDto>> (CreateContribution.Command command, IMediator mediator, CancellationToken ct) =>
            {
                var contribution = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/v1/contributions/{contribution.Id}", contribution);
            })
            .WithName("CreateContribution")
            .WithSummary("A donor's contribution to a fund (optionally for a project), with its schedule by year: tranches, or spreadFromYear–spreadToYear.")
            .RequireAuthorization(Policies.Finance).WithStandardErrors(write: true);
        contributions.MapGet("/{id:guid}", async (Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                var contribution = await mediator.Send(new GetContribution.Query(id), ct);
                ETags.Set(http, contribution.RowVersion);
                return TypedResults.Ok(contribution);
            })
            .WithName("GetContribution").ProducesProblem(StatusCodes.Status404NotFound).WithStandardErrors();
        contributions.MapPut("/{id:guid}", async (Guid id, AmendRequest b, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                var contribution = await mediator.Send(new AmendContribution.Command(id, ETags.Expected(http.Request, required: true),
                    b.RecipientOrganisationId, b.Reference, b.Amount, b.Schedule, b.SpreadFromYear, b.SpreadToYear, b.EarmarkedActivity,
                    b.EarmarkedProvinceId), ct);
                ETags.Set(http, contribution.RowVersion);
                return TypedResults.Ok(contribution);
            })
            .WithName("AmendContribution")
            .WithSummary("Amend the terms (reference, recipient, amount, schedule, earmarks); donor, fund, project and currency stay. Requires If-Match.")
            .RequireAuthorization(Policies.Finance).WithStandardErrors(write: true);
        contributions.MapPost("/{id:guid}/transactions", async (Guid id, TransactionRequest b, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new RecordTransaction.Command(id, b.Type, b.Date, b.Amount, b.Currency, b.UsdRate, b.RateDate,
                    b.Description), ct)))
            .WithName("RecordTransaction")
            .WithSummary("Record an IATI transaction (13 pledge, 11 commitment, 1 receipt, 2 outgoing commitment, 3 disbursement, 4 expenditure) with its USD value.")
            .RequireAuthorization(Policies.Finance).WithStandardErrors(write: true);
        contributions.MapPost("/{id:guid}/archive", async (Guid id, EndpointConventions.ArchiveRequest body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ArchiveContribution.Command(id, body.Reason), ct)))
            .WithName("ArchiveContribution").WithSummary("Archive a contribution recorded in error (with a reason) once it has no live transactions.")
            .RequireAuthorization(Policies.Finance).WithStandardErrors(write: true);
        api.MapPost("/transactions/{id:guid}/archive", async (Guid id, EndpointConventions.ArchiveRequest body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ArchiveTransaction.Command(id, body.Reason), ct)))
            .WithTags("Funds and contributions").WithName("ArchiveTransaction")
            .WithSummary("Archive a transaction entered in error (with a reason); refused if the fund or project ledger would no longer balance.")
            .RequireAuthorization(Policies.Finance).WithStandardErrors(write: true);

        MapProjects(api);
    }

    private static void MapProjects(RouteGroupBuilder api)
    {
        var projects = api.MapGroup("/projects").WithTags("Projects");
        projects.MapGet("/", async (IMediator mediator, CancellationToken ct, Guid? implementingOrganisationId = null) =>
                TypedResults.Ok(await mediator.Send(new ListProjects.Query(implementingOrganisationId), ct)))
            .WithName("ListProjects").WithSummary("Projects with money (USD), outputs computed from the ledger, cost per m² and per beneficiary.")
            .WithStandardErrors();
        projects.MapGet("/link-candidates", async (IMediator mediator, CancellationToken ct, MineAction.Domain.Resources.ProjectLinkKind kind, string? search = null) =>
                TypedResults.Ok(await mediator.Send(new ProjectLinkCandidates.Query(kind, search), ct)))
            .WithName("ProjectLinkCandidates")
            .WithSummary("Recent activities, tasks, EORE sessions or VA services a project can be linked to, narrowed by a search; no personal data.")
            .WithStandardErrors();
        projects.MapPost("/", async Task<Created<ProjectDto>> (CreateProjectRequest b, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                var project = await mediator.Send(new CreateProject.Command(b.Code, b.Input), ct);
                ETags.Set(http, project.RowVersion);
                return TypedResults.Created($"/api/v1/projects/{project.Id}", project);
            })
            .WithName("CreateProject").RequireAuthorization(Policies.Finance).WithStandardErrors(write: true);
        projects.MapGet("/{id:guid}", async (Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                var project = await mediator.Send(new GetProject.Query(id), ct);
                ETags.Set(http, project.RowVersion);
                return TypedResults.Ok(project);
            })
            .WithName("GetProject").ProducesProblem(StatusCodes.Status404NotFound).WithStandardErrors();
        projects.MapPut("/{id:guid}", async (Guid id, ProjectInput input, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                var project = await mediator.Send(new UpdateProject.Command(id, ETags.Expected(http.Request, required: true), input), ct);
                ETags.Set(http, project.RowVersion);
                return TypedResults.Ok(project);
            })
            .WithName("UpdateProject").WithSummary("Replace a project's attributes. Requires If-Match with the ETag last read.")
            .RequireAuthorization(Policies.Finance).WithStandardErrors(write: true);
        projects.MapPost("/{id:guid}/archive", async (Guid id, EndpointConventions.ArchiveRequest body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ArchiveProject.Command(id, body.Reason), ct)))
            .WithName("ArchiveProject").WithSummary("Archive a project created in error (with a reason) while no live contribution pays for it.")
            .RequireAuthorization(Policies.Finance).WithStandardErrors(write: true);
        projects.MapPost("/{id:guid}/links", async (Guid id, LinkRequest b, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new LinkProject.Command(id, b.Kind, b.TargetId), ct)))
            .WithName("LinkProject").WithSummary("Link an activity, task, EORE session or VA service whose outputs the project paid for.")
            .RequireAuthorization(Policies.Finance).WithStandardErrors(write: true);
        projects.MapPost("/{id:guid}/unlink", async (Guid id, LinkRequest b, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new UnlinkProject.Command(id, b.Kind, b.TargetId), ct)))
            .WithName("UnlinkProject").WithSummary("Remove a link: the record's outputs no longer count for the project.")
            .RequireAuthorization(Policies.Finance).WithStandardErrors(write: true);
    }
}

/// <summary>The donor report (JSON, CSV + HXL, XLSX) and the IATI 2.03 activity file.</summary>
public static class ReportEndpoints
{
    public static void MapReports(this RouteGroupBuilder api)
    {
        var reports = api.MapGroup("/reports").WithTags("Donor reporting");
        reports.MapGet("/donor", async (IMediator mediator, CancellationToken ct, DateOnly? from = null, DateOnly? to = null, Guid? donorId = null,
                Guid? fundId = null) => TypedResults.Ok(await mediator.Send(new DonorReport.Query(from, to, donorId, fundId), ct)))
            .WithName("DonorReport")
            .WithSummary("Per donor and fund for a period: pledged, committed, received, disbursed, spent (original currency and USD), schedule, outputs bought, predictability.")
            .WithStandardErrors();
        reports.MapGet("/donor.csv", async (IMediator mediator, CancellationToken ct, DateOnly? from = null, DateOnly? to = null, Guid? donorId = null,
                Guid? fundId = null) => DonorReportFiles.Csv(await mediator.Send(new DonorReport.Query(from, to, donorId, fundId), ct)))
            .WithName("DonorReportCsv").Produces(StatusCodes.Status200OK, contentType: "text/csv").WithStandardErrors();
        reports.MapGet("/donor.xlsx", async (IMediator mediator, CancellationToken ct, DateOnly? from = null, DateOnly? to = null, Guid? donorId = null,
                Guid? fundId = null) => DonorReportFiles.Xlsx(await mediator.Send(new DonorReport.Query(from, to, donorId, fundId), ct)))
            .WithName("DonorReportXlsx")
            .Produces(StatusCodes.Status200OK, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            .WithStandardErrors();

        api.MapGet("/iati/activities.xml", async (IMediator mediator, CancellationToken ct, Guid? projectId = null) =>
            {
                var document = await mediator.Send(new IatiActivities.Query(projectId), ct);
                var text = document.Declaration + Environment.NewLine + document.ToString();
                return Results.Text(text, "application/xml", System.Text.Encoding.UTF8);
            })
            .WithTags("Donor reporting").WithName("IatiActivities")
            .WithSummary("Projects as an IATI 2.03 iati-activities document (valid against the official schema); never contains personal data.")
            .Produces(StatusCodes.Status200OK, contentType: "application/xml")
            .WithStandardErrors();
    }
}
