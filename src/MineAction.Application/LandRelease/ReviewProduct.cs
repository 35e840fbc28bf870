namespace MineAction.Application.LandRelease;

/// <summary>
/// An information manager approves released land reported on its own — e.g. a month's progress on an approved clearance that goes on — so it
/// counts officially, or returns it with a comment. Its activity's report stays as approved.
/// </summary>
public static class ReviewProduct
{
    public sealed record Command([property: JsonIgnore] Guid Id, [property: JsonIgnore] uint? ExpectedVersion, [property: JsonIgnore] ReviewDecision Decision, string? Comment)
        : ICommand<ProductDto>, IReviewCommand;

    public sealed class Validator : ReviewCommandValidator<Command>;

    public sealed class Handler(IMineActionDb db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, ProductDto>
    {
        public async ValueTask<ProductDto> Handle(Command command, CancellationToken cancellationToken)
        {
            await db.ChangeAsync(db.Products, command.Id, command.ExpectedVersion, p => user.Review(p, command, clock.GetUtcNow()), cancellationToken);
            return await ProductQueries.ProductsOf(db, p => p.Id == command.Id).IncludingArchived().SingleAsync(cancellationToken);
        }
    }
}
