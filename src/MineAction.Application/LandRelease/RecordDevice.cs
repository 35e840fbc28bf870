using System.Text.Json;
using NetTopologySuite.Geometries;

namespace MineAction.Application.LandRelease;

/// <summary>Records explosive ordnance found during an activity (and its disposal, when known already).</summary>
public static class RecordDevice
{
    public sealed record Command([property: JsonIgnore] Guid ActivityId, Guid? ProductId, DeviceCategory? Category, string? Model, int? Quantity,
        JsonElement? Location, int? DepthCm, DeviceCondition? Condition, DateOnly? FoundOn, DisposalMethod? DisposalMethod,
        DateOnly? DisposedOn, string? ExternalImsmaId = null) : ICommand<DeviceDto>;

    /// <summary>Why a device cannot name released land of another activity.</summary>
    public const string NotTheActivitys = "The product is not one of this activity's.";

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Category).NotNull().IsInEnum().WithName("category");
            RuleFor(c => c.Model).MaximumLength(DeviceFound.MaxModelLength).WithName("model");
            RuleFor(c => c.Quantity).NotNull().InclusiveBetween(1, DeviceFound.MaxQuantity).WithName("quantity");
            RuleFor(c => c.DepthCm).InclusiveBetween(0, LandReleaseActivity.MaxDepthCm).WithName("depthCm");
            RuleFor(c => c.Condition).IsInEnum().WithName("condition");
            RuleFor(c => c.FoundOn).NotNull().WithName("foundOn");
            RuleFor(c => c.DisposalMethod).IsInEnum().WithName("disposalMethod");
            RuleFor(c => c.DisposedOn).NotNull().When(c => c.DisposalMethod is not null).WithName("disposedOn");
            RuleFor(c => c.ExternalImsmaId).MaximumLength(ExternalId.MaxLength).WithName(ExternalIds.Field);
            RuleFor(c => c.Location).Must(l => l is null or { ValueKind: JsonValueKind.Null } || GeometryInput.IsPoint(l)).WithName("location")
                .WithMessage("'location' is a GeoJSON Point [longitude, latitude] in WGS 84.");
        }
    }

    public sealed class Handler(IMineActionDb db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, DeviceDto>
    {
        public async ValueTask<DeviceDto> Handle(Command c, CancellationToken cancellationToken)
        {
            var activity = await db.LoadActivityForResultsAsync(user, c.ActivityId, cancellationToken);
            if (c.ProductId is { } productId && !await db.Products.AnyAsync(p => p.Id == productId && p.ActivityId == activity.Id, cancellationToken))
            {
                throw Invalid.Field("productId", NotTheActivitys);
            }

            var today = clock.Today();
            var location = c.Location is { ValueKind: JsonValueKind.Object } l ? (Point)GeoJson.Read(l) : null;
            await db.EnsureWithinAsync(location, "location", cancellationToken);
            var device = new DeviceFound(activity, c.ProductId, c.Category!.Value, c.Model, c.Quantity!.Value, location, c.DepthCm,
                c.Condition ?? DeviceCondition.Unknown, c.FoundOn!.Value, today);
            device.Identify(c.ExternalImsmaId);
            await ExternalIds.EnsureFreeAsync(db.Devices.OfEveryOrganisation().IncludingArchived()
                .Where(d => d.OrganisationId == device.OrganisationId && d.ExternalImsmaId == device.ExternalImsmaId)
                .Select(d => d.Id.ToString()), device.ExternalImsmaId, "Device record", cancellationToken);
            if (c.DisposalMethod is { } method)
            {
                device.RecordDisposal(method, c.DisposedOn!.Value, today, activity);
            }

            db.Devices.Add(device);
            user.StampResult(activity, device, isNew: true, clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            return await DeviceQueries.DevicesOf(db, d => d.Id == device.Id).SingleAsync(cancellationToken);
        }
    }
}
