namespace MineAction.Application.Hazards;

/// <summary>Records when a hazardous area's perimeter was marked and/or the area fenced (reported under Article 7 as warnings to the population).</summary>
public static class MarkHazardousArea
{
    public sealed record Command([property: JsonIgnore] Guid Id, [property: JsonIgnore] uint? ExpectedVersion, DateOnly? MarkedOn, DateOnly? FencedOn)
        : ICommand<HazardDetailDto>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() =>
            RuleFor(c => c.MarkedOn).NotNull().When(c => c.FencedOn is null).WithName("markedOn")
                .WithMessage("Give the date the perimeter was marked ('markedOn'), the date it was fenced ('fencedOn'), or both.");
    }

    public sealed class Handler(IMineActionDb db, ICurrentUser user, TimeProvider clock, IMediator mediator) : ICommandHandler<Command, HazardDetailDto>
    {
        public async ValueTask<HazardDetailDto> Handle(Command command, CancellationToken cancellationToken)
        {
            var hazard = await db.LoadForChangeAsync(user, command.Id, command.ExpectedVersion, cancellationToken);
            hazard.RecordMarking(command.MarkedOn, command.FencedOn, clock.Today());
            user.ApplyChangeReview(hazard);
            await db.SaveChangesAsync(cancellationToken);
            return await mediator.Send(new GetHazardousArea.Query(hazard.Id), cancellationToken);
        }
    }
}
