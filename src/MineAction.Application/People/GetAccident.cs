namespace MineAction.Application.People;

public static class GetAccident
{
    public sealed record Query(Guid Id) : IQuery<AccidentDto>;

    public sealed class Handler(IMineActionDb db, ICurrentUser user, IPersonalDataProtector protector, TimeProvider clock)
        : IQueryHandler<Query, AccidentDto>
    {
        public async ValueTask<AccidentDto> Handle(Query q, CancellationToken cancellationToken)
        {
            var a = await db.Accidents.AsNoTracking().SingleOrDefaultAsync(x => x.Id == q.Id, cancellationToken)
                ?? throw new NotFoundException(nameof(Accident), q.Id);
            var casualties = await PersonalDataAccess.CasualtiesAsync(db, user, protector, clock, db.Casualties.Where(c => c.AccidentId == a.Id), cancellationToken);
            return new AccidentDto(a.Id, a.OccurredOn, a.Location.X, a.Location.Y, a.ProvinceId, a.DistrictId, a.DeviceCategory, a.HazardousAreaId,
                a.ActivityAtTime, a.Killed, a.Injured, a.Source, casualties, a.ExternalImsmaId);
        }
    }
}
