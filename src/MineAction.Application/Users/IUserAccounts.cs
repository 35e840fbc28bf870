namespace MineAction.Application.Users;

/// <summary>The user store (ASP.NET Core Identity); errors come back as <see cref="ValidationException"/> naming the field.</summary>
public interface IUserAccounts
{
    Task<IReadOnlyList<UserDto>> ListAsync(CancellationToken ct);

    Task<UserDto> CreateAsync(NewUser user, CancellationToken ct);

    Task<UserDto> SetRolesAsync(Guid id, IReadOnlyList<string> roles, CancellationToken ct);

    Task<UserDto> SetLockedAsync(Guid id, bool locked, CancellationToken ct);
}
