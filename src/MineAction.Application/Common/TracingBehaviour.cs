using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace MineAction.Application.Common;

/// <summary>
/// Each use case a span named after it ("RegisterHazardousArea", "GetDonorReport") on the <see cref="UseCase.Source"/> activity source, and its
/// duration in the <c>mineaction.use_case.duration</c> histogram (seconds, tagged with the use case and its outcome). No request values
/// are recorded, so no personal data reaches a trace. Costs next to nothing when nobody listens (OpenTelemetry not configured).
/// </summary>
public sealed class TracingBehaviour<TMessage, TResponse> : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    private static readonly string Name = UseCase.NameOf(typeof(TMessage));

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        using var activity = UseCase.Source.StartActivity(Name);
        var started = Stopwatch.GetTimestamp();
        var outcome = "ok";
        try
        {
            return await next(message, cancellationToken);
        }
        catch (Exception e)
        {
            outcome = e.GetType().Name;
            activity?.SetStatus(ActivityStatusCode.Error, e.GetType().Name);
            throw;
        }
        finally
        {
            UseCase.Duration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds,
                new KeyValuePair<string, object?>("use_case", Name), new KeyValuePair<string, object?>("outcome", outcome));
        }
    }
}

/// <summary>The telemetry names of the use cases.</summary>
public static class UseCase
{
    public const string SourceName = "MineAction.Application";

    public static readonly ActivitySource Source = new(SourceName);

    public static readonly Meter Meter = new(SourceName);

    public static readonly Histogram<double> Duration = Meter.CreateHistogram<double>("mineaction.use_case.duration", "s", "Time a use case took");

    /// <summary>"MineAction.Application.Hazards.RegisterHazardousArea+Command" → "RegisterHazardousArea".</summary>
    public static string NameOf(Type message) => message.DeclaringType?.Name ?? message.Name;
}
