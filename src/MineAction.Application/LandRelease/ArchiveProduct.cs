namespace MineAction.Application.LandRelease;

/// <summary>Corrects a wrongly recorded product: it is archived with a reason and its land counts as unreleased again.</summary>
public static class ArchiveProduct
{
    public sealed record Command([property: JsonIgnore] Guid Id, string? Reason) : ICommand<ProductDto>, IArchiveCommand;

    public sealed class Validator : ArchiveCommandValidator<Command>;

    public sealed class Handler(IMineActionDb db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, ProductDto>
    {
        public async ValueTask<ProductDto> Handle(Command command, CancellationToken cancellationToken)
        {
            user.EnsureReviewer();
            await db.ChangeAsync(db.Products, command.Id, null, p => p.Archive(command.Reason!, user.Name, clock.GetUtcNow()), cancellationToken);
            return await ProductQueries.ProductsOf(db, p => p.Id == command.Id).IncludingArchived().SingleAsync(cancellationToken);
        }
    }
}
