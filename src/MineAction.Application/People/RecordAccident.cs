using System.Text.Json;
using NetTopologySuite.Geometries;

namespace MineAction.Application.People;

/// <summary>Records an explosive ordnance accident.</summary>
public static class RecordAccident
{
    public sealed record Command(DateOnly? OccurredOn, JsonElement? Location, Guid? ProvinceId, Guid? DistrictId, DeviceCategory? DeviceCategory,
        Guid? HazardousAreaId, ActivityAtTime? ActivityAtTime, int? Killed, int? Injured, string? Source, string? ExternalImsmaId = null)
        : ICommand<AccidentDto>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.OccurredOn).NotNull();
            RuleFor(c => c.Location).NotNull().Must(l => GeometryInput.IsPoint(l)).WithMessage("'location' is a GeoJSON Point [longitude, latitude] in WGS 84.");
            RuleFor(c => c.DeviceCategory).NotNull().IsInEnum();
            RuleFor(c => c.ActivityAtTime).NotNull().IsInEnum();
            RuleFor(c => c.Killed).NotNull().InclusiveBetween(0, Accident.MaxCount);
            RuleFor(c => c.Injured).NotNull().InclusiveBetween(0, Accident.MaxCount);
            RuleFor(c => c.Source).MaximumLength(Accident.MaxSourceLength);
            RuleFor(c => c.ExternalImsmaId).MaximumLength(ExternalId.MaxLength);
        }
    }

    public sealed class Handler(IMineActionDb db, ICurrentUser user, TimeProvider clock, IMediator mediator,
        Microsoft.Extensions.Options.IOptions<ProgrammeOptions> programme) : ICommandHandler<Command, AccidentDto>
    {
        public async ValueTask<AccidentDto> Handle(Command c, CancellationToken cancellationToken)
        {
            user.EnsureInRole(Roles.AccidentEntry, "Accidents are recorded by the NMAA and victim assistance officers.");

            var location = (Point)GeoJson.Read(c.Location!.Value);
            var place = await Geography.AdminPlace.OfAsync(db, location, c.ProvinceId, c.DistrictId, "location", programme.Value.LocationToleranceMetres,
                cancellationToken);

            await db.HazardousAreas.EnsureExistsAsync(c.HazardousAreaId, "hazardousAreaId", "Hazardous area", cancellationToken);

            var accident = new Accident(c.OccurredOn!.Value, location, place.ProvinceId, place.DistrictId,
                c.DeviceCategory!.Value, c.HazardousAreaId, c.ActivityAtTime!.Value, c.Killed!.Value, c.Injured!.Value, c.Source,
                clock.Today());
            accident.Identify(c.ExternalImsmaId);
            await ExternalIds.EnsureFreeAsync(db.Accidents.IncludingArchived().Where(a => a.ExternalImsmaId == accident.ExternalImsmaId)
                .Select(a => a.Id.ToString()), accident.ExternalImsmaId, "Accident", cancellationToken);
            db.Accidents.Add(accident);
            await db.SaveChangesAsync(cancellationToken);
            return await mediator.Send(new GetAccident.Query(accident.Id), cancellationToken);
        }
    }
}
