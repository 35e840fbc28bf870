namespace MineAction.Application.Operations;

public static class GetAccreditation
{
    public sealed record Query(Guid Id) : IQuery<AccreditationDto>;

    public sealed class Handler(IMineActionDb db) : IQueryHandler<Query, AccreditationDto>
    {
        public async ValueTask<AccreditationDto> Handle(Query q, CancellationToken cancellationToken) =>
            await AccreditationQueries.Project(db, db.Accreditations.Where(a => a.Id == q.Id)).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Accreditation", q.Id);
    }
}
