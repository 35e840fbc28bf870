namespace MineAction.Application.LandRelease;

/// <summary>A hazard's land release: its products in date order, totals by outcome, what remains and whether closure is due.</summary>
public static class GetLandRelease
{
    public sealed record Totals(double CancelledM2, double ReducedM2, double ClearedM2)
    {
        public double ReleasedM2 => CancelledM2 + ReducedM2 + ClearedM2;
    }

    public sealed record LandReleaseDto(
        Guid HazardousAreaId,
        string Code,
        HazardStatus Status,
        double AreaM2,
        Totals Approved,
        Totals Recorded,
        double RemainingM2,
        bool ClosureProposed,
        IReadOnlyList<ProductDto> Products);

    public sealed record Query(Guid HazardousAreaId) : IQuery<LandReleaseDto>;

    public sealed class Handler(IMineActionDb db) : IQueryHandler<Query, LandReleaseDto>
    {
        public async ValueTask<LandReleaseDto> Handle(Query query, CancellationToken cancellationToken)
        {
            var hazard = await db.HazardousAreas.IncludingArchived().AsNoTracking()
                .Where(h => h.Id == query.HazardousAreaId)
                .Select(h => new { h.Id, h.Code, h.Status, h.AreaM2 })
                .SingleOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException(nameof(HazardousArea), query.HazardousAreaId);
            var products = await ProductQueries.ProductsOf(db, p => p.HazardousAreaId == hazard.Id).ToListAsync(cancellationToken);
            var current = products.Where(p => p.SupersededOn is null).ToList();
            var approved = Sum(current.Where(p => p.ActivityApprovalStatus == ApprovalStatus.Approved && p.ApprovalStatus == ApprovalStatus.Approved));
            var recorded = Sum(current);
            var remaining = Math.Max(0, hazard.AreaM2 - approved.ReleasedM2);
            var proposed = HazardousArea.ClosureProposed(hazard.Status, hazard.AreaM2, approved.ReleasedM2);
            return new LandReleaseDto(hazard.Id, hazard.Code, hazard.Status, hazard.AreaM2, approved, recorded, remaining, proposed, products);
        }

        private static Totals Sum(IEnumerable<ProductDto> products)
        {
            var list = products.ToList();
            double Of(ReleaseOutcome o) => list.Where(p => p.Outcome == o).Sum(p => p.AreaM2);
            return new Totals(Of(ReleaseOutcome.Cancelled), Of(ReleaseOutcome.Reduced), Of(ReleaseOutcome.Cleared));
        }
    }
}
