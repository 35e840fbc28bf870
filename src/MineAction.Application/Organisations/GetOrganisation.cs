namespace MineAction.Application.Organisations;

public static class GetOrganisation
{
    public sealed record Query(Guid Id) : IQuery<OrganisationDto>;

    public sealed class Handler(IMineActionDb db) : IQueryHandler<Query, OrganisationDto>
    {
        public async ValueTask<OrganisationDto> Handle(Query query, CancellationToken cancellationToken) =>
            await db.Organisations.AsNoTracking()
                .Where(o => o.Id == query.Id)
                .Select(OrganisationDto.Projection)
                .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Organisation", query.Id);
    }
}
