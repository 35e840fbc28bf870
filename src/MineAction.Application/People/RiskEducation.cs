using System.Text.Json;
using MineAction.Application.Hazards;
using MineAction.Domain.People;
using NetTopologySuite.Geometries;

namespace MineAction.Application.People;

public sealed record EoreSessionDto(Guid Id, DateOnly HeldOn, double Longitude, double Latitude, Guid ProvinceId, Guid OrganisationId,
    DeliveryMethod Method, Audience Audience, Sadd Beneficiaries, Sadd WithDisabilities, string? Materials, ApprovalStatus ApprovalStatus,
    string? ReviewComment, uint RowVersion);

internal static class EoreQueries
{
    public static IQueryable<EoreSessionDto> Project(IQueryable<EoreSession> sessions) =>
        sessions.Select(e => new EoreSessionDto(e.Id, e.HeldOn, e.Location.X, e.Location.Y, e.ProvinceId, e.OrganisationId, e.Method, e.Audience,
            e.Beneficiaries, e.WithDisabilities, e.Materials, e.ApprovalStatus, e.ReviewComment, e.RowVersion));
}

/// <summary>Records a risk education session (operators for their own organisation; counts once approved).</summary>
public static class RecordEoreSession
{
    public sealed record Command(DateOnly? HeldOn, JsonElement? Location, Guid? ProvinceId, Guid? OrganisationId, DeliveryMethod? Method,
        Audience? Audience, Sadd? Beneficiaries, Sadd? WithDisabilities, string? Materials) : ICommand<EoreSessionDto>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.HeldOn).NotNull();
            RuleFor(c => c.Location).NotNull().Must(l => GeometryInput.IsPoint(l)).WithMessage("'location' is a GeoJSON Point [longitude, latitude] in WGS 84.");
            RuleFor(c => c.ProvinceId).NotNull();
            RuleFor(c => c.OrganisationId).NotNull();
            RuleFor(c => c.Method).NotNull().IsInEnum();
            RuleFor(c => c.Audience).NotNull().IsInEnum();
            RuleFor(c => c.Beneficiaries).NotNull();
            RuleFor(c => c.Beneficiaries!).SetValidator(new SaddValidator()).When(c => c.Beneficiaries is not null);
            RuleFor(c => c.WithDisabilities!).SetValidator(new SaddValidator()).When(c => c.WithDisabilities is not null);
            RuleFor(c => c.Materials).MaximumLength(EoreSession.MaxMaterialsLength);
        }
    }

    public sealed class Handler(IMineActionDb db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, EoreSessionDto>
    {
        public async ValueTask<EoreSessionDto> Handle(Command c, CancellationToken cancellationToken)
        {
            user.EnsureCanEnterDataFor(c.OrganisationId!.Value);
            if (!await db.AdminAreas.AnyAsync(a => a.Id == c.ProvinceId && a.Level == 1, cancellationToken))
            {
                throw Invalid.Field("provinceId", $"Province '{c.ProvinceId}' does not exist.");
            }

            if (!await db.Organisations.AnyAsync(o => o.Id == c.OrganisationId && o.ArchivedAt == null, cancellationToken))
            {
                throw Invalid.Field("organisationId", $"Organisation '{c.OrganisationId}' does not exist.");
            }

            var session = new EoreSession(c.HeldOn!.Value, (Point)GeoJson.Read(c.Location!.Value), c.ProvinceId!.Value, c.OrganisationId!.Value,
                c.Method!.Value, c.Audience!.Value, c.Beneficiaries!, c.WithDisabilities ?? Sadd.None, c.Materials,
                clock.Today());
            user.ApplyEntryReview(session, clock.GetUtcNow());
            db.EoreSessions.Add(session);
            await db.SaveChangesAsync(cancellationToken);
            return await EoreQueries.Project(db.EoreSessions.Where(e => e.Id == session.Id)).SingleAsync(cancellationToken);
        }
    }
}

public static class ReviewEoreSession
{
    public sealed record Command(Guid Id, uint? ExpectedVersion, ReviewDecision Decision, string? Comment) : ICommand<EoreSessionDto>, IReviewCommand;

    public sealed class Validator : ReviewCommandValidator<Command>;

    public sealed class Handler(IMineActionDb db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, EoreSessionDto>
    {
        public async ValueTask<EoreSessionDto> Handle(Command command, CancellationToken cancellationToken)
        {
            await db.ChangeAsync(db.EoreSessions, command.Id, command.ExpectedVersion, e => user.Review(e, command, clock.GetUtcNow()), cancellationToken);
            return await EoreQueries.Project(db.EoreSessions.Where(e => e.Id == command.Id)).SingleAsync(cancellationToken);
        }
    }
}

/// <summary>People reached by risk education per year and province, by sex and age, and of them persons with disabilities (approved sessions).</summary>
public static class EoreTotals
{
    public sealed record Row(int Year, Guid ProvinceId, int Sessions, Sadd Beneficiaries, Sadd WithDisabilities);

    public sealed record Query(int? Year = null, Guid? ProvinceId = null) : IQuery<IReadOnlyList<Row>>;

    public sealed class Handler(IMineActionDb db) : IQueryHandler<Query, IReadOnlyList<Row>>
    {
        public async ValueTask<IReadOnlyList<Row>> Handle(Query q, CancellationToken cancellationToken)
        {
            var sessions = db.EoreSessions.Approved().Where(e => e.ArchivedAt == null);
            sessions = q.Year is { } year ? sessions.Where(e => e.HeldOn.Year == year) : sessions;
            sessions = q.ProvinceId is { } province ? sessions.Where(e => e.ProvinceId == province) : sessions;
            var rows = await sessions
                .GroupBy(e => new { e.HeldOn.Year, e.ProvinceId })
                .Select(g => new
                {
                    g.Key.Year, g.Key.ProvinceId, Sessions = g.Count(),
                    Girls = g.Sum(e => e.Beneficiaries.Girls), Boys = g.Sum(e => e.Beneficiaries.Boys),
                    Women = g.Sum(e => e.Beneficiaries.Women), Men = g.Sum(e => e.Beneficiaries.Men),
                    DGirls = g.Sum(e => e.WithDisabilities.Girls), DBoys = g.Sum(e => e.WithDisabilities.Boys),
                    DWomen = g.Sum(e => e.WithDisabilities.Women), DMen = g.Sum(e => e.WithDisabilities.Men),
                })
                .ToListAsync(cancellationToken);
            return rows.Select(r => new Row(r.Year, r.ProvinceId, r.Sessions, new Sadd(r.Girls, r.Boys, r.Women, r.Men),
                new Sadd(r.DGirls, r.DBoys, r.DWomen, r.DMen))).OrderBy(r => r.Year).ThenBy(r => r.ProvinceId).ToList();
        }
    }
}
