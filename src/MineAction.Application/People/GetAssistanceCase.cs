namespace MineAction.Application.People;

public static class GetAssistanceCase
{
    public sealed record Query(Guid Id) : IQuery<AssistanceCaseDto>;

    public sealed class Handler(IMineActionDb db, ICurrentUser user) : IQueryHandler<Query, AssistanceCaseDto>
    {
        public async ValueTask<AssistanceCaseDto> Handle(Query q, CancellationToken cancellationToken)
        {
            user.EnsureAssistanceTeam();
            return await AssistanceAccess.GetAsync(db, q.Id, cancellationToken);
        }
    }
}
