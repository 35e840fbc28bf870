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

    public async Task RefreshAsync(CancellationToken ct = default)
    {
        Count = (await mediator.Send(new ReviewInbox.Counts(), ct)).Total;
        Changed?.Invoke();
    }
}
