using MineAction.Application.Users;

namespace MineAction.Api.Tests.Users;

/// <summary>Administrators create users, set their roles and lock them out.</summary>
public sealed class UserAdministrationTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    private HttpClient Admin => app.ClientFor(Roles.Administrator);

    private static object Body(string email, string password = "Strong-Password-2026", string[]? roles = null, Guid? organisationId = null) =>
        new { email, displayName = "New colleague", password, roles = roles ?? [Roles.Viewer], organisationId };

    private Task<HttpResponseMessage> CreateAsync(object body) => Admin.PostAsJsonAsync("/api/v1/users", body);

    /// <summary>The new user and a client signed in with a token of theirs.</summary>
    private async Task<(UserDto User, HttpClient Client)> NewUserAsync(string email, params string[] roles)
    {
        var created = await CreateAsync(Body(email, roles: roles.Length == 0 ? null : roles));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.ReadAsync<UserDto>(), app.ClientWithToken(app.IssueToken(email).Secret));
    }

    [Fact]
    public async Task A_new_user_works_with_the_roles_given()
    {
        var (user, client) = await NewUserAsync("new.qm@tarsenia.example", Roles.QualityManager);
        Assert.Equal([Roles.QualityManager], user.Roles);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/audit")).StatusCode);
    }

    [Fact]
    public async Task Changed_roles_take_effect_at_once()
    {
        var (user, client) = await NewUserAsync("moved.qm@tarsenia.example", Roles.QualityManager);
        var changed = await Admin.PutAsJsonAsync($"/api/v1/users/{user.Id}/roles", new { roles = new[] { Roles.Viewer } }).ReadAsync<UserDto>();
        Assert.Equal([Roles.Viewer], changed.Roles);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/audit")).StatusCode);
    }

    [Theory]
    [InlineData("weak@tarsenia.example", "short", "password")]
    [InlineData("not-an-email", "Strong-Password-2026", "email")]
    [InlineData("im@tarsenia.example", "Strong-Password-2026", "email")]
    public async Task Bad_users_are_refused_naming_the_field(string email, string password, string field) =>
        await (await CreateAsync(Body(email, password))).FieldErrorAsync(field);

    [Fact]
    public async Task Roles_must_exist()
    {
        await (await CreateAsync(Body("x1@tarsenia.example", roles: ["Superuser"]))).FieldErrorAsync("roles[0]");
    }

    [Fact]
    public async Task An_operator_needs_an_organisation_that_exists()
    {
        await (await CreateAsync(Body("x2@tarsenia.example", roles: [Roles.OperatorDataEntry]))).FieldErrorAsync("organisationId");
        await (await CreateAsync(Body("x3@tarsenia.example", roles: [Roles.OperatorDataEntry], organisationId: Guid.NewGuid()))).FieldErrorAsync("organisationId");
    }

    [Fact]
    public async Task A_locked_out_user_loses_api_access_at_once_and_regains_it_when_unlocked()
    {
        var (user, client) = await NewUserAsync("leaving@tarsenia.example");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/admin-areas")).StatusCode);

        Assert.True((await Admin.PostAsync($"/api/v1/users/{user.Id}/lock", null).ReadAsync<UserDto>()).LockedOut);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/admin-areas")).StatusCode);

        Assert.False((await Admin.PostAsync($"/api/v1/users/{user.Id}/unlock", null).ReadAsync<UserDto>()).LockedOut);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/admin-areas")).StatusCode);
    }
}
