using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using System.Net.Http.Headers;
using MineAction.Domain.Security;
using MineAction.Infrastructure.Demo;
using MineAction.Infrastructure.Persistence;
using MineAction.Migrations;

namespace MineAction.Testing;

/// <summary>
/// The real application over HTTP against its own clone of the template database; one per test class
/// (<c>IClassFixture&lt;MineActionApp&gt;</c>). Runs as Production so errors look as users see them.
/// </summary>
public class MineActionApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public string DatabaseName { get; private set; } = string.Empty;

    public string ConnectionString => TestDatabase.ConnectionString(DatabaseName);

    public virtual async Task InitializeAsync() => DatabaseName = await CreateDatabaseAsync();

    /// <summary>The class's database: a clone of the template (Tarsenia, its organisations and users); a fixture may start from less.</summary>
    protected virtual Task<string> CreateDatabaseAsync() => TestDatabase.CloneAsync();

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await TestDatabase.DropAsync(DatabaseName);
    }

    private readonly Dictionary<string, HttpClient> _clients = [];
    private readonly Dictionary<string, object> _arranged = [];

    /// <summary>
    /// Arranges data once for the test class (its tests then each check one behaviour of it): the first call runs
    /// <paramref name="arrange"/>, later calls with the same key get its result.
    /// </summary>
    public Task<T> OnceAsync<T>(string key, Func<Task<T>> arrange)
    {
        lock (_arranged)
        {
            if (!_arranged.TryGetValue(key, out var task))
            {
                task = arrange();
                _arranged[key] = task;
            }

            return (Task<T>)task;
        }
    }

    /// <summary>A client signed in with an API token of the demo user who has <paramref name="role"/>.</summary>
    public HttpClient ClientFor(string role) => ClientForUser(DemoUser(role));

    /// <summary>A client signed in with an API token of the user with this e-mail (one client per user).</summary>
    public HttpClient ClientForUser(string email)
    {
        lock (_clients)
        {
            if (!_clients.TryGetValue(email, out var client))
            {
                client = ClientWithToken(IssueToken(email).Secret);
                _clients[email] = client;
            }

            return client;
        }
    }

    /// <summary>The demo user's e-mail for a role (operators: the HALO operator).</summary>
    public static string DemoUser(string role) => DemoUsers.All.First(u => u.Role == role).Email;

    /// <summary>Issues an API token straight in the database, as the token page would.</summary>
    public (Guid Id, string Secret) IssueToken(string email)
    {
        using var db = Db();
        var userId = db.Users.Single(u => u.Email == email).Id;
        var (token, secret) = ApiToken.Issue(userId, $"test {Guid.NewGuid():N}", DateTimeOffset.UtcNow, null);
        db.ApiTokens.Add(token);
        db.SaveChanges();
        return (token.Id, secret);
    }

    /// <summary>A client with a fresh token of the given user, not cached.</summary>
    public HttpClient ClientWithToken(string secret)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    /// <summary>A client of a differently configured copy of this app (<c>WithWebHostBuilder</c>), signed in as the demo user with the role.</summary>
    public HttpClient AuthorisedClient(WebApplicationFactory<Program> copy, string role)
    {
        var client = copy.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", IssueToken(DemoUser(role)).Secret);
        return client;
    }

    /// <summary>A DbContext on this class's database, to arrange data or check what was written.</summary>
    public MineActionDbContext Db() => Cli.CreateContext(ConnectionString);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:MineAction", ConnectionString);
        // Reports, exports and statistics read on a read-only connection of their own, as beside a standby: one that wrote would fail.
        builder.UseSetting("ConnectionStrings:MineActionReadOnly", ConnectionString);
        builder.UseSetting("Database:MigrateOnStartup", "false");
        // Test classes drive one token per role hard; the per-token limit has its own test (RateLimitTests).
        builder.UseSetting("RateLimiting:TokenRequestsPerMinute", "1000000");
        foreach (var (key, value) in ProductionSettings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>What every app the tests start in Production is configured with: key protection.</summary>
    public static IReadOnlyDictionary<string, string> ProductionSettings => TestKeyCertificate.Settings;
}
