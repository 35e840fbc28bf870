namespace MineAction.Application.Hazards;

public static class UpdateHazardousArea
{
    /// <summary>Replaces the attributes; <c>ExpectedVersion</c> is the row version the client last read (If-Match).</summary>
    public sealed record Command : HazardInput, ICommand<HazardDetailDto>
    {
        [JsonIgnore]
        public Guid Id { get; init; }

        [JsonIgnore]
        public uint? ExpectedVersion { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock) => Include(new HazardInputValidator(clock, geometryRequired: false));
    }

    public sealed class Handler(IMineActionDb db, ICurrentUser user, TimeProvider clock, IMediator mediator,
        Microsoft.Extensions.Options.IOptions<ProgrammeOptions> programme)
        : ICommandHandler<Command, HazardDetailDto>
    {
        public async ValueTask<HazardDetailDto> Handle(Command command, CancellationToken cancellationToken)
        {
            var hazard = await db.LoadForChangeAsync(user, command.Id, command.ExpectedVersion, cancellationToken);
            user.EnsureCanEnterDataFor(command.RecordingOrganisationId!.Value);
            var (attributes, country) = await HazardReferences.CheckAsync(db, command, command.ReadGeometry() ?? hazard.Geometry,
                programme.Value.LocationToleranceMetres, hazard.Id, cancellationToken);
            if (country != hazard.CountryCode)
            {
                throw Invalid.Field("provinceId", "The province belongs to another country than the hazardous area.");
            }

            hazard.UpdateAttributes(attributes, clock.Today());
            if (command.ReadGeometry() is { } geometry && !HazardGeometry.ToValidMultiPolygon(geometry).EqualsExact(hazard.Geometry, 1e-7))
            {
                // Released land was measured against the current polygon: changing it would break the ledger.
                if (await db.Products.OfEveryOrganisation().AnyAsync(p => p.HazardousAreaId == hazard.Id && p.SupersededOn == null, cancellationToken))
                {
                    throw new DomainRuleViolation("HAZARD_HAS_RELEASES",
                        "Land has been released from this hazardous area; its polygon can no longer be redrawn. Archive the products first or record a new area.",
                        "geometry");
                }

                hazard.Redraw(geometry);
            }

            user.ApplyChangeReview(hazard);
            await db.SaveChangesAsync(cancellationToken);
            return await mediator.Send(new GetHazardousArea.Query(hazard.Id), cancellationToken);
        }
    }
}
