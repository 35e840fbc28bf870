namespace MineAction.Application.Users;

public sealed record UserDto(Guid Id, string Email, string DisplayName, Guid? OrganisationId, string? OrganisationAcronym,
    IReadOnlyList<string> Roles, bool LockedOut);

public sealed record NewUser(string Email, string DisplayName, Guid? OrganisationId, IReadOnlyList<string> Roles, string Password);
