using System.Collections.Concurrent;
using System.Text;

namespace MineAction.Api.Tests.Platform;

/// <summary>
/// With OTEL_EXPORTER_OTLP_ENDPOINT set, the app (a child process) exports traces by OTLP: the request, the use case as a span named after
/// it, and the SQL it ran — to a collector played here by an HTTP listener. No personal value of the request travels with them.
/// </summary>
public sealed class TelemetryTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    [Fact]
    public async Task Traces_go_to_the_otlp_endpoint_with_a_span_per_use_case_and_no_request_values()
    {
        using var collector = new System.Net.HttpListener();
        var port = AppProcess.FreePort();
        collector.Prefixes.Add($"http://127.0.0.1:{port}/");
        collector.Start();
        var received = new ConcurrentQueue<(string Path, byte[] Body)>();
        _ = Task.Run(async () =>
        {
            while (collector.IsListening)
            {
                var context = await collector.GetContextAsync();
                using var body = new MemoryStream();
                await context.Request.InputStream.CopyToAsync(body);
                received.Enqueue((context.Request.Url!.AbsolutePath, body.ToArray()));
                context.Response.StatusCode = 200;
                context.Response.Close();
            }
        });

        await using var server = await AppProcess.StartAsync(app.ConnectionString, new Dictionary<string, string>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = $"http://127.0.0.1:{port}",
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            ["OTEL_BSP_SCHEDULE_DELAY"] = "200",
            ["OTEL_SERVICE_NAME"] = "mineaction-test",
        });
        var client = server.Client(app.IssueToken(MineActionApp.DemoUser(Roles.InformationManager)).Secret);
        const string Secret = "Organisation-Name-Never-In-Traces";
        var created = await client.PostAsJsonAsync("/api/v1/organisations", new { name = Secret, acronym = "OTEL1", type = "NationalNgo", countryCode = "XTA" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var deadline = DateTime.UtcNow.AddSeconds(30);
        string Traces() => string.Join("\n", received.Where(r => r.Path == "/v1/traces").Select(r => Encoding.UTF8.GetString(r.Body)));
        // The use case's span ends before the request's: they may reach the collector in different batches.
        string[] expected = ["CreateOrganisation", "POST /api/v1/organisations", "mineaction-test"];
        while (!expected.All(e => Traces().Contains(e, StringComparison.Ordinal)) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }

        var traces = Traces();
        Assert.Contains("CreateOrganisation", traces, StringComparison.Ordinal);
        Assert.Contains("mineaction-test", traces, StringComparison.Ordinal);
        Assert.Contains("POST /api/v1/organisations", traces, StringComparison.Ordinal);
        Assert.Contains("organisations", traces, StringComparison.Ordinal); // the Npgsql span's SQL
        Assert.DoesNotContain(Secret, traces, StringComparison.Ordinal);
        collector.Stop();
    }
}
