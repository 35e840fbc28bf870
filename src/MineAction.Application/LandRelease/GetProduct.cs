namespace MineAction.Application.LandRelease;

/// <summary>One released-land product, as its activity's reader may see it (archived ones too: they stay readable).</summary>
public static class GetProduct
{
    public sealed record Query(Guid Id) : IQuery<ProductDto>;

    public sealed class Handler(IMineActionDb db) : IQueryHandler<Query, ProductDto>
    {
        public async ValueTask<ProductDto> Handle(Query query, CancellationToken cancellationToken) =>
            await ProductQueries.ProductsOf(db, p => p.Id == query.Id).IncludingArchived().SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Product", query.Id);
    }
}
