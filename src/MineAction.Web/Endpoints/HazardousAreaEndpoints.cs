using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using MineAction.Application.Common;
using MineAction.Application.Hazards;
using MineAction.Domain.Common;
using MineAction.Domain.Hazards;
using MineAction.Web.Security;
using static MineAction.Web.Endpoints.EndpointConventions;

namespace MineAction.Web.Endpoints;

public static class HazardousAreaEndpoints
{
    /// <summary>Body of the approve and return actions.</summary>
    public sealed record ReviewRequest(string? Comment);

    /// <summary>Body of the confirm action (SHA → CHA).</summary>
    public sealed record ConfirmRequest(DateOnly? ConfirmedOn, string? Note);

    public static void MapHazardousAreas(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/hazardous-areas").WithTags("Hazardous areas");

        group.MapGet("/", async (IMediator mediator, CancellationToken ct, string? search = null, HazardStatus? status = null,
                HazardType? type = null, Guid? provinceId = null, Guid? districtId = null, Guid? organisationId = null,
                DeviceCategory? deviceCategory = null, string? bbox = null, ApprovalStatus? approvalStatus = null,
                bool includeArchived = false, int page = 1, int pageSize = Paging.DefaultPageSize, string? sort = null) =>
                TypedResults.Ok(await mediator.Send(new ListHazardousAreas.Query(search, status, type, provinceId, districtId,
                    organisationId, deviceCategory, bbox, approvalStatus, includeArchived, page, pageSize, sort), ct)))
            .WithName("ListHazardousAreas")
            .WithSummary("List hazardous areas: filter by status, type, province, district, organisation, device category and bounding box.")
            .WithStandardErrors();

        group.MapGet("/{id:guid}", async (Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
                Detail(http, await mediator.Send(new GetHazardousArea.Query(id), ct)))
            .WithName("GetHazardousArea")
            .WithSummary("A hazardous area with its polygon as GeoJSON.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithStandardErrors();

        group.MapPost("/", async Task<Created<HazardDetailDto>> (HazardInput input, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                var hazard = Detail(http, await mediator.Send(new RegisterHazardousArea.Command(input), ct)).Value!;
                return TypedResults.Created($"/api/v1/hazardous-areas/{hazard.Summary.Id}", hazard);
            })
            .WithName("RegisterHazardousArea")
            .RequireAuthorization(SecuritySetup.DataEntry)
            .WithSummary("Register a hazardous area from a GeoJSON Polygon/MultiPolygon (WGS 84); the code and area are computed.")
            .WithStandardErrors(write: true);

        group.MapPut("/{id:guid}", async (Guid id, HazardInput input, IMediator mediator, HttpContext http, CancellationToken ct) =>
                Detail(http, await mediator.Send(
                    new UpdateHazardousArea.Command(id, ETags.Expected(http.Request, required: true), input), ct)))
            .WithName("UpdateHazardousArea")
            .RequireAuthorization(SecuritySetup.DataEntry)
            .WithSummary("Replace a hazardous area's attributes (and polygon when given). Requires If-Match.")
            .WithStandardErrors(write: true);

        group.MapPost("/{id:guid}/confirm", async (Guid id, ConfirmRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
                Detail(http, await mediator.Send(new ConfirmHazardousArea.Command(
                    id, ETags.Expected(http.Request, required: false), body.ConfirmedOn, body.Note), ct)))
            .WithName("ConfirmHazardousArea")
            .RequireAuthorization(SecuritySetup.DataEntry)
            .WithSummary("Confirm a suspected hazardous area (SHA → CHA) on direct evidence.")
            .WithStandardErrors(write: true);

        group.MapPost("/{id:guid}/archive", async (Guid id, ArchiveRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
                Detail(http, await mediator.Send(new ArchiveHazardousArea.Command(
                    id, ETags.Expected(http.Request, required: false), body.Reason), ct)))
            .WithName("ArchiveHazardousArea")
            .RequireAuthorization(SecuritySetup.Reviewer)
            .WithSummary("Archive a hazardous area with a reason (records are never deleted).")
            .WithStandardErrors(write: true);

        MapReview(group);
    }

    private static void MapReview(RouteGroupBuilder group)
    {
        MapReviewAction(group, "approve", ReviewHazardousArea.Decision.Approve, "ApproveHazardousArea",
            "Approve a submitted hazardous area: from now on it counts in official statistics.");
        MapReviewAction(group, "return", ReviewHazardousArea.Decision.Return, "ReturnHazardousArea",
            "Return a submitted hazardous area to its organisation with a comment saying what to correct.");
    }

    private static void MapReviewAction(RouteGroupBuilder group, string action, ReviewHazardousArea.Decision decision, string name, string summary) =>
        group.MapPost($"/{{id:guid}}/{action}", async (Guid id, ReviewRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
                Detail(http, await mediator.Send(new ReviewHazardousArea.Command(
                    id, ETags.Expected(http.Request, required: false), decision, body.Comment), ct)))
            .WithName(name)
            .WithSummary(summary)
            .RequireAuthorization(SecuritySetup.Reviewer)
            .WithStandardErrors(write: true);

    private static Ok<HazardDetailDto> Detail(HttpContext http, HazardDetailDto hazard)
    {
        ETags.Set(http, hazard.Summary.RowVersion);
        return TypedResults.Ok(hazard);
    }
}
