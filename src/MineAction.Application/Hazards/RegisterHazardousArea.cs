using Microsoft.Extensions.Options;

namespace MineAction.Application.Hazards;

public static class RegisterHazardousArea
{
    /// <summary>Registers a hazardous area; with <c>RejectDuplicates</c> an overlap with an open hazard is refused (409) instead of warned about.</summary>
    public sealed record Command : HazardInput, ICommand<HazardDetailDto>
    {
        /// <summary>From the query string (<c>?rejectDuplicates=true</c>), not the body.</summary>
        [JsonIgnore]
        public bool RejectDuplicates { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock) => Include(new HazardInputValidator(clock, geometryRequired: true));
    }

    public sealed class Handler(IMineActionDb db, ICurrentUser user, TimeProvider clock, IMediator mediator, IOptions<ProgrammeOptions> programme)
        : ICommandHandler<Command, HazardDetailDto>
    {
        public async ValueTask<HazardDetailDto> Handle(Command command, CancellationToken cancellationToken)
        {
            user.EnsureCanEnterDataFor(command.RecordingOrganisationId!.Value);
            var polygon = command.ReadGeometry()!;
            var (attributes, country) = await HazardReferences.CheckAsync(db, command, polygon, programme.Value.LocationToleranceMetres, null, cancellationToken);
            var today = clock.Today();
            var hazard = new HazardousArea(country, polygon, attributes, today);
            var duplicates = await PossibleDuplicates.FindAsync(db, hazard.Geometry, programme.Value.DuplicateOverlapShare, cancellationToken);
            if (duplicates.Count > 0 && command.RejectDuplicates)
            {
                throw new ConflictException("POSSIBLE_DUPLICATE",
                    $"The polygon overlaps open hazardous area(s) {string.Join(", ", duplicates)} by more than {programme.Value.DuplicateOverlapShare:P0}.",
                    duplicates);
            }

            user.ApplyEntryReview(hazard, clock.GetUtcNow());
            db.HazardousAreas.Add(hazard);
            await db.SaveChangesAsync(cancellationToken);
            var detail = await mediator.Send(new GetHazardousArea.Query(hazard.Id), cancellationToken);
            return detail with
            {
                Warnings = duplicates
                    .Select(code => $"POSSIBLE_DUPLICATE: more than {programme.Value.DuplicateOverlapShare:P0} of the area overlaps open hazardous area {code}.")
                    .ToList(),
            };
        }
    }
}
