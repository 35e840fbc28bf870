namespace MineAction.Application.Resources;

public static class UpdateProject
{
    public sealed record Command : ProjectInput, ICommand<ProjectDto>
    {
        [JsonIgnore]
        public Guid Id { get; init; }

        [JsonIgnore]
        public uint? ExpectedVersion { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => Include(new ProjectInputValidator());
    }

    public sealed class Handler(IMineActionDb db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, ProjectDto>
    {
        public async ValueTask<ProjectDto> Handle(Command c, CancellationToken cancellationToken)
        {
            user.EnsureFinance();
            await ProjectChecks.EnsureReferencesAsync(db, c, cancellationToken);
            await db.ChangeAsync(db.Projects, c.Id, c.ExpectedVersion, p => p.Change(c.ToDetails()), cancellationToken);
            return await GetProject.LoadAsync(db, c.Id, clock.Today(), cancellationToken);
        }
    }
}
