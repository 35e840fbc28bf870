namespace MineAction.Application.Resources;

/// <summary>Archives a project created in error, with a reason — only while no live contribution pays for it.</summary>
public static class ArchiveProject
{
    public sealed record Command([property: JsonIgnore] Guid Id, string? Reason) : ICommand<ProjectDto>, IArchiveCommand;

    public sealed class Validator : ArchiveCommandValidator<Command>;

    public sealed class Handler(IMineActionDb db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, ProjectDto>
    {
        public async ValueTask<ProjectDto> Handle(Command c, CancellationToken cancellationToken)
        {
            user.EnsureFinance();
            var project = await GetProject.LoadAsync(db, c.Id, clock.Today(), cancellationToken);
            await FundingLedger.ArchiveUnlessReferencedAsync(db, db.Projects, c, c.Id,
                await db.Contributions.AnyAsync(x => x.ProjectId == c.Id, cancellationToken),
                "PROJECT_HAS_CONTRIBUTIONS", "Contributions pay for this project; archive them first.", user, clock, cancellationToken);
            return project;
        }
    }
}
