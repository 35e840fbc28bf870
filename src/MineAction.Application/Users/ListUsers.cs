namespace MineAction.Application.Users;

public static class ListUsers
{
    public sealed record Query : IQuery<IReadOnlyList<UserDto>>;

    public sealed class Handler(IUserAccounts accounts, ICurrentUser user) : IQueryHandler<Query, IReadOnlyList<UserDto>>
    {
        public async ValueTask<IReadOnlyList<UserDto>> Handle(Query query, CancellationToken cancellationToken)
        {
            UserRules.EnsureAdministrator(user);
            return await accounts.ListAsync(cancellationToken);
        }
    }
}
