using System.Text.Json;
using MineAction.Domain.Auditing;
using MineAction.Domain.Hazards;
using MineAction.Domain.People;
using NetTopologySuite.Geometries;

namespace MineAction.Application.People;

public sealed record PersonalDataDto(string FullName, string? NationalId, DateOnly? DateOfBirth, string? Address, string? Phone);

/// <summary>A casualty as a role may see it: <see cref="PersonalData"/> is null unless the role may read personal data.</summary>
public sealed record CasualtyDto(Guid Id, Guid AccidentId, string VictimCode, Sex Sex, AgeGroup AgeGroup, CasualtyOutcome Outcome,
    IReadOnlyList<Injury> Injuries, bool HasDisability, PersonalDataDto? PersonalData);

public sealed record AccidentDto(Guid Id, DateOnly OccurredOn, double Longitude, double Latitude, Guid ProvinceId, Guid? DistrictId,
    DeviceCategory DeviceCategory, Guid? HazardousAreaId, ActivityAtTime ActivityAtTime, int Killed, int Injured, string? Source,
    IReadOnlyList<CasualtyDto> Casualties);

internal static class PersonalDataAccess
{
    public static bool MayReadPersonalData(this ICurrentUser user) => Roles.PersonalData.Any(user.IsInRole);

    /// <summary>Casualties of some accidents; personal data decrypted (and each read audited) only for the roles allowed.</summary>
    public static async Task<List<CasualtyDto>> CasualtiesAsync(IMineActionDb db, ICurrentUser user, IPersonalDataProtector protector,
        TimeProvider clock, IQueryable<Casualty> casualties, CancellationToken ct)
    {
        var rows = await casualties.Where(c => c.ArchivedAt == null).OrderBy(c => c.VictimCode).ToListAsync(ct);
        var personal = new Dictionary<Guid, PersonalDataDto>();
        if (user.MayReadPersonalData() && rows.Count > 0)
        {
            var ids = rows.Select(c => c.Id).ToList();
            foreach (var p in await db.VictimPersonalData.AsNoTracking().Where(p => ids.Contains(p.CasualtyId)).ToListAsync(ct))
            {
                personal[p.CasualtyId] = new PersonalDataDto(protector.Unprotect(p.FullName), Open(p.NationalId),
                    Open(p.DateOfBirth) is { } dob ? DateOnly.Parse(dob, System.Globalization.CultureInfo.InvariantCulture) : null,
                    Open(p.Address), Open(p.Phone));
                db.AuditEntries.Add(new AuditEntry(nameof(VictimPersonalData), p.CasualtyId, "Read", user.Name, clock.GetUtcNow(), "{}", null));
            }

            await db.SaveChangesAsync(ct);
        }

        return rows.Select(c => new CasualtyDto(c.Id, c.AccidentId, c.VictimCode, c.Sex, c.AgeGroup, c.Outcome, c.Injuries, c.HasDisability,
            personal.GetValueOrDefault(c.Id))).ToList();

        string? Open(string? cipher) => cipher is null ? null : protector.Unprotect(cipher);
    }
}

/// <summary>Records an explosive ordnance accident.</summary>
public static class RecordAccident
{
    public sealed record Command(DateOnly? OccurredOn, JsonElement? Location, Guid? ProvinceId, Guid? DistrictId, DeviceCategory? DeviceCategory,
        Guid? HazardousAreaId, ActivityAtTime? ActivityAtTime, int? Killed, int? Injured, string? Source) : ICommand<AccidentDto>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.OccurredOn).NotNull();
            RuleFor(c => c.Location).NotNull().Must(l => GeometryInput.IsPoint(l)).WithMessage("'location' is a GeoJSON Point [longitude, latitude] in WGS 84.");
            RuleFor(c => c.ProvinceId).NotNull();
            RuleFor(c => c.DeviceCategory).NotNull().IsInEnum();
            RuleFor(c => c.ActivityAtTime).NotNull().IsInEnum();
            RuleFor(c => c.Killed).NotNull().InclusiveBetween(0, Accident.MaxCount);
            RuleFor(c => c.Injured).NotNull().InclusiveBetween(0, Accident.MaxCount);
            RuleFor(c => c.Source).MaximumLength(Accident.MaxSourceLength);
        }
    }

    public sealed class Handler(IMineActionDb db, ICurrentUser user, TimeProvider clock, IMediator mediator) : ICommandHandler<Command, AccidentDto>
    {
        public async ValueTask<AccidentDto> Handle(Command c, CancellationToken cancellationToken)
        {
            user.EnsureInRole(Roles.AccidentEntry, "Accidents are recorded by the NMAA and victim assistance officers.");

            if (!await db.AdminAreas.AnyAsync(a => a.Id == c.ProvinceId && a.Level == 1, cancellationToken))
            {
                throw Invalid.Field("provinceId", $"Province '{c.ProvinceId}' does not exist.");
            }

            if (c.HazardousAreaId is { } hazard && !await db.HazardousAreas.AnyAsync(h => h.Id == hazard, cancellationToken))
            {
                throw Invalid.Field("hazardousAreaId", $"Hazardous area '{hazard}' does not exist.");
            }

            var accident = new Accident(c.OccurredOn!.Value, (Point)GeoJson.Read(c.Location!.Value), c.ProvinceId!.Value, c.DistrictId,
                c.DeviceCategory!.Value, c.HazardousAreaId, c.ActivityAtTime!.Value, c.Killed!.Value, c.Injured!.Value, c.Source,
                clock.Today());
            db.Accidents.Add(accident);
            await db.SaveChangesAsync(cancellationToken);
            return await mediator.Send(new GetAccident.Query(accident.Id), cancellationToken);
        }
    }
}

/// <summary>Adds a casualty to an accident; personal data (encrypted) only from the roles allowed to hold it.</summary>
public static class AddCasualty
{
    public sealed record PersonalDataInput(string? FullName, string? NationalId, DateOnly? DateOfBirth, string? Address, string? Phone);

    public sealed record Command(Guid AccidentId, Sex? Sex, AgeGroup? AgeGroup, CasualtyOutcome? Outcome, IReadOnlyList<Injury>? Injuries,
        bool HasDisability, PersonalDataInput? PersonalData) : ICommand<CasualtyDto>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Sex).NotNull().IsInEnum();
            RuleFor(c => c.Outcome).NotNull().IsInEnum();
            RuleFor(c => c.AgeGroup).IsInEnum();
            RuleFor(c => c.AgeGroup).NotNull().When(c => c.PersonalData?.DateOfBirth is null)
                .WithMessage("'ageGroup' is required unless the date of birth is given.");
            RuleForEach(c => c.Injuries).IsInEnum();
            RuleFor(c => c.PersonalData!.FullName).NotEmpty().MaximumLength(200).When(c => c.PersonalData is not null).WithName("personalData.fullName");
            RuleFor(c => c.PersonalData!.NationalId).MaximumLength(50).When(c => c.PersonalData is not null).WithName("personalData.nationalId");
            RuleFor(c => c.PersonalData!.Address).MaximumLength(500).When(c => c.PersonalData is not null).WithName("personalData.address");
            RuleFor(c => c.PersonalData!.Phone).MaximumLength(50).When(c => c.PersonalData is not null).WithName("personalData.phone");
        }
    }

    public sealed class Handler(IMineActionDb db, ICurrentUser user, IPersonalDataProtector protector, TimeProvider clock)
        : ICommandHandler<Command, CasualtyDto>
    {
        public async ValueTask<CasualtyDto> Handle(Command c, CancellationToken cancellationToken)
        {
            user.EnsureInRole(Roles.AccidentEntry, "Casualties are recorded by the NMAA and victim assistance officers.");

            if (c.PersonalData is not null && !user.MayReadPersonalData())
            {
                throw new ForbiddenException("Only victim assistance officers and administrators record personal data.");
            }

            var accident = await db.Accidents.AsNoTracking().SingleOrDefaultAsync(a => a.Id == c.AccidentId && a.ArchivedAt == null, cancellationToken)
                ?? throw new NotFoundException(nameof(Accident), c.AccidentId);
            var ageGroup = c.PersonalData?.DateOfBirth is { } birth ? Casualty.AgeGroupOn(birth, accident.OccurredOn) : c.AgeGroup!.Value;
            var casualty = new Casualty(accident.Id, c.Sex!.Value, ageGroup, c.Outcome!.Value, c.Injuries ?? [], c.HasDisability);
            db.Casualties.Add(casualty);
            if (c.PersonalData is { } p)
            {
                string? Seal(string? value) => string.IsNullOrWhiteSpace(value) ? null : protector.Protect(value.Trim());
                db.VictimPersonalData.Add(new VictimPersonalData(casualty.Id, protector.Protect(p.FullName!.Trim()), Seal(p.NationalId),
                    Seal(p.DateOfBirth?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), Seal(p.Address), Seal(p.Phone)));
                db.AuditEntries.Add(new AuditEntry(nameof(VictimPersonalData), casualty.Id, "Created", user.Name, clock.GetUtcNow(), "{}", null));
            }

            await db.SaveChangesAsync(cancellationToken);
            return (await PersonalDataAccess.CasualtiesAsync(db, user, protector, clock, db.Casualties.Where(x => x.Id == casualty.Id), cancellationToken)).Single();
        }
    }
}

public static class GetAccident
{
    public sealed record Query(Guid Id) : IQuery<AccidentDto>;

    public sealed class Handler(IMineActionDb db, ICurrentUser user, IPersonalDataProtector protector, TimeProvider clock)
        : IQueryHandler<Query, AccidentDto>
    {
        public async ValueTask<AccidentDto> Handle(Query q, CancellationToken cancellationToken)
        {
            var a = await db.Accidents.AsNoTracking().SingleOrDefaultAsync(x => x.Id == q.Id && x.ArchivedAt == null, cancellationToken)
                ?? throw new NotFoundException(nameof(Accident), q.Id);
            var casualties = await PersonalDataAccess.CasualtiesAsync(db, user, protector, clock, db.Casualties.Where(c => c.AccidentId == a.Id), cancellationToken);
            return new AccidentDto(a.Id, a.OccurredOn, a.Location.X, a.Location.Y, a.ProvinceId, a.DistrictId, a.DeviceCategory, a.HazardousAreaId,
                a.ActivityAtTime, a.Killed, a.Injured, a.Source, casualties);
        }
    }
}

/// <summary>
/// Finds casualties by victim code — and, for the roles allowed to read personal data, by name. For every other
/// role a name matches nothing, so a search cannot reveal who is in the registry.
/// </summary>
public static class SearchCasualties
{
    public sealed record Query(string? Search) : IQuery<IReadOnlyList<CasualtyDto>>;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.Search).NotEmpty().MinimumLength(2).MaximumLength(100).WithName("search");
    }

    public sealed class Handler(IMineActionDb db, ICurrentUser user, IPersonalDataProtector protector, TimeProvider clock)
        : IQueryHandler<Query, IReadOnlyList<CasualtyDto>>
    {
        public async ValueTask<IReadOnlyList<CasualtyDto>> Handle(Query q, CancellationToken cancellationToken)
        {
            var term = q.Search!.Trim();
            var code = term.ToUpperInvariant();
            var ids = await db.Casualties.Where(c => c.ArchivedAt == null && c.VictimCode == code).Select(c => c.Id).ToListAsync(cancellationToken);
            if (user.MayReadPersonalData())
            {
                // Names are encrypted: the (small) registry is decrypted here, never searched in SQL.
                var all = await db.VictimPersonalData.AsNoTracking().Select(p => new { p.CasualtyId, p.FullName }).ToListAsync(cancellationToken);
                ids.AddRange(all.Where(p => protector.Unprotect(p.FullName).Contains(term, StringComparison.OrdinalIgnoreCase)).Select(p => p.CasualtyId));
            }

            var found = ids.Distinct().ToList();
            return await PersonalDataAccess.CasualtiesAsync(db, user, protector, clock, db.Casualties.Where(c => found.Contains(c.Id)), cancellationToken);
        }
    }
}

/// <summary>Casualties by year, sex, age group, device category and activity — counts only, no personal data.</summary>
public static class CasualtyStatistics
{
    public sealed record Row(int Year, Sex Sex, AgeGroup AgeGroup, DeviceCategory DeviceCategory, ActivityAtTime ActivityAtTime,
        int Killed, int Injured);

    public sealed record Query(int? Year = null) : IQuery<IReadOnlyList<Row>>;

    public sealed class Handler(IMineActionDb db) : IQueryHandler<Query, IReadOnlyList<Row>>
    {
        public async ValueTask<IReadOnlyList<Row>> Handle(Query q, CancellationToken cancellationToken)
        {
            var rows = await (
                    from c in db.Casualties.Where(c => c.ArchivedAt == null)
                    join a in db.Accidents.Where(a => a.ArchivedAt == null) on c.AccidentId equals a.Id
                    where q.Year == null || a.OccurredOn.Year == q.Year
                    group c by new { a.OccurredOn.Year, c.Sex, c.AgeGroup, a.DeviceCategory, a.ActivityAtTime } into g
                    select new
                    {
                        g.Key.Year, g.Key.Sex, g.Key.AgeGroup, g.Key.DeviceCategory, g.Key.ActivityAtTime,
                        Killed = g.Count(c => c.Outcome == CasualtyOutcome.Killed),
                        Injured = g.Count(c => c.Outcome == CasualtyOutcome.Injured),
                    })
                .ToListAsync(cancellationToken);
            return rows.Select(r => new Row(r.Year, r.Sex, r.AgeGroup, r.DeviceCategory, r.ActivityAtTime, r.Killed, r.Injured))
                .OrderBy(r => r.Year).ThenBy(r => r.Sex).ThenBy(r => r.AgeGroup).ToList();
        }
    }
}

public static class ListAccidents
{
    public sealed record Row(Guid Id, DateOnly OccurredOn, Guid ProvinceId, DeviceCategory DeviceCategory, ActivityAtTime ActivityAtTime, int Killed, int Injured);

    public sealed record Query(int? Year = null, Guid? ProvinceId = null, int Page = 1, int PageSize = Paging.DefaultPageSize)
        : IQuery<PagedResult<Row>>, IFixedOrderPagedQuery;

    public sealed class Validator : FixedOrderPagingValidator<Query>;

    public sealed class Handler(IMineActionDb db) : IQueryHandler<Query, PagedResult<Row>>
    {
        public async ValueTask<PagedResult<Row>> Handle(Query q, CancellationToken cancellationToken)
        {
            var accidents = db.Accidents.AsNoTracking().Where(a => a.ArchivedAt == null);
            accidents = q.Year is { } year ? accidents.Where(a => a.OccurredOn.Year == year) : accidents;
            accidents = q.ProvinceId is { } province ? accidents.Where(a => a.ProvinceId == province) : accidents;
            return await accidents.OrderByDescending(a => a.OccurredOn).ThenBy(a => a.Id)
                .Select(a => new Row(a.Id, a.OccurredOn, a.ProvinceId, a.DeviceCategory, a.ActivityAtTime, a.Killed, a.Injured))
                .ToPageAsync(q, cancellationToken);
        }
    }
}
