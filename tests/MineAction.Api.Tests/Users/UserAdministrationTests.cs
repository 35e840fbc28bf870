namespace MineAction.Api.Tests.Users;

public sealed class UserAdministrationTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    private HttpClient Admin => app.ClientFor(Roles.Administrator);

    private static object Body(string email, string password = "Strong-Password-2026", string[]? roles = null, Guid? organisationId = null) =>
        new { email, displayName = "New colleague", password, roles = roles ?? [Roles.Viewer], organisationId };

    [Fact]
    public async Task An_administrator_creates_a_user_who_can_then_work_with_those_roles()
    {
        var created = await Admin.PostAsJsonAsync("/api/v1/users", Body("new.qm@tarsenia.example", roles: [Roles.QualityManager]));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var user = await created.JsonAsync();
        Assert.Equal([Roles.QualityManager], user["roles"]!.AsArray().Select(r => r!.GetValue<string>()));

        var client = app.ClientWithToken(app.IssueToken("new.qm@tarsenia.example").Secret);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/audit")).StatusCode);

        var changed = await Admin.PutAsJsonAsync($"/api/v1/users/{user["id"]}/roles", new { roles = new[] { Roles.Viewer } });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/audit")).StatusCode);
    }

    [Theory]
    [InlineData("weak@tarsenia.example", "short", "password")]
    [InlineData("not-an-email", "Strong-Password-2026", "email")]
    [InlineData("im@tarsenia.example", "Strong-Password-2026", "email")]
    public async Task Bad_users_are_refused_naming_the_field(string email, string password, string field) =>
        await (await Admin.PostAsJsonAsync("/api/v1/users", Body(email, password))).FieldErrorAsync(field);

    [Fact]
    public async Task Roles_must_exist_and_operators_need_an_organisation()
    {
        await (await Admin.PostAsJsonAsync("/api/v1/users", Body("x1@tarsenia.example", roles: ["Superuser"]))).FieldErrorAsync("roles[0]");
        await (await Admin.PostAsJsonAsync("/api/v1/users", Body("x2@tarsenia.example", roles: [Roles.OperatorDataEntry]))).FieldErrorAsync("organisationId");
        await (await Admin.PostAsJsonAsync("/api/v1/users",
            Body("x3@tarsenia.example", roles: [Roles.OperatorDataEntry], organisationId: Guid.NewGuid()))).FieldErrorAsync("organisationId");
    }

    [Fact]
    public async Task A_locked_out_user_loses_api_access_at_once_and_regains_it_when_unlocked()
    {
        var user = await (await Admin.PostAsJsonAsync("/api/v1/users", Body("leaving@tarsenia.example"))).JsonAsync();
        var client = app.ClientWithToken(app.IssueToken("leaving@tarsenia.example").Secret);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/admin-areas")).StatusCode);

        await Admin.PostAsync($"/api/v1/users/{user["id"]}/lock", null);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/admin-areas")).StatusCode);

        await Admin.PostAsync($"/api/v1/users/{user["id"]}/unlock", null);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/admin-areas")).StatusCode);
    }
}
