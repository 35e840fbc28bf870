using System.Text.Json;
using MineAction.Application.Hazards;
using NetTopologySuite.Geometries;

namespace MineAction.Application.People;

/// <summary>Records a risk education session (operators for their own organisation; counts once approved).</summary>
public static class RecordEoreSession
{
    public sealed record Command(DateOnly? HeldOn, JsonElement? Location, Guid? ProvinceId, Guid? OrganisationId, DeliveryMethod? Method,
        Audience? Audience, Sadd? Beneficiaries, Sadd? WithDisabilities, string? Materials, string? ExternalImsmaId = null) : ICommand<EoreSessionDto>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.HeldOn).NotNull();
            RuleFor(c => c.Location).NotNull().Must(l => GeometryInput.IsPoint(l)).WithMessage("'location' is a GeoJSON Point [longitude, latitude] in WGS 84.");
            RuleFor(c => c.OrganisationId).NotNull();
            RuleFor(c => c.Method).NotNull().IsInEnum();
            RuleFor(c => c.Audience).NotNull().IsInEnum();
            RuleFor(c => c.Beneficiaries).NotNull();
            RuleFor(c => c.Beneficiaries!).SetValidator(new SaddValidator()).When(c => c.Beneficiaries is not null);
            RuleFor(c => c.WithDisabilities!).SetValidator(new SaddValidator()).When(c => c.WithDisabilities is not null);
            RuleFor(c => c.Materials).MaximumLength(EoreSession.MaxMaterialsLength);
            RuleFor(c => c.ExternalImsmaId).MaximumLength(ExternalId.MaxLength);
        }
    }

    public sealed class Handler(IMineActionDb db, ICurrentUser user, TimeProvider clock, Microsoft.Extensions.Options.IOptions<ProgrammeOptions> programme)
        : ICommandHandler<Command, EoreSessionDto>
    {
        public async ValueTask<EoreSessionDto> Handle(Command c, CancellationToken cancellationToken)
        {
            user.EnsureCanEnterDataFor(c.OrganisationId!.Value);
            var location = (Point)GeoJson.Read(c.Location!.Value);
            var place = await Geography.AdminPlace.OfAsync(db, location, c.ProvinceId, null, "location", programme.Value.LocationToleranceMetres,
                cancellationToken);

            await db.EnsureOrganisationAsync(c.OrganisationId, "organisationId", cancellationToken);

            var session = new EoreSession(c.HeldOn!.Value, location, place.ProvinceId, c.OrganisationId!.Value,
                c.Method!.Value, c.Audience!.Value, c.Beneficiaries!, c.WithDisabilities ?? Sadd.None, c.Materials,
                clock.Today());
            session.Identify(c.ExternalImsmaId);
            await ExternalIds.EnsureFreeAsync(db.EoreSessions.OfEveryOrganisation().IncludingArchived()
                .Where(e => e.OrganisationId == session.OrganisationId && e.ExternalImsmaId == session.ExternalImsmaId)
                .Select(e => e.Id.ToString()), session.ExternalImsmaId, "Risk education session", cancellationToken);
            user.ApplyEntryReview(session, clock.GetUtcNow());
            db.EoreSessions.Add(session);
            await db.SaveChangesAsync(cancellationToken);
            return await EoreQueries.Project(db.EoreSessions.Where(e => e.Id == session.Id)).SingleAsync(cancellationToken);
        }
    }
}
