using MineAction.Infrastructure.Persistence;

namespace MineAction.Web.Hosting;

/// <summary>
/// The mediator as Blazor components use it. A circuit is one DI scope with one DbContext for as long as the tab is open, so:
/// requests run one at a time (several components on a page load their data at once, and EF Core allows one operation per
/// context at a time), and each request is its own unit of work, as an HTTP request is — the change tracker is cleared after
/// it, so a record read by one request is read fresh by the next and a change the database refused is not saved again.
/// </summary>
public sealed class UiMediator(IMediator mediator, MineActionDbContext db) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public ValueTask<T> Send<T>(ICommand<T> command, CancellationToken cancellationToken = default) =>
        OneAtATime(() => mediator.Send(command, cancellationToken), cancellationToken);

    public ValueTask<T> Send<T>(IQuery<T> query, CancellationToken cancellationToken = default) =>
        OneAtATime(() => mediator.Send(query, cancellationToken), cancellationToken);

    public void Dispose() => _gate.Dispose();

    private async ValueTask<T> OneAtATime<T>(Func<ValueTask<T>> send, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await send();
        }
        finally
        {
            db.ChangeTracker.Clear();
            _gate.Release();
        }
    }
}
