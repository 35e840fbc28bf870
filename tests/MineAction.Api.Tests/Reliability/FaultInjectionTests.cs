using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using MineAction.Application.LandRelease;
using MineAction.Domain.Common;
using Npgsql;

namespace MineAction.Api.Tests.Reliability;

/// <summary>
/// Faults a production server meets: the app killed half-way through a write (SIGKILL of a real child process, held inside its transaction
/// by a trigger), PostgreSQL going away and coming back under load, and a statement that runs past the timeout. Nothing is left half-done,
/// the client is told to retry (503 + Retry-After, never a 500), and the app recovers by itself.
/// </summary>
public sealed class FaultInjectionTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    private static string Named(string connectionString, out string name)
    {
        name = $"fault-{Guid.NewGuid():N}"[..20];
        return new NpgsqlConnectionStringBuilder(connectionString) { ApplicationName = name }.ConnectionString;
    }

    [Fact]
    public async Task Killed_during_an_approval_nothing_is_approved_and_after_restart_the_approval_approves_everything()
    {
        var ledger = new Ledger(app);
        var hazard = await ledger.HazardAsync();
        var activity = await ledger.ActivityAsync(hazard.Id, client: ledger.Operator);
        var ids = new List<Guid> { activity.Id };
        foreach (var strip in new[] { 0.0, 0.004 })
        {
            var product = await ledger.ReleaseOkAsync(activity, Ledger.Rectangle(hazard.Lon, hazard.Lat + strip, hazard.Lon + 0.01, hazard.Lat + strip + 0.004),
                client: ledger.Operator);
            ids.Add(product.Id);
        }

        var before = await ApprovalStateAsync(ids);
        Assert.All(before.Statuses, s => Assert.Equal(ApprovalStatus.Submitted, s));
        var secret = app.IssueToken(MineActionApp.DemoUser(Roles.InformationManager)).Secret;
        var approve = $"/api/v1/activities/{activity.Id}/approve";

        await using (var pause = await WritePause.OnAsync(app.ConnectionString, "land_release_products", "UPDATE"))
        {
            var connection = Named(app.ConnectionString, out var name);
            await using var server = await AppProcess.StartAsync(connection);
            var approval = server.Client(secret).PostAsJsonAsync(approve, new { comment = "Checked on site" });
            await pause.WaitUntilBlockedAsync(name);
            await server.KillAsync();
            await pause.ReleaseAsync(name);
            await Assert.ThrowsAnyAsync<HttpRequestException>(() => approval);
        }

        Assert.Equal(before.ToString(), (await ApprovalStateAsync(ids)).ToString());

        await using var restarted = await AppProcess.StartAsync(app.ConnectionString);
        var approved = await restarted.Client(secret).PostAsJsonAsync(approve, new { comment = "Checked on site" }).ReadAsync<ActivityDto>();
        Assert.Equal(ApprovalStatus.Approved, approved.ApprovalStatus);
        var after = await ApprovalStateAsync(ids);
        Assert.All(after.Statuses, s => Assert.Equal(ApprovalStatus.Approved, s));
        Assert.Equal(before.AuditEntries + ids.Count, after.AuditEntries);
    }

    [Fact]
    public async Task Killed_while_recording_money_no_transaction_is_kept_and_the_retry_with_the_same_key_records_it_once()
    {
        var funding = new Funding(app);
        var contribution = await funding.ContributionAsync(await funding.FundAsync());
        var secret = app.IssueToken(MineActionApp.DemoUser(Roles.DonorReporting)).Secret;
        var key = $"receipt-{Guid.NewGuid():N}";
        var path = $"/api/v1/contributions/{contribution}/transactions";
        var body = new { type = "IncomingFunds", date = "2024-03-01", amount = 25_000m };

        await using (var pause = await WritePause.OnAsync(app.ConnectionString, "funding_transactions", "INSERT"))
        {
            var connection = Named(app.ConnectionString, out var name);
            await using var server = await AppProcess.StartAsync(connection);
            var receipt = SendWithKeyAsync(server.Client(secret), path, body, key);
            await pause.WaitUntilBlockedAsync(name);
            await server.KillAsync();
            await pause.ReleaseAsync(name);
            await Assert.ThrowsAnyAsync<HttpRequestException>(() => receipt);
        }

        await using (var db = app.Db())
        {
            Assert.Equal(0, await db.FundingTransactions.IgnoreQueryFilters().CountAsync(t => t.ContributionId == contribution));
            // The key's claim outlived the process; after IdempotencyMiddleware.AbandonedAfter it is taken over (here: aged instead of waited for).
            Assert.Equal(1, await db.Database.ExecuteSqlAsync(
                $"UPDATE idempotency_records SET created_at = created_at - {IdempotencyAge} WHERE key = {key} AND status_code = 0"));
        }

        await using var restarted = await AppProcess.StartAsync(app.ConnectionString);
        var client = restarted.Client(secret);
        var first = await SendWithKeyAsync(client, path, body, key);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var replay = await SendWithKeyAsync(client, path, body, key);
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.True(replay.Headers.Contains("Idempotent-Replayed"));
        await using var check = app.Db();
        Assert.Equal(1, await check.FundingTransactions.CountAsync(t => t.ContributionId == contribution));
    }

    [Fact]
    public async Task While_the_database_restarts_requests_are_503_with_retry_after_and_the_app_recovers_by_itself()
    {
        await using var proxy = DatabaseProxy.Start(app.ConnectionString);
        var connection = Named(proxy.Through(app.ConnectionString), out var name);
        await using var server = await AppProcess.StartAsync(connection);
        var im = server.Client(app.IssueToken(MineActionApp.DemoUser(Roles.InformationManager)).Secret);
        using var probe = new HttpClient { BaseAddress = server.BaseAddress };
        Assert.Equal(HttpStatusCode.OK, (await probe.GetAsync("/health/ready")).StatusCode);

        var answers = new ConcurrentQueue<Answer>();
        using var stop = new CancellationTokenSource();
        var load = Enumerable.Range(0, 4).Select(_ => LoadAsync(im, answers, stop.Token)).ToArray();
        await Task.Delay(TimeSpan.FromSeconds(1));

        // What clients see when PostgreSQL restarts: sessions ended by the server (57P01), then connections refused until it is back.
        await TerminateSessionsAsync(name);
        proxy.Cut();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await probe.GetAsync("/health/ready")).StatusCode);
        await Task.Delay(TimeSpan.FromSeconds(3));
        var whileAway = answers.Count;
        proxy.Restore();

        await EventuallyAsync(async () => (await probe.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK);
        var recovered = answers.Count;
        await Task.Delay(TimeSpan.FromSeconds(2));
        await stop.CancelAsync();
        await Task.WhenAll(load);

        var all = answers.ToArray();
        Assert.All(all, a => Assert.True(a.Status is 200 or 201 or 503, $"{a.Method} answered {a.Status}: {a.Body}"));
        var unavailable = all.Where(a => a.Status == 503).ToArray();
        Assert.NotEmpty(unavailable);
        Assert.All(unavailable, a => Assert.True(a.IsProblem && a.RetryAfter == "5" && a.Body.Contains("DATABASE_", StringComparison.Ordinal), a.Body));
        Assert.True(whileAway > 0, "the load ran while the database was away");
        var afterRecovery = all[recovered..];
        Assert.NotEmpty(afterRecovery);
        Assert.True(afterRecovery.Skip(afterRecovery.Length / 2).All(a => a.Status is 200 or 201),
            "requests succeed again once the database is back: " + string.Join(", ", afterRecovery.Select(a => a.Status)));

        await using var db = app.Db();
        var created = all.Where(a => a.Status == 201).Select(a => a.CreatedId!.Value).ToList();
        Assert.Equal(created.Count, await db.Organisations.CountAsync(o => created.Contains(o.Id)));
    }

    [Fact]
    public async Task A_statement_past_the_timeout_is_503_with_retry_after_and_writes_nothing()
    {
        await using var patient = app.WithWebHostBuilder(b => b.UseSetting("Database:StatementTimeoutSeconds", "1"));
        var im = app.AuthorisedClient(patient, Roles.InformationManager);
        var t = await Tarsenia.LoadAsync(app);
        var (lon, lat) = Ledger.NextCell();
        await using var db = app.Db();
        var hazards = await db.HazardousAreas.IgnoreQueryFilters().CountAsync();

        await using (var blocker = new NpgsqlConnection(app.ConnectionString))
        {
            await blocker.OpenAsync();
            await using var transaction = await blocker.BeginTransactionAsync();
            await using (var command = new NpgsqlCommand("LOCK TABLE hazardous_areas IN ACCESS EXCLUSIVE MODE", blocker, transaction))
            {
                await command.ExecuteNonQueryAsync();
            }

            foreach (var response in new[]
            {
                await im.GetAsync("/api/v1/hazardous-areas"),
                await im.PostAsJsonAsync("/api/v1/hazardous-areas", new
                {
                    name = "Locked field", geometry = Tarsenia.Square(lon, lat), provinceId = t.Kandara, recordingOrganisationId = t.Halo,
                    evidence = "Direct", recordedOn = "2024-01-01",
                }),
            })
            {
                Assert.Equal("DATABASE_TIMEOUT", await response.RuleAsync(HttpStatusCode.ServiceUnavailable));
                Assert.Equal("5", response.Headers.RetryAfter?.ToString());
            }

            await transaction.RollbackAsync();
        }

        Assert.Equal(hazards, await db.HazardousAreas.IgnoreQueryFilters().CountAsync());
        Assert.Equal(HttpStatusCode.OK, (await im.GetAsync("/api/v1/hazardous-areas")).StatusCode);
    }

    private static readonly TimeSpan IdempotencyAge = MineAction.Web.Security.IdempotencyMiddleware.AbandonedAfter + TimeSpan.FromMinutes(1);

    private sealed record Answer(string Method, int Status, bool IsProblem, string? RetryAfter, string Body, Guid? CreatedId);

    private sealed record ApprovalState(IReadOnlyList<ApprovalStatus> Statuses, int AuditEntries)
    {
        public override string ToString() => $"{string.Join(",", Statuses)}; {AuditEntries} audit entries";
    }

    private async Task<ApprovalState> ApprovalStateAsync(List<Guid> ids)
    {
        await using var db = app.Db();
        var activities = await db.Activities.IgnoreQueryFilters().Where(a => ids.Contains(a.Id)).Select(a => a.ApprovalStatus).ToListAsync();
        var products = await db.Products.IgnoreQueryFilters().Where(p => ids.Contains(p.Id)).OrderBy(p => p.Id).Select(p => p.ApprovalStatus).ToListAsync();
        return new ApprovalState([.. activities, .. products], await db.AuditEntries.CountAsync(e => ids.Contains(e.EntityId)));
    }

    private static async Task<HttpResponseMessage> SendWithKeyAsync(HttpClient client, string path, object body, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return await client.SendAsync(request);
    }

    /// <summary>Reads and registers organisations until stopped, keeping every answer.</summary>
    private static async Task LoadAsync(HttpClient client, ConcurrentQueue<Answer> answers, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            answers.Enqueue(await AnswerAsync("GET", await client.GetAsync("/api/v1/organisations?pageSize=5", CancellationToken.None)));
            var acronym = "R" + Guid.NewGuid().ToString("N")[..8];
            answers.Enqueue(await AnswerAsync("POST", await client.PostAsJsonAsync("/api/v1/organisations",
                new { name = $"Restart Demining {acronym}", acronym, type = "NationalNgo", countryCode = "XTA" }, CancellationToken.None)));
        }
    }

    private static async Task<Answer> AnswerAsync(string method, HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Guid? created = response.StatusCode == HttpStatusCode.Created ? JsonNode.Parse(body)!["id"]!.GetValue<Guid>() : null;
        return new Answer(method, (int)response.StatusCode, response.Content.Headers.ContentType?.MediaType == "application/problem+json",
            response.Headers.RetryAfter?.ToString(), body, created);
    }

    private async Task TerminateSessionsAsync(string applicationName)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = @name", connection);
        command.Parameters.AddWithValue("name", applicationName);
        await command.ExecuteScalarAsync();
    }

    private static async Task EventuallyAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "did not happen within 30 s");
            await Task.Delay(250);
        }
    }
}
