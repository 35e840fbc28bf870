using Microsoft.AspNetCore.Http.HttpResults;
using MineAction.Application.Hazards;
using MineAction.Application.LandRelease;
using MineAction.Domain.Common;
using MineAction.Domain.Hazards;
using static MineAction.Web.Endpoints.EndpointConventions;

namespace MineAction.Web.Endpoints;

public static class HazardsEndpoints
{
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

        group.MapGet("/export.csv", async (IMediator mediator, CancellationToken ct, string? search = null, HazardStatus? status = null,
                HazardType? type = null, Guid? provinceId = null, Guid? districtId = null, Guid? organisationId = null,
                DeviceCategory? deviceCategory = null, string? bbox = null, ApprovalStatus? approvalStatus = null, bool includeArchived = false,
                string? sort = null) =>
            {
                var hazards = await mediator.Send(new ExportHazardousAreas.Query(new ListHazardousAreas.Query(search, status, type, provinceId,
                    districtId, organisationId, deviceCategory, bbox, approvalStatus, includeArchived, Sort: sort)), ct);
                var csv = new Csv([
                    ("Code", "#loc +id"), ("Name", "#loc +name"), ("Type", "#loc +type"), ("Status", "#status"), ("Review", "#status +review"),
                    ("Area m2", "#indicator +area_m2"), ("Country", "#country +code"), ("Province", "#adm1 +name"), ("District", "#adm2 +name"),
                    ("Recorded by", "#org +reporting"), ("Device categories", "#item +type"), ("Evidence", "#meta +evidence"),
                    ("Recorded on", "#date +reported"), ("Latitude", "#geo +lat"), ("Longitude", "#geo +lon"), ("IMSMA id", "#meta +imsma_id"),
                ]);
                foreach (var h in hazards)
                {
                    csv.Row(h.Code, h.Name, h.Type, h.Status, h.ApprovalStatus, h.AreaM2, h.CountryCode, h.ProvinceName, h.DistrictName,
                        h.RecordingOrganisationAcronym, string.Join(' ', h.DeviceCategories), h.Evidence, h.RecordedOn, h.Latitude, h.Longitude,
                        h.ExternalImsmaId);
                }

                return csv.ToResult("hazardous-areas.csv");
            })
            .WithName("ExportHazardousAreas")
            .WithSummary("The filtered list as CSV (UTF-8) with an HXL hashtag row; a point inside each polygon as #geo +lat/+lon.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .WithStandardErrors();

        group.MapGet("/{id:guid}", async (Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
                Detail(http, await mediator.Send(new GetHazardousArea.Query(id), ct)))
            .WithName("GetHazardousArea")
            .WithSummary("A hazardous area with its polygon as GeoJSON.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithStandardErrors();

        group.MapPost("/", async Task<Created<HazardDetailDto>> (HazardInput input, IMediator mediator, HttpContext http, CancellationToken ct,
                bool rejectDuplicates = false) =>
            {
                var hazard = Detail(http, await mediator.Send(new RegisterHazardousArea.Command(input, rejectDuplicates), ct)).Value!;
                return TypedResults.Created($"/api/v1/hazardous-areas/{hazard.Summary.Id}", hazard);
            })
            .WithName("RegisterHazardousArea")
            .RequireAuthorization(Policies.DataEntry)
            .WithSummary("Register a hazardous area from a GeoJSON Polygon/MultiPolygon (WGS 84); the code and area are computed. "
                + "Overlapping an open hazard by more than the national share (50 %) adds a warning, or 409 with rejectDuplicates=true.")
            .WithStandardErrors(write: true);

        group.MapPut("/{id:guid}", async (Guid id, HazardInput input, IMediator mediator, HttpContext http, CancellationToken ct) =>
                Detail(http, await mediator.Send(
                    new UpdateHazardousArea.Command(id, ETags.Expected(http.Request, required: true), input), ct)))
            .WithName("UpdateHazardousArea")
            .RequireAuthorization(Policies.DataEntry)
            .WithSummary("Replace a hazardous area's attributes (and polygon when given). Requires If-Match.")
            .WithStandardErrors(write: true);

        group.MapPost("/{id:guid}/confirm", async (Guid id, ConfirmRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
                Detail(http, await mediator.Send(new ConfirmHazardousArea.Command(
                    id, ETags.Expected(http.Request, required: false), body.ConfirmedOn, body.Note), ct)))
            .WithName("ConfirmHazardousArea")
            .RequireAuthorization(Policies.DataEntry)
            .WithSummary("Confirm a suspected hazardous area (SHA → CHA) on direct evidence.")
            .WithStandardErrors(write: true);

        group.MapPost("/{id:guid}/archive", async (Guid id, ArchiveRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
                Detail(http, await mediator.Send(new ArchiveHazardousArea.Command(
                    id, ETags.Expected(http.Request, required: false), body.Reason), ct)))
            .WithName("ArchiveHazardousArea")
            .RequireAuthorization(Policies.Reviewer)
            .WithSummary("Archive a hazardous area with a reason (records are never deleted).")
            .WithStandardErrors(write: true);

        group.MapReviewActions("HazardousArea", (id, version, decision, comment) =>
            new ReviewHazardousArea.Command(id, version, decision, comment), h => h.Summary.RowVersion);
        MapStatusSteps(group);

        group.MapGet("/{id:guid}/land-release", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetLandRelease.Query(id), ct)))
            .WithName("GetHazardLandRelease")
            .WithSummary("The hazard's released land: products by date, totals by outcome, remaining area, whether closure is proposed.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithStandardErrors();
    }

    /// <summary>Body of the close, hand-over and re-open steps.</summary>
    public sealed record StatusStepRequest(DateOnly? Date, string? Reason);

    private static void MapStatusSteps(RouteGroupBuilder group)
    {
        foreach (var (path, step, summary) in new[]
                 {
                     ("close", ChangeHazardStatus.Transition.Close, "Confirm the proposed closure (Closed-Released) once approved products cover the area."),
                     ("hand-over", ChangeHazardStatus.Transition.HandOver, "Record the hand-over of released land to the community (a separate, dated step)."),
                     ("reopen", ChangeHazardStatus.Transition.Reopen, "Re-open a released area with a reason (e.g. a device found after release)."),
                 })
        {
            group.MapPost($"/{{id:guid}}/{path}", async (Guid id, StatusStepRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
                    Detail(http, await mediator.Send(new ChangeHazardStatus.Command(
                        id, ETags.Expected(http.Request, required: false), step, body.Date, body.Reason), ct)))
                .WithName($"{step}HazardousArea")
                .WithSummary(summary)
                .RequireAuthorization(Policies.Reviewer)
                .WithStandardErrors(write: true);
        }
    }

    private static Ok<HazardDetailDto> Detail(HttpContext http, HazardDetailDto hazard)
    {
        ETags.Set(http, hazard.Summary.RowVersion);
        return TypedResults.Ok(hazard);
    }
}
