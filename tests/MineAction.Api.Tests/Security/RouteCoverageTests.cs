using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace MineAction.Api.Tests.Security;

[Trait("Category", "RoleMatrix")]
public sealed class RouteCoverageTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    [Fact]
    public void Every_api_endpoint_is_in_the_role_matrix()
    {
        app.CreateClient().Dispose();
        var routes = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => $"{m} {e.RoutePattern.RawText}"))
            .Order()
            .ToList();

        Assert.Equal(RoleMatrixTests.Routes.Order(), routes);
    }
}
