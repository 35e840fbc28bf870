using MineAction.Domain.Resources;

namespace MineAction.Application.Resources;

/// <summary>Links an activity, task order, EORE session or VA service to a project, so its outputs count for the project.</summary>
public static class LinkProject
{
    public sealed record Command(Guid Id, ProjectLinkKind? Kind, Guid? TargetId) : ICommand<ProjectDto>, IProjectLinkCommand;

    public sealed class Validator : ProjectLinkValidator<Command>;

    public sealed class Handler(IMineActionDb db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, ProjectDto>
    {
        public async ValueTask<ProjectDto> Handle(Command c, CancellationToken cancellationToken)
        {
            user.EnsureFinance();
            var id = c.TargetId!.Value;
            var exists = c.Kind switch
            {
                ProjectLinkKind.Activity => await db.Activities.AnyAsync(a => a.Id == id && a.ArchivedAt == null, cancellationToken),
                ProjectLinkKind.Task => await db.Tasks.AnyAsync(t => t.Id == id && t.ArchivedAt == null, cancellationToken),
                ProjectLinkKind.EoreSession => await db.EoreSessions.AnyAsync(e => e.Id == id && e.ArchivedAt == null, cancellationToken),
                _ => await db.AssistanceServices.AnyAsync(s => s.Id == id && s.ArchivedAt == null, cancellationToken),
            };
            if (!exists)
            {
                throw Invalid.Field("targetId", $"No {c.Kind} '{id}'.");
            }

            await db.ChangeAsync(db.Projects, c.Id, null, p => p.Link(c.Kind!.Value, id), cancellationToken);
            return await GetProject.LoadAsync(db, c.Id, clock.Today(), cancellationToken);
        }
    }
}
