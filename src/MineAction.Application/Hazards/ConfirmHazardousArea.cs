namespace MineAction.Application.Hazards;

/// <summary>SHA → CHA on direct evidence.</summary>
public static class ConfirmHazardousArea
{
    public sealed record Command([property: JsonIgnore] Guid Id, [property: JsonIgnore] uint? ExpectedVersion, DateOnly? ConfirmedOn, string? Note) : ICommand<HazardDetailDto>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.ConfirmedOn).NotNull().WithName("confirmedOn");
            RuleFor(c => c.Note).NotEmpty().MaximumLength(HazardousArea.MaxNoteLength).WithName("note");
        }
    }

    public sealed class Handler(IMineActionDb db, ICurrentUser user, TimeProvider clock, IMediator mediator)
        : ICommandHandler<Command, HazardDetailDto>
    {
        public async ValueTask<HazardDetailDto> Handle(Command command, CancellationToken cancellationToken)
        {
            var hazard = await db.LoadForChangeAsync(user, command.Id, command.ExpectedVersion, cancellationToken);
            hazard.Confirm(command.ConfirmedOn!.Value, command.Note!, clock.Today());
            user.ApplyChangeReview(hazard);
            await db.SaveChangesAsync(cancellationToken);
            return await mediator.Send(new GetHazardousArea.Query(hazard.Id), cancellationToken);
        }
    }
}
