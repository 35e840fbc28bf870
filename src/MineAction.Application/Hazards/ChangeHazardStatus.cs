using MineAction.Application.LandRelease;

namespace MineAction.Application.Hazards;

/// <summary>
/// The NMAA's status decisions on a hazardous area: confirm the proposed closure once products cover it,
/// hand it over to the community, or re-open it with a reason (e.g. a device found after release).
/// </summary>
public static class ChangeHazardStatus
{
    public enum Transition
    {
        Close,
        HandOver,
        Reopen,
    }

    public sealed record Command([property: JsonIgnore] Guid Id, [property: JsonIgnore] uint? ExpectedVersion, [property: JsonIgnore] Transition Step, DateOnly? Date, string? Reason) : ICommand<HazardDetailDto>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Date).NotNull().WithName("date");
            RuleFor(c => c.Reason).MaximumLength(Domain.Hazards.HazardousArea.MaxNoteLength).WithName("reason");
            RuleFor(c => c.Reason).NotEmpty().When(c => c.Step == Transition.Reopen).WithName("reason")
                .WithMessage("'reason' must say why the area is re-opened.");
        }
    }

    public sealed class Handler(IMineActionDb db, ICurrentUser user, TimeProvider clock, IMediator mediator)
        : ICommandHandler<Command, HazardDetailDto>
    {
        public async ValueTask<HazardDetailDto> Handle(Command command, CancellationToken cancellationToken)
        {
            user.EnsureReviewer();
            var released = await ProductQueries.ApprovedReleasedM2(db, command.Id).SumAsync(cancellationToken);
            var today = clock.Today();
            await db.ChangeAsync(db.HazardousAreas, command.Id, command.ExpectedVersion, hazard =>
            {
                switch (command.Step)
                {
                    case Transition.Close:
                        hazard.CloseAsReleased(command.Date!.Value, released, today);
                        break;
                    case Transition.HandOver:
                        hazard.HandOver(command.Date!.Value, command.Reason, today);
                        break;
                    default:
                        hazard.Reopen(command.Date!.Value, command.Reason!, today);
                        break;
                }
            }, cancellationToken, () => SupersedeReleasesAsync(command, cancellationToken));
            return await mediator.Send(new GetHazardousArea.Query(command.Id), cancellationToken);
        }

        /// <summary>Re-opening makes the land released so far contaminated again (it may be released anew).</summary>
        private async Task SupersedeReleasesAsync(Command command, CancellationToken cancellationToken)
        {
            if (command.Step != Transition.Reopen)
            {
                return;
            }

            var releases = await db.Products.OfEveryOrganisation()
                .Where(p => p.HazardousAreaId == command.Id && p.SupersededOn == null && p.ReleaseDate <= command.Date)
                .ToListAsync(cancellationToken);
            releases.ForEach(p => p.Supersede(command.Date!.Value));
        }
    }
}
