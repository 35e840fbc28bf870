namespace MineAction.Application.Hazards;

public static class GetHazardousArea
{
    public sealed record Query(Guid Id) : IQuery<HazardDetailDto>;

    public sealed class Handler(IMineActionDb db) : IQueryHandler<Query, HazardDetailDto>
    {
        public async ValueTask<HazardDetailDto> Handle(Query query, CancellationToken cancellationToken)
        {
            var hazard = db.HazardousAreas.IncludingArchived().AsNoTracking().Where(h => h.Id == query.Id);
            var summary = await hazard.Select(HazardSummaryDto.Projection).SingleOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException("HazardousArea", query.Id);
            var detail = await hazard.Select(HazardDetailDto.Projection).SingleAsync(cancellationToken);
            return detail with { Summary = summary };
        }
    }
}
