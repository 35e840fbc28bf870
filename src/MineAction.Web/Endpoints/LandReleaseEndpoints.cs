using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using MineAction.Application.LandRelease;
using MineAction.Domain.Common;
using MineAction.Domain.Hazards;
using MineAction.Domain.LandRelease;

namespace MineAction.Web.Endpoints;

public static class LandReleaseEndpoints
{
    public sealed record PlanRequest(IReadOnlyList<ClearanceMethod>? Methods, int? SpecifiedDepthCm, DateOnly? PlannedStart, DateOnly? PlannedEnd, int? Teams);

    public sealed record StatusRequest(ActivityStatus? Status, DateOnly? Date);

    public sealed record ProductRequest(JsonElement? Geometry, ReleaseOutcome? Outcome, int? ClearedDepthCm, DateOnly? ReleaseDate);

    public sealed record DeviceRequest(Guid? ProductId, DeviceCategory? Category, string? Model, int? Quantity, JsonElement? Location,
        int? DepthCm, DeviceCondition? Condition, DateOnly? FoundOn, DisposalMethod? DisposalMethod, DateOnly? DisposedOn);

    public sealed record DisposalRequest(DisposalMethod? Method, DateOnly? DisposedOn);

    public static void MapLandRelease(this RouteGroupBuilder api)
    {
        var activities = api.MapGroup("/activities").WithTags("Land release");

        activities.MapGet("/", async (IMediator mediator, CancellationToken ct, Guid? hazardousAreaId = null, Guid? organisationId = null,
                ActivityType? type = null, ActivityStatus? status = null, ApprovalStatus? approvalStatus = null, bool includeArchived = false,
                int page = 1, int pageSize = Paging.DefaultPageSize, string? sort = null) =>
                TypedResults.Ok(await mediator.Send(new ListActivities.Query(hazardousAreaId, organisationId, type, status, approvalStatus,
                    includeArchived, page, pageSize, sort), ct)))
            .WithName("ListActivities")
            .WithStandardErrors();

        activities.MapGet("/{id:guid}", async (Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
                Activity(http, await mediator.Send(new GetActivity.Query(id), ct)))
            .WithName("GetActivity")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithStandardErrors();

        activities.MapPost("/", async Task<Created<ActivityDto>> (ActivityInput input, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                var activity = Activity(http, await mediator.Send(new CreateActivity.Command(input), ct)).Value!;
                return TypedResults.Created($"/api/v1/activities/{activity.Id}", activity);
            })
            .WithName("CreateActivity")
            .WithSummary("Record an NTS, TS, clearance, BAC or EOD activity on an open hazardous area (depth defaults to the national setting).")
            .RequireAuthorization(Policies.DataEntry)
            .WithStandardErrors(write: true);

        activities.MapPut("/{id:guid}/plan", async (Guid id, PlanRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
                Activity(http, await mediator.Send(new UpdateActivityPlan.Command(id, ETags.Expected(http.Request, required: true),
                    body.Methods, body.SpecifiedDepthCm, body.PlannedStart, body.PlannedEnd, body.Teams), ct)))
            .WithName("UpdateActivityPlan")
            .RequireAuthorization(Policies.DataEntry)
            .WithStandardErrors(write: true);

        activities.MapPost("/{id:guid}/status", async (Guid id, StatusRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
                Activity(http, await mediator.Send(new ChangeActivityStatus.Command(id, ETags.Expected(http.Request, required: false),
                    body.Status, body.Date), ct)))
            .WithName("ChangeActivityStatus")
            .WithSummary("Start (InProgress), suspend or complete an activity; completion needs every device disposed of.")
            .RequireAuthorization(Policies.DataEntry)
            .WithStandardErrors(write: true);

        activities.MapReviewActions("Activity", (id, version, decision, comment) => new ReviewActivity.Command(id, version, decision, comment),
            a => a.RowVersion);

        activities.MapPost("/{id:guid}/products", async Task<Created<ProductDto>> (Guid id, ProductRequest body, IMediator mediator, CancellationToken ct) =>
            {
                var product = await mediator.Send(new RecordProduct.Command(id, body.Geometry, body.Outcome, body.ClearedDepthCm, body.ReleaseDate), ct);
                return TypedResults.Created($"/api/v1/hazardous-areas/{product.HazardousAreaId}/land-release", product);
            })
            .WithName("RecordProduct")
            .WithSummary("Record released land (GeoJSON polygon, outcome, cleared depth, date); IMAS rules are checked in PostGIS.")
            .RequireAuthorization(Policies.DataEntry)
            .WithStandardErrors(write: true);

        activities.MapGet("/{id:guid}/devices", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListDevices.Query(id), ct)))
            .WithName("ListDevices")
            .WithStandardErrors();

        activities.MapPost("/{id:guid}/devices", async Task<Created<DeviceDto>> (Guid id, DeviceRequest b, IMediator mediator, CancellationToken ct) =>
            {
                var device = await mediator.Send(new RecordDevice.Command(id, b.ProductId, b.Category, b.Model, b.Quantity, b.Location,
                    b.DepthCm, b.Condition, b.FoundOn, b.DisposalMethod, b.DisposedOn), ct);
                return TypedResults.Created($"/api/v1/activities/{id}/devices", device);
            })
            .WithName("RecordDevice")
            .RequireAuthorization(Policies.DataEntry)
            .WithStandardErrors(write: true);

        api.MapPost("/devices/{id:guid}/disposal", async (Guid id, DisposalRequest body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new RecordDisposal.Command(id, body.Method, body.DisposedOn), ct)))
            .WithTags("Land release")
            .WithName("RecordDisposal")
            .RequireAuthorization(Policies.DataEntry)
            .WithStandardErrors(write: true);

        api.MapPost("/products/{id:guid}/archive", async (Guid id, EndpointConventions.ArchiveRequest body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ArchiveProduct.Command(id, body.Reason), ct)))
            .WithTags("Land release")
            .WithName("ArchiveProduct")
            .WithSummary("Archive a wrongly recorded product with a reason; its land counts as unreleased again.")
            .RequireAuthorization(Policies.Reviewer)
            .WithStandardErrors(write: true);

        api.MapGet("/land-release/summary", async (IMediator mediator, CancellationToken ct, int? year = null, Guid? provinceId = null,
                LandReleaseSummary.Level by = LandReleaseSummary.Level.Province) =>
                TypedResults.Ok(await mediator.Send(new LandReleaseSummary.Query(year, provinceId, by), ct)))
            .WithTags("Land release")
            .WithName("LandReleaseSummary")
            .WithSummary("Per year and province/district: km² cancelled, reduced, cleared; devices destroyed by category; remaining SHA/CHA. Approved data only.")
            .WithStandardErrors();

        MapHistory(api);
    }

    private static void MapHistory(RouteGroupBuilder api)
    {
        api.MapGet("/land-release/contamination", async (IMediator mediator, CancellationToken ct, DateOnly? asOf = null, Guid? provinceId = null) =>
                TypedResults.Ok(await mediator.Send(new GetContaminationAsOf.Query(asOf, provinceId), ct)))
            .WithTags("Land release")
            .WithName("ContaminationAsOf")
            .WithSummary("Remaining SHA and CHA area as it stood at the end of a past date (asOf=2019-12-31). Approved data only.")
            .WithStandardErrors();

        api.MapGet("/land-release/reconciliation", async (IMediator mediator, CancellationToken ct, DateOnly? from = null, DateOnly? to = null,
                Guid? provinceId = null) =>
                TypedResults.Ok(await mediator.Send(new ReconcileContamination.Query(from, to, provinceId), ct)))
            .WithTags("Land release")
            .WithName("ReconcileContamination")
            .WithSummary("Opening + newly recorded ± confirmed − cancelled − reduced − cleared = closing, per type, for a period and province.")
            .WithStandardErrors();
    }

    private static Ok<ActivityDto> Activity(HttpContext http, ActivityDto activity)
    {
        ETags.Set(http, activity.RowVersion);
        return TypedResults.Ok(activity);
    }
}
