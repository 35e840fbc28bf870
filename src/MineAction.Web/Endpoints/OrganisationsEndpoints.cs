using Microsoft.AspNetCore.Http.HttpResults;
using MineAction.Application.Organisations;

namespace MineAction.Web.Endpoints;

public static class OrganisationsEndpoints
{
    public static void MapOrganisations(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/organisations").WithTags("Organisations");
        group.MapGet("/", List).WithName("ListOrganisations")
            .WithSummary("List organisations: search by name or acronym, filter by IATI type and country, sort, page.").WithStandardErrors();
        group.MapGet("/export.csv", Export).WithName("ExportOrganisations")
            .WithSummary("The filtered organisations as CSV (UTF-8) with an HXL hashtag row.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv").WithStandardErrors();
        group.MapGet("/{id:guid}", Get).WithName("GetOrganisation").ProducesProblem(StatusCodes.Status404NotFound).WithStandardErrors();
        group.MapPost("/", Create).WithName("CreateOrganisation").RequireAuthorization(Policies.Reviewer).WithStandardErrors(write: true);
        group.MapPut("/{id:guid}", Update).WithName("UpdateOrganisation")
            .WithSummary("Replace an organisation's attributes. Requires If-Match with the ETag last read.")
            .RequireAuthorization(Policies.Reviewer).WithStandardErrors(write: true);
        group.MapPost("/{id:guid}/archive", Archive).WithName("ArchiveOrganisation")
            .WithSummary("Archive an organisation with a reason (records are never deleted).")
            .RequireAuthorization(Policies.Reviewer).WithStandardErrors(write: true);
    }

    private static async Task<Ok<PagedResult<OrganisationDto>>> List([AsParameters] ListOrganisations.Query query, IMediator mediator,
        CancellationToken ct) => TypedResults.Ok(await mediator.Send(query, ct));

    private static readonly CsvColumn<OrganisationDto>[] ExportColumns =
    [
        new("Name", "#org +name", o => o.Name), new("Acronym", "#org +acronym", o => o.Acronym), new("Type", "#org +type", o => o.Type),
        new("IATI type code", "#org +type +code", o => o.IatiTypeCode), new("Country", "#country +code", o => o.CountryCode),
        new("IATI identifier", "#org +code", o => o.IatiIdentifier), new("IMSMA id", "#meta +id +imsma", o => o.ExternalImsmaId),
        new("Sector", "#sector", o => o.Sector),
    ];

    private static IResult Export([AsParameters] ListOrganisations.Query query, IMediator mediator, CancellationToken ct) =>
        Csv.File("organisations.csv", ExportColumns, AllPages(query, mediator, ct));

    private static IAsyncEnumerable<OrganisationDto> AllPages(ListOrganisations.Query query, IMediator mediator, CancellationToken ct) =>
        Paging.AllPagesAsync(page => mediator.Send(query with { Page = page, PageSize = Paging.MaxPageSize }, ct), ct);

    private static async Task<Ok<OrganisationDto>> Get(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        Organisation(http, await mediator.Send(new GetOrganisation.Query(id), ct));

    private static async Task<Created<OrganisationDto>> Create(CreateOrganisation.Command command, IMediator mediator, HttpContext http,
        CancellationToken ct)
    {
        var organisation = Organisation(http, await mediator.Send(command, ct)).Value!;
        return TypedResults.Created($"/api/v1/organisations/{organisation.Id}", organisation);
    }

    private static async Task<Ok<OrganisationDto>> Update(Guid id, UpdateOrganisation.Command command, IMediator mediator, HttpContext http,
        CancellationToken ct) =>
        Organisation(http, await mediator.Send(command with { Id = id, ExpectedVersion = ETags.Required(http) }, ct));

    private static async Task<Ok<OrganisationDto>> Archive(Guid id, ArchiveOrganisation.Command command, IMediator mediator, HttpContext http,
        CancellationToken ct) =>
        Organisation(http, await mediator.Send(command with { Id = id, ExpectedVersion = ETags.Optional(http) }, ct));

    private static Ok<OrganisationDto> Organisation(HttpContext http, OrganisationDto organisation) => ETags.Ok(http, organisation, organisation.RowVersion);
}
