using Microsoft.AspNetCore.Http.HttpResults;
using MineAction.Application.LandRelease;

namespace MineAction.Web.Endpoints;

public static class LandReleaseEndpoints
{
    public static void MapLandRelease(this RouteGroupBuilder api)
    {
        var activities = api.MapGroup("/activities").WithTags("Land release");
        activities.MapGet("/", List).WithName("ListActivities").WithStandardErrors();
        activities.MapGet("/{id:guid}", Get).WithName("GetActivity").ProducesProblem(StatusCodes.Status404NotFound).WithStandardErrors();
        activities.MapPost("/", Create).WithName("CreateActivity")
            .WithSummary("Record an NTS, TS, clearance, BAC or EOD activity on an open hazardous area (depth defaults to the national setting).")
            .RequireAuthorization(Policies.DataEntry).WithStandardErrors(write: true);
        activities.MapPut("/{id:guid}/plan", UpdatePlan).WithName("UpdateActivityPlan")
            .RequireAuthorization(Policies.DataEntry).WithStandardErrors(write: true);
        activities.MapPost("/{id:guid}/status", ChangeStatus).WithName("ChangeActivityStatus")
            .WithSummary("Start (InProgress), suspend or complete an activity; completion needs every device disposed of.")
            .RequireAuthorization(Policies.DataEntry).WithStandardErrors(write: true);
        activities.MapReviewActions<ReviewActivity.Command, ActivityDto>("Activity",
            (c, id, version, decision) => c with { Id = id, ExpectedVersion = version, Decision = decision }, a => a.RowVersion);
        activities.MapPost("/{id:guid}/products", RecordProduct).WithName("RecordProduct")
            .WithSummary("Record released land (GeoJSON polygon, outcome, cleared depth, date); IMAS rules are checked in PostGIS.")
            .RequireAuthorization(Policies.DataEntry).WithStandardErrors(write: true);
        activities.MapGet("/{id:guid}/devices", ListDevices).WithName("ListDevices").ProducesProblem(StatusCodes.Status404NotFound).WithStandardErrors();
        activities.MapPost("/{id:guid}/devices", RecordDevice).WithName("RecordDevice")
            .RequireAuthorization(Policies.DataEntry).WithStandardErrors(write: true);

        var products = api.MapGroup("/products").WithTags("Land release");
        products.MapGet("/{id:guid}", GetProduct).WithName("GetProduct").ProducesProblem(StatusCodes.Status404NotFound).WithStandardErrors();
        products.MapReviewActions<ReviewProduct.Command, ProductDto>("Product",
            (c, id, version, decision) => c with { Id = id, ExpectedVersion = version, Decision = decision }, p => p.RowVersion);
        products.MapPost("/{id:guid}/archive", ArchiveProduct).WithName("ArchiveProduct")
            .WithSummary("Archive a wrongly recorded product with a reason; its land counts as unreleased again.")
            .RequireAuthorization(Policies.Reviewer).WithStandardErrors(write: true);

        var devices = api.MapGroup("/devices").WithTags("Land release");
        devices.MapGet("/{id:guid}", GetDevice).WithName("GetDevice").ProducesProblem(StatusCodes.Status404NotFound).WithStandardErrors();
        devices.MapReviewActions<ReviewDevice.Command, DeviceDto>("Device",
            (c, id, version, decision) => c with { Id = id, ExpectedVersion = version, Decision = decision }, d => d.RowVersion);
        devices.MapPost("/{id:guid}/disposal", RecordDisposal).WithName("RecordDisposal")
            .RequireAuthorization(Policies.DataEntry).WithStandardErrors(write: true);

        var figures = api.MapGroup("/land-release").WithTags("Land release");
        figures.MapGet("/summary", Summary).WithName("LandReleaseSummary")
            .WithSummary("Per year and province/district: km² cancelled, reduced, cleared; devices destroyed by category; remaining SHA/CHA now, or at the end of a past date (asOf=2019-12-31). Approved data only.")
            .WithStandardErrors();
        figures.MapGet("/contamination", ContaminationAsOf).WithName("ContaminationAsOf")
            .WithSummary("Remaining SHA and CHA area as it stood at the end of a past date (asOf=2019-12-31). Approved data only.")
            .WithStandardErrors();
        figures.MapGet("/released-land.geojson", ReleasedLand).WithName("ExportReleasedLandGeoJson")
            .WithSummary("Released land (live products) as a GeoJSON FeatureCollection, by province, hazard, organisation, outcome and release date, streamed.")
            .Produces(StatusCodes.Status200OK, contentType: GeoJsonFile.ContentType).WithStandardErrors();
        figures.MapGet("/devices.geojson", Devices).WithName("ExportDevicesGeoJson")
            .WithSummary("Devices found as a GeoJSON FeatureCollection of points, by province, hazard, organisation, category and date found, streamed.")
            .Produces(StatusCodes.Status200OK, contentType: GeoJsonFile.ContentType).WithStandardErrors();
        figures.MapGet("/reconciliation", Reconcile).WithName("ReconcileContamination")
            .WithSummary("Opening + newly recorded ± confirmed − cancelled − reduced − cleared = closing, per type, for a period and province.")
            .WithStandardErrors();
    }

    private static async Task<Ok<PagedResult<ActivityDto>>> List([AsParameters] ListActivities.Query query, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(query, ct));

    private static async Task<Ok<ActivityDto>> Get(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        Activity(http, await mediator.Send(new GetActivity.Query(id), ct));

    private static async Task<Created<ActivityDto>> Create(CreateActivity.Command command, IMediator mediator, HttpContext http, CancellationToken ct)
    {
        var activity = Activity(http, await mediator.Send(command, ct)).Value!;
        return TypedResults.Created($"/api/v1/activities/{activity.Id}", activity);
    }

    private static async Task<Ok<ActivityDto>> UpdatePlan(Guid id, UpdateActivityPlan.Command command, IMediator mediator, HttpContext http,
        CancellationToken ct) =>
        Activity(http, await mediator.Send(command with { Id = id, ExpectedVersion = ETags.Required(http) }, ct));

    private static async Task<Ok<ActivityDto>> ChangeStatus(Guid id, ChangeActivityStatus.Command command, IMediator mediator, HttpContext http,
        CancellationToken ct) =>
        Activity(http, await mediator.Send(command with { Id = id, ExpectedVersion = ETags.Optional(http) }, ct));

    private static async Task<Created<ProductDto>> RecordProduct(Guid id, RecordProduct.Command command, IMediator mediator, CancellationToken ct)
    {
        var product = await mediator.Send(command with { ActivityId = id }, ct);
        return TypedResults.Created($"/api/v1/products/{product.Id}", product);
    }

    private static async Task<Ok<IReadOnlyList<DeviceDto>>> ListDevices(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListDevices.Query(id), ct));

    private static async Task<Created<DeviceDto>> RecordDevice(Guid id, RecordDevice.Command command, IMediator mediator, CancellationToken ct)
    {
        var device = await mediator.Send(command with { ActivityId = id }, ct);
        return TypedResults.Created($"/api/v1/devices/{device.Id}", device);
    }

    private static async Task<Ok<ProductDto>> GetProduct(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetProduct.Query(id), ct));

    private static async Task<Ok<ProductDto>> ArchiveProduct(Guid id, ArchiveProduct.Command command, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { Id = id }, ct));

    private static async Task<Ok<DeviceDto>> GetDevice(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetDevice.Query(id), ct));

    private static async Task<Ok<DeviceDto>> RecordDisposal(Guid id, RecordDisposal.Command command, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { DeviceId = id }, ct));

    private static async Task<Ok<LandReleaseSummary.Summary>> Summary([AsParameters] LandReleaseSummary.Query query, IMediator mediator,
        CancellationToken ct) => TypedResults.Ok(await mediator.Send(query, ct));

    private static async Task<Ok<IReadOnlyList<GetContaminationAsOf.Row>>> ContaminationAsOf([AsParameters] GetContaminationAsOf.Query query,
        IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(query, ct));

    private static async Task<Ok<IReadOnlyList<ReconcileContamination.Row>>> Reconcile([AsParameters] ReconcileContamination.Query query,
        IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(query, ct));

    private static Ok<ActivityDto> Activity(HttpContext http, ActivityDto activity) => ETags.Ok(http, activity, activity.RowVersion);

    private static async Task<IResult> ReleasedLand([AsParameters] ReleasedLandFeatures.Query query, IMediator mediator, CancellationToken ct) =>
        GeoJsonFile.FeatureCollection("released-land.geojson", await mediator.Send(query, ct));

    private static async Task<IResult> Devices([AsParameters] DeviceFeatures.Query query, IMediator mediator, CancellationToken ct) =>
        GeoJsonFile.FeatureCollection("devices.geojson", await mediator.Send(query, ct));
}
