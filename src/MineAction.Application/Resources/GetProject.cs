namespace MineAction.Application.Resources;

public static class GetProject
{
    public sealed record Query(Guid Id) : IQuery<ProjectDto>;

    public sealed class Handler(IMineActionDb db, TimeProvider clock) : IQueryHandler<Query, ProjectDto>
    {
        public async ValueTask<ProjectDto> Handle(Query q, CancellationToken cancellationToken) => await LoadAsync(db, q.Id, clock.Today(), cancellationToken);
    }

    internal static async Task<ProjectDto> LoadAsync(IMineActionDb db, Guid id, DateOnly today, CancellationToken ct)
    {
        var project = await db.Projects.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct)
            ?? throw new NotFoundException(nameof(Project), id);
        return (await ListProjects.ToDtosAsync(db, [project], today, ct)).Single();
    }
}
