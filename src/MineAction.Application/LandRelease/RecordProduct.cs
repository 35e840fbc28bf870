using System.Text.Json;

namespace MineAction.Application.LandRelease;

/// <summary>
/// Records the land an activity released. IMAS rules are enforced in the same transaction, under a lock
/// on the hazard: inside the hazard, no overlap with released land, total within the hazard's area,
/// outcome matching the activity, cleared depth ≥ specified depth, date within the activity. Land reported after the activity was approved
/// (progress on long work) is a submission of its own.
/// </summary>
public static class RecordProduct
{
    public sealed record Command([property: JsonIgnore] Guid ActivityId, JsonElement? Geometry, ReleaseOutcome? Outcome, int? ClearedDepthCm, DateOnly? ReleaseDate,
        string? ExternalImsmaId = null) : ICommand<ProductDto>;

    /// <summary>Why land cannot be released from a hazard that is closed or archived.</summary>
    public const string HazardNotOpen = "Land is released from open hazardous areas only.";

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Geometry).NotNull().WithName("geometry").WithMessage("'geometry' is required: the released polygon as GeoJSON.");
            RuleFor(c => c.Geometry).Custom((g, context) =>
            {
                var problem = GeometryInput.Problem(g);
                if (problem is not null)
                {
                    context.AddFailure("geometry", $"The geometry {problem}.");
                }
            });
            RuleFor(c => c.Outcome).NotNull().IsInEnum().WithName("outcome");
            RuleFor(c => c.ClearedDepthCm).InclusiveBetween(0, LandReleaseActivity.MaxDepthCm).WithName("clearedDepthCm");
            RuleFor(c => c.ReleaseDate).NotNull().WithName("releaseDate");
            RuleFor(c => c.ExternalImsmaId).MaximumLength(ExternalId.MaxLength).WithName(ExternalIds.Field);
        }
    }

    public sealed class Handler(IMineActionDb db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, ProductDto>
    {
        public async ValueTask<ProductDto> Handle(Command command, CancellationToken cancellationToken)
        {
            await using var transaction = await JoinedTransaction.BeginAsync(db.Database, cancellationToken);
            var activity = await db.LoadActivityForResultsAsync(user, command.ActivityId, cancellationToken);
            var today = clock.Today();
            var product = new LandReleaseProduct(activity, GeoJson.Read(command.Geometry!.Value), command.Outcome!.Value,
                command.ClearedDepthCm, command.ReleaseDate!.Value, today);
            product.Identify(command.ExternalImsmaId);
            await ExternalIds.EnsureFreeAsync(db.Products.OfEveryOrganisation().IncludingArchived()
                .Where(p => p.OrganisationId == product.OrganisationId && p.ExternalImsmaId == product.ExternalImsmaId)
                .Select(p => p.Id.ToString()), product.ExternalImsmaId, "Released land", cancellationToken);
            var hazard = await db.HazardousAreas.AsNoTracking().SingleAsync(h => h.Id == activity.HazardousAreaId, cancellationToken);
            hazard.EnsureAcceptsWork(HazardNotOpen);

            (await ReleaseGeometry.MeasureAsync(db, activity.HazardousAreaId, product.Geometry, cancellationToken)).Ensure();
            db.Products.Add(product);
            user.StampResult(activity, product, isNew: true, clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return await ProductQueries.ProductsOf(db, p => p.Id == product.Id).SingleAsync(cancellationToken);
        }
    }
}
