using Microsoft.AspNetCore.Http.HttpResults;
using MineAction.Application.Users;

namespace MineAction.Web.Endpoints;

public static class UsersEndpoints
{
    public sealed record RolesRequest(IReadOnlyList<string>? Roles);

    public static void MapUsers(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/users").WithTags("Users").RequireAuthorization(Policies.Administrator);

        group.MapGet("/", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListUsers.Query(), ct)))
            .WithName("ListUsers")
            .WithSummary("Users with their organisation, roles and whether they are locked out.")
            .WithStandardErrors();

        group.MapPost("/", async Task<Created<UserDto>> (CreateUser.Command command, IMediator mediator, CancellationToken ct) =>
            {
                var user = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/v1/users/{user.Id}", user);
            })
            .WithName("CreateUser")
            .WithSummary("Create a user with roles and organisation (password policy: 12+ characters, upper, lower case and a digit).")
            .WithStandardErrors(write: true);

        group.MapPut("/{id:guid}/roles", async (Guid id, RolesRequest body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SetUserRoles.Command(id, body.Roles), ct)))
            .WithName("SetUserRoles")
            .WithStandardErrors(write: true);

        group.MapPost("/{id:guid}/lock", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new LockUser.Command(id), ct)))
            .WithName("LockUser")
            .WithSummary("Lock a user out; users are never deleted.")
            .WithStandardErrors(write: true);
        group.MapPost("/{id:guid}/unlock", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new UnlockUser.Command(id), ct)))
            .WithName("UnlockUser")
            .WithSummary("Let a locked-out user sign in again.")
            .WithStandardErrors(write: true);
    }
}
