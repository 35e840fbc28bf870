namespace MineAction.Application.Resources;

/// <summary>Removes a link from a project: the record's outputs no longer count for it (the record itself is untouched).</summary>
public static class UnlinkProject
{
    public sealed record Command([property: JsonIgnore] Guid Id, ProjectLinkKind? Kind, Guid? TargetId) : ICommand<ProjectDto>, IProjectLinkCommand;

    public sealed class Validator : ProjectLinkValidator<Command>;

    public sealed class Handler(IMineActionDb db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, ProjectDto>
    {
        public async ValueTask<ProjectDto> Handle(Command c, CancellationToken cancellationToken)
        {
            user.EnsureFinance();
            await db.ChangeAsync(db.Projects, c.Id, null, p => p.Unlink(c.Kind!.Value, c.TargetId!.Value), cancellationToken);
            return await GetProject.LoadAsync(db, c.Id, clock.Today(), cancellationToken);
        }
    }
}
