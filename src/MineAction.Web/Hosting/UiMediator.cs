namespace MineAction.Web.Hosting;

/// <summary>
/// The mediator as Blazor components use it: one request at a time per circuit. A circuit is one DI scope
/// with one DbContext, several components on a page load their data at once, and EF Core allows one
/// operation per context at a time, so their requests queue here.
/// </summary>
public sealed class UiMediator(IMediator mediator) : IDisposable
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
            _gate.Release();
        }
    }
}
