using System.Collections.Concurrent;
using System.Diagnostics;

namespace MineAction.Testing;

/// <summary>
/// Counts the SQL statements one request makes: Npgsql starts an activity per command, child of the request's activity, so the
/// commands of a request sent with its own <c>traceparent</c> are the Npgsql activities of that trace — whatever other test classes and
/// background workers run meanwhile.
/// </summary>
public sealed class StatementCounter : IDisposable
{
    private readonly ConcurrentDictionary<ActivityTraceId, ConcurrentQueue<Activity>> _statements = new();
    private readonly ActivityListener _listener;

    public StatementCounter()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "Npgsql" or "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStarted = activity =>
            {
                if (activity.Source.Name == "Npgsql" && activity.Kind == ActivityKind.Client && !IsPhysicalOpen(activity))
                {
                    _statements.GetOrAdd(activity.TraceId, _ => new ConcurrentQueue<Activity>()).Enqueue(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>Sends GET <paramref name="url"/> and returns the statements it ran (their SQL), after checking it succeeded.</summary>
    public async Task<IReadOnlyList<string>> GetAsync(HttpClient client, string url)
    {
        var trace = ActivityTraceId.CreateRandom();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("traceparent", $"00-{trace}-{ActivitySpanId.CreateRandom()}-01");
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {url}: {(int)response.StatusCode} {body}");
        return _statements.TryRemove(trace, out var statements) ? [.. statements.Select(TextOf)] : [];
    }

    public void Dispose() => _listener.Dispose();

    /// <summary>
    /// Npgsql 10 traces a physical connection's opening too (<c>CONNECT &lt;database&gt;</c>): not a statement, and whether a request
    /// needs one depends on the pool (another test class holding connections, the idle ones pruned), not on the route.
    /// </summary>
    private static bool IsPhysicalOpen(Activity activity) => activity.OperationName.StartsWith("CONNECT ", StringComparison.Ordinal);

    /// <summary>The statement's SQL (tagged when the command ends), so that a failure names the statements.</summary>
    private static string TextOf(Activity activity) => activity.GetTagItem("db.query.text") as string ?? activity.DisplayName;
}
