using MineAction.Application.Review;

namespace MineAction.Web.Hosting;

/// <summary>
/// The number of submissions awaiting review, as the navigation shows it to information managers (one per circuit). The inbox asks it to
/// refresh after each decision; the navigation refreshes it on every page change.
/// </summary>
public sealed class ReviewBadge(UiMediator mediator)
{
    public event Action? Changed;

    public int? Count { get; private set; }

    /// <summary>Counts again, tells the navigation, and returns the counts by kind (the inbox shows them).</summary>
    public async Task<SubmissionCounts> RefreshAsync(CancellationToken ct = default)
    {
        var counts = await mediator.Send(new ReviewInbox.Counts(), ct);
        Count = counts.Total;
        Changed?.Invoke();
        return counts;
    }
}
