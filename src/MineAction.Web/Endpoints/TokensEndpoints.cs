using Microsoft.AspNetCore.Http.HttpResults;
using MineAction.Application.Tokens;

namespace MineAction.Web.Endpoints;

public static class TokensEndpoints
{
    /// <summary>Body of a token request.</summary>
    public sealed record TokenRequest(string? Name, DateTimeOffset? ExpiresAt);

    public static void MapTokens(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/tokens").WithTags("API tokens");

        group.MapGet("/", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListApiTokens.Query(), ct)))
            .WithName("ListApiTokens")
            .WithSummary("Your API tokens (never their secrets).")
            .WithStandardErrors();

        group.MapPost("/", async Task<Created<IssuedApiTokenDto>> (TokenRequest body, IMediator mediator, CancellationToken ct) =>
            {
                var issued = await mediator.Send(new CreateApiToken.Command(body.Name, body.ExpiresAt), ct);
                return TypedResults.Created($"/api/v1/tokens/{issued.Token.Id}", issued);
            })
            .WithName("CreateApiToken")
            .WithSummary("Create a personal API token. The secret is in this response only; it carries your roles.")
            .WithStandardErrors(write: true);

        group.MapPost("/{id:guid}/revoke", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new RevokeApiToken.Command(id), ct)))
            .WithName("RevokeApiToken")
            .WithSummary("Revoke a token; requests with it fail from now on.")
            .WithStandardErrors(write: true);
    }
}
