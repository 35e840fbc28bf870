using MineAction.Application.Hazards;
using MineAction.Application.LandRelease;
using MineAction.Application.People;
using MineAction.Application.Stockpiles;

namespace MineAction.Application.Review;

/// <summary>
/// Approves or returns several submissions at once from the inbox — all or none: each goes through its module's own review (the same rules,
/// audit and row-version check as one at a time) inside one transaction, so a refused one leaves every other as it was and is named
/// (<c>items[i]</c>) in the error.
/// </summary>
public static class DecideSubmissions
{
    public const int MaxItems = 500;

    public sealed record Item(SubmissionKind Kind, Guid Id, uint? Version);

    public sealed record Command(IReadOnlyList<Item>? Items, ReviewDecision Decision, string? Comment) : ICommand<Decided>, IReviewCommand;

    public sealed record Decided(ReviewDecision Decision, int Count);

    public sealed class Validator : ReviewCommandValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Decision).IsInEnum().WithName("decision");
            RuleFor(c => c.Items).NotEmpty().WithName("items").WithMessage("Choose at least one submission.");
            RuleFor(c => c.Items!.Count).LessThanOrEqualTo(MaxItems).When(c => c.Items is not null).WithName("items")
                .WithMessage($"Decide at most {MaxItems} submissions at once.");
            RuleFor(c => c.Items).Must(items => items!.Select(i => i.Id).Distinct().Count() == items!.Count)
                .When(c => c.Items is not null && c.Items.All(i => i is not null)).WithName("items").WithMessage("A submission is listed twice.");
            RuleForEach(c => c.Items).NoEmptyEntries().ChildRules(item =>
            {
                item.RuleFor(i => i.Kind).IsInEnum().WithName("kind");
                item.RuleFor(i => i.Id).NotEmpty().WithName("id");
            }).When(c => c.Items is not null).OverridePropertyName("items");
        }
    }

    public sealed class Handler(IMineActionDb db, ICurrentUser user, IMediator mediator) : ICommandHandler<Command, Decided>
    {
        public async ValueTask<Decided> Handle(Command command, CancellationToken cancellationToken)
        {
            user.EnsureReviewer();
            await using var transaction = await JoinedTransaction.BeginAsync(db.Database, cancellationToken);
            var items = command.Items!;
            for (var i = 0; i < items.Count; i++)
            {
                try
                {
                    await DecideAsync(items[i], command, cancellationToken);
                }
                catch (DomainRuleViolation ex)
                {
                    throw new DomainRuleViolation(ex.Code, $"{items[i].Kind} {items[i].Id}: {ex.Message}", $"items[{i}]");
                }
            }

            await transaction.CommitAsync(cancellationToken);
            return new Decided(command.Decision, items.Count);
        }

        /// <summary>The module's own review of one submission (its result is the record, not needed here).</summary>
        private async Task DecideAsync(Item item, Command c, CancellationToken ct)
        {
            switch (item.Kind)
            {
                case SubmissionKind.HazardousArea:
                    await mediator.Send(new ReviewHazardousArea.Command(item.Id, item.Version, c.Decision, c.Comment), ct);
                    break;
                case SubmissionKind.Activity:
                    await mediator.Send(new ReviewActivity.Command(item.Id, item.Version, c.Decision, c.Comment), ct);
                    break;
                case SubmissionKind.Product:
                    await mediator.Send(new ReviewProduct.Command(item.Id, item.Version, c.Decision, c.Comment), ct);
                    break;
                case SubmissionKind.Device:
                    await mediator.Send(new ReviewDevice.Command(item.Id, item.Version, c.Decision, c.Comment), ct);
                    break;
                case SubmissionKind.EoreSession:
                    await mediator.Send(new ReviewEoreSession.Command(item.Id, item.Version, c.Decision, c.Comment), ct);
                    break;
                default:
                    await mediator.Send(new ReviewMovement.Command(item.Id, item.Version, c.Decision, c.Comment), ct);
                    break;
            }
        }
    }
}
