namespace MineAction.Application.Quality;

public static class CloseNonConformity
{
    public sealed record Command([property: JsonIgnore] Guid Id, DateOnly? ClosedOn, string? Evidence) : ICommand<NonConformityDto>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.ClosedOn).NotNull().WithName("closedOn");
            RuleFor(c => c.Evidence).NotEmpty().MaximumLength(QualityVisit.MaxTextLength).WithName("evidence");
        }
    }

    public sealed class Handler(IMineActionDb db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, NonConformityDto>
    {
        public async ValueTask<NonConformityDto> Handle(Command c, CancellationToken cancellationToken)
        {
            user.EnsureInRole(Roles.Quality, "Only quality and information managers close non-conformities.");

            await db.ChangeAsync(db.NonConformities, c.Id, null,
                n => n.Close(c.ClosedOn!.Value, c.Evidence!, clock.Today()), cancellationToken);
            return await QualityQueries.NonConformities(db, db.NonConformities.Where(n => n.Id == c.Id)).SingleAsync(cancellationToken);
        }
    }
}
