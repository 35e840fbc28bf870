using MineAction.Application.Abstractions;

namespace MineAction.Web.Hosting;

/// <summary>
/// The mediator as Blazor components use it. A circuit is one DI scope with one DbContext for as long as the tab is open, so:
/// requests run one at a time (several components on a page load their data at once, and EF Core allows one operation per
/// context at a time), and each request is its own unit of work, as an HTTP request is — the change tracker is cleared after
/// it, so a record read by one request is read fresh by the next and a change the database refused is not saved again.
/// When the circuit closes (a tab closed while a page still loads), requests still waiting for their turn are dropped and the running one
/// is awaited before the scope disposes the DbContext it uses — disposing a context in the middle of a query breaks (or hangs on) its
/// connection, and so does cancelling one while its connection opens. (It takes the context as <see cref="IMineActionDb"/>, the service the
/// use cases ask for: the scope disposes in reverse order of creation, and that registration hands the context to the scope to dispose too,
/// so it must be created before this.)
/// </summary>
public sealed class UiMediator(IMediator mediator, IMineActionDb db) : IAsyncDisposable
{
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly CancellationTokenSource _closing = new();

    public ValueTask<T> Send<T>(ICommand<T> command, CancellationToken cancellationToken = default) =>
        OneAtATime(() => mediator.Send(command, cancellationToken), cancellationToken);

    public ValueTask<T> Send<T>(IQuery<T> query, CancellationToken cancellationToken = default) =>
        OneAtATime(() => mediator.Send(query, cancellationToken), cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _closing.CancelAsync();
        // The gate is taken for good once the running request has finished: nothing runs on the context after this.
        await _gate.WaitAsync(DrainTimeout);
    }

    private async ValueTask<T> OneAtATime<T>(Func<ValueTask<T>> send, CancellationToken cancellationToken)
    {
        using (var waiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _closing.Token))
        {
            await _gate.WaitAsync(waiting.Token);
        }

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
