using Microsoft.AspNetCore.Http.HttpResults;
using MineAction.Application.Tokens;

namespace MineAction.Web.Endpoints;

public static class TokensEndpoints
{
    public static void MapTokens(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/tokens").WithTags("API tokens");
        group.MapGet("/", List).WithName("ListApiTokens").WithSummary("Your API tokens (never their secrets).").WithStandardErrors();
        group.MapPost("/", Create).WithName("CreateApiToken")
            .WithSummary("Create a personal API token. The secret is in this response only; it carries your roles.").WithStandardErrors(write: true);
        group.MapPost("/{id:guid}/revoke", Revoke).WithName("RevokeApiToken")
            .WithSummary("Revoke a token; requests with it fail from now on.").WithStandardErrors(write: true);
    }

    private static async Task<Ok<IReadOnlyList<ApiTokenDto>>> List(IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListApiTokens.Query(), ct));

    private static async Task<Created<IssuedApiTokenDto>> Create(CreateApiToken.Command command, IMediator mediator, CancellationToken ct)
    {
        var issued = await mediator.Send(command, ct);
        return TypedResults.Created($"/api/v1/tokens/{issued.Token.Id}", issued);
    }

    private static async Task<Ok<ApiTokenDto>> Revoke(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new RevokeApiToken.Command(id), ct));
}
