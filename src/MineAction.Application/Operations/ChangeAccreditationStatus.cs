namespace MineAction.Application.Operations;

public static class ChangeAccreditationStatus
{
    public sealed record Command([property: JsonIgnore] Guid Id, [property: JsonIgnore] uint? ExpectedVersion, AccreditationStatus? Status, string? Reason) : ICommand<AccreditationDto>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Status).NotNull().IsInEnum().WithName("status");
            RuleFor(c => c.Reason).MaximumLength(Accreditation.MaxReasonLength).WithName("reason");
        }
    }

    public sealed class Handler(IMineActionDb db, ICurrentUser user) : ICommandHandler<Command, AccreditationDto>
    {
        public async ValueTask<AccreditationDto> Handle(Command c, CancellationToken cancellationToken)
        {
            user.EnsureReviewer();
            await db.ChangeAsync(db.Accreditations, c.Id, c.ExpectedVersion, a => a.ChangeStatus(c.Status!.Value, c.Reason), cancellationToken);
            return await AccreditationQueries.Project(db, db.Accreditations.Where(a => a.Id == c.Id)).SingleAsync(cancellationToken);
        }
    }
}
