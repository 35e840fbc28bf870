using Microsoft.AspNetCore.Http.HttpResults;
using MineAction.Application.Users;

namespace MineAction.Web.Endpoints;

public static class UsersEndpoints
{
    public static void MapUsers(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/users").WithTags("Users").RequireAuthorization(Policies.Administrator);
        group.MapGet("/", List).WithName("ListUsers").WithSummary("Users with their organisation, roles and whether they are locked out.")
            .WithStandardErrors();
        group.MapPost("/", Create).WithName("CreateUser")
            .WithSummary("Create a user with roles and organisation (password policy: 12+ characters, upper, lower case and a digit).")
            .WithStandardErrors(write: true);
        group.MapPut("/{id:guid}/roles", SetRoles).WithName("SetUserRoles").WithStandardErrors(write: true);
        group.MapPost("/{id:guid}/lock", Lock).WithName("LockUser").WithSummary("Lock a user out; users are never deleted.").WithStandardErrors(write: true);
        group.MapPost("/{id:guid}/unlock", Unlock).WithName("UnlockUser").WithSummary("Let a locked-out user sign in again.").WithStandardErrors(write: true);
    }

    private static async Task<Ok<IReadOnlyList<UserDto>>> List(IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListUsers.Query(), ct));

    private static async Task<Created<UserDto>> Create(CreateUser.Command command, IMediator mediator, CancellationToken ct)
    {
        var user = await mediator.Send(command, ct);
        return TypedResults.Created($"/api/v1/users/{user.Id}", user);
    }

    private static async Task<Ok<UserDto>> SetRoles(Guid id, SetUserRoles.Command command, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { Id = id }, ct));

    private static async Task<Ok<UserDto>> Lock(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new LockUser.Command(id), ct));

    private static async Task<Ok<UserDto>> Unlock(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new UnlockUser.Command(id), ct));
}
