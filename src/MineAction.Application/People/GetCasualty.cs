namespace MineAction.Application.People;

/// <summary>One casualty; personal data only for the roles allowed to read it (and every such read audited).</summary>
public static class GetCasualty
{
    public sealed record Query(Guid Id) : IQuery<CasualtyDto>;

    public sealed class Handler(IMineActionDb db, ICurrentUser user, IPersonalDataProtector protector, TimeProvider clock)
        : IQueryHandler<Query, CasualtyDto>
    {
        public async ValueTask<CasualtyDto> Handle(Query q, CancellationToken cancellationToken) =>
            (await PersonalDataAccess.CasualtiesAsync(db, user, protector, clock, db.Casualties.Where(c => c.Id == q.Id), cancellationToken))
            .SingleOrDefault() ?? throw new NotFoundException(nameof(Casualty), q.Id);
    }
}
