namespace MineAction.Application.Resources;

public static class UpdateProject
{
    public sealed record Command(Guid Id, uint? ExpectedVersion, ProjectInput Input) : ICommand<ProjectDto>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Input).NotNull().SetValidator(new ProjectInputValidator());
    }

    public sealed class Handler(IMineActionDb db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, ProjectDto>
    {
        public async ValueTask<ProjectDto> Handle(Command c, CancellationToken cancellationToken)
        {
            user.EnsureFinance();
            await ProjectChecks.EnsureReferencesAsync(db, c.Input, cancellationToken);
            await db.ChangeAsync(db.Projects, c.Id, c.ExpectedVersion, p => p.Change(c.Input.ToDetails()), cancellationToken);
            return await GetProject.LoadAsync(db, c.Id, clock.Today(), cancellationToken);
        }
    }
}
