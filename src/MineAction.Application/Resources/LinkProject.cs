namespace MineAction.Application.Resources;

/// <summary>Links an activity, task order, EORE session or VA service to a project, so its outputs count for the project.</summary>
public static class LinkProject
{
    public sealed record Command([property: JsonIgnore] Guid Id, ProjectLinkKind? Kind, Guid? TargetId) : ICommand<ProjectDto>, IProjectLinkCommand;

    public sealed class Validator : ProjectLinkValidator<Command>;

    public sealed class Handler(IMineActionDb db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, ProjectDto>
    {
        public async ValueTask<ProjectDto> Handle(Command c, CancellationToken cancellationToken)
        {
            user.EnsureFinance();
            var id = c.TargetId!.Value;
            await (c.Kind switch
            {
                ProjectLinkKind.Activity => db.Activities.EnsureExistsAsync(id, "targetId", "Activity", cancellationToken),
                ProjectLinkKind.Task => db.Tasks.EnsureExistsAsync(id, "targetId", "Task", cancellationToken),
                ProjectLinkKind.EoreSession => db.EoreSessions.EnsureExistsAsync(id, "targetId", "Risk education session", cancellationToken),
                _ => db.AssistanceServices.EnsureExistsAsync(id, "targetId", "Assistance service", cancellationToken),
            });

            await db.ChangeAsync(db.Projects, c.Id, null, p => p.Link(c.Kind!.Value, id), cancellationToken);
            return await GetProject.LoadAsync(db, c.Id, clock.Today(), cancellationToken);
        }
    }
}
