using System.Text.Json;
using MineAction.Application.Hazards;
using NetTopologySuite.Geometries;

namespace MineAction.Application.People;

/// <summary>Records a risk education session (operators for their own organisation; counts once approved).</summary>
public static class RecordEoreSession
{
    public sealed record Command(DateOnly? HeldOn, JsonElement? Location, Guid? ProvinceId, Guid? OrganisationId, DeliveryMethod? Method,
        Audience? Audience, Sadd? Beneficiaries, Sadd? WithDisabilities, string? Materials) : ICommand<EoreSessionDto>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.HeldOn).NotNull();
            RuleFor(c => c.Location).NotNull().Must(l => GeometryInput.IsPoint(l)).WithMessage("'location' is a GeoJSON Point [longitude, latitude] in WGS 84.");
            RuleFor(c => c.ProvinceId).NotNull();
            RuleFor(c => c.OrganisationId).NotNull();
            RuleFor(c => c.Method).NotNull().IsInEnum();
            RuleFor(c => c.Audience).NotNull().IsInEnum();
            RuleFor(c => c.Beneficiaries).NotNull();
            RuleFor(c => c.Beneficiaries!).SetValidator(new SaddValidator()).When(c => c.Beneficiaries is not null);
            RuleFor(c => c.WithDisabilities!).SetValidator(new SaddValidator()).When(c => c.WithDisabilities is not null);
            RuleFor(c => c.Materials).MaximumLength(EoreSession.MaxMaterialsLength);
        }
    }

    public sealed class Handler(IMineActionDb db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, EoreSessionDto>
    {
        public async ValueTask<EoreSessionDto> Handle(Command c, CancellationToken cancellationToken)
        {
            user.EnsureCanEnterDataFor(c.OrganisationId!.Value);
            await db.EnsureProvinceAsync(c.ProvinceId, "provinceId", cancellationToken);
            var location = (Point)GeoJson.Read(c.Location!.Value);
            await db.EnsureWithinAsync(location, "location", cancellationToken);

            await db.EnsureOrganisationAsync(c.OrganisationId, "organisationId", cancellationToken);

            var session = new EoreSession(c.HeldOn!.Value, location, c.ProvinceId!.Value, c.OrganisationId!.Value,
                c.Method!.Value, c.Audience!.Value, c.Beneficiaries!, c.WithDisabilities ?? Sadd.None, c.Materials,
                clock.Today());
            user.ApplyEntryReview(session, clock.GetUtcNow());
            db.EoreSessions.Add(session);
            await db.SaveChangesAsync(cancellationToken);
            return await EoreQueries.Project(db.EoreSessions.Where(e => e.Id == session.Id)).SingleAsync(cancellationToken);
        }
    }
}
