using Microsoft.AspNetCore.Http.HttpResults;
using MineAction.Application.Organisations;
using MineAction.Domain.Organisations;
using static MineAction.Web.Endpoints.EndpointConventions;

namespace MineAction.Web.Endpoints;

public static class OrganisationsEndpoints
{
    public static void MapOrganisations(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/organisations").WithTags("Organisations");

        group.MapGet("/", async (IMediator mediator, CancellationToken ct, string? search = null, OrganisationType? type = null,
                string? countryCode = null, bool includeArchived = false, int page = 1, int pageSize = Paging.DefaultPageSize,
                string? sort = null) =>
                TypedResults.Ok(await mediator.Send(
                    new ListOrganisations.Query(search, type, countryCode, includeArchived, page, pageSize, sort), ct)))
            .WithName("ListOrganisations")
            .WithSummary("List organisations: search by name or acronym, filter by IATI type and country, sort, page.")
            .WithStandardErrors();

        group.MapGet("/export.csv", async (IMediator mediator, CancellationToken ct, string? search = null, OrganisationType? type = null,
                string? countryCode = null, bool includeArchived = false) =>
            {
                var csv = new Csv([
                    ("Name", "#org +name"), ("Acronym", "#org +acronym"), ("Type", "#org +type"), ("IATI type code", "#org +type +code"),
                    ("Country", "#country +code"), ("IATI identifier", "#org +id"), ("IMSMA id", "#meta +imsma_id"),
                ]);
                for (var page = 1; ; page++)
                {
                    var result = await mediator.Send(new ListOrganisations.Query(search, type, countryCode, includeArchived, page, Paging.MaxPageSize), ct);
                    foreach (var o in result.Items)
                    {
                        csv.Row(o.Name, o.Acronym, o.Type, o.IatiTypeCode, o.CountryCode, o.IatiIdentifier, o.ExternalImsmaId);
                    }

                    if (page >= result.TotalPages)
                    {
                        break;
                    }
                }

                return csv.ToResult("organisations.csv");
            })
            .WithName("ExportOrganisations")
            .WithSummary("The filtered organisations as CSV (UTF-8) with an HXL hashtag row.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .WithStandardErrors();

        group.MapGet("/{id:guid}", async (Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                var organisation = await mediator.Send(new GetOrganisation.Query(id), ct);
                ETags.Set(http, organisation.RowVersion);
                return TypedResults.Ok(organisation);
            })
            .WithName("GetOrganisation")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithStandardErrors();

        group.MapPost("/", async Task<Created<OrganisationDto>> (OrganisationInput input, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                var organisation = await mediator.Send(new CreateOrganisation.Command(input), ct);
                ETags.Set(http, organisation.RowVersion);
                return TypedResults.Created($"/api/v1/organisations/{organisation.Id}", organisation);
            })
            .WithName("CreateOrganisation")
            .RequireAuthorization(Policies.Reviewer)
            .WithStandardErrors(write: true);

        group.MapPut("/{id:guid}", async (Guid id, OrganisationInput input, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                var expected = ETags.Expected(http.Request, required: true);
                var organisation = await mediator.Send(new UpdateOrganisation.Command(id, expected, input), ct);
                ETags.Set(http, organisation.RowVersion);
                return TypedResults.Ok(organisation);
            })
            .WithName("UpdateOrganisation")
            .RequireAuthorization(Policies.Reviewer)
            .WithSummary("Replace an organisation's attributes. Requires If-Match with the ETag last read.")
            .WithStandardErrors(write: true);

        group.MapPost("/{id:guid}/archive", async (Guid id, ArchiveRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                var organisation = await mediator.Send(
                    new ArchiveOrganisation.Command(id, ETags.Expected(http.Request, required: false), body.Reason), ct);
                ETags.Set(http, organisation.RowVersion);
                return TypedResults.Ok(organisation);
            })
            .WithName("ArchiveOrganisation")
            .RequireAuthorization(Policies.Reviewer)
            .WithSummary("Archive an organisation with a reason (records are never deleted).")
            .WithStandardErrors(write: true);
    }
}
