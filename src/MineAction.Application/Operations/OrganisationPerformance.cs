using System.Data;

namespace MineAction.Application.Operations;

/// <summary>
/// Organisation performance over a period (approved activities): m² released, team-days worked (teams × days
/// between actual start and end, clipped to the period), m² per team-day, and non-conformities raised per 10,000 m².
/// </summary>
public static class OrganisationPerformance
{
    public sealed record Row(Guid OrganisationId, string Acronym, double ReleasedM2, double TeamDays, int NonConformities)
    {
        public double M2PerTeamDay => TeamDays > 0 ? ReleasedM2 / TeamDays : 0;

        public double NonConformitiesPer10000M2 => ReleasedM2 > 0 ? NonConformities / (ReleasedM2 / 10_000) : 0;
    }

    public sealed record Query(DateOnly? From, DateOnly? To) : IQuery<IReadOnlyList<Row>>;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.From).NotNull().WithName("from");
            RuleFor(q => q.To).NotNull().GreaterThanOrEqualTo(q => q.From).WithName("to").WithMessage("'to' is a date on or after 'from'.");
        }
    }

    public sealed class Handler(IMineActionDb db, TimeProvider clock) : IQueryHandler<Query, IReadOnlyList<Row>>
    {
        private const string Sql = """
            WITH activities AS (
                SELECT a.id, a.organisation_id,
                       a.teams * GREATEST(0, LEAST(COALESCE(a.actual_end, @today), @to) - GREATEST(a.actual_start, @from) + 1) AS team_days
                FROM land_release_activities a
                WHERE a.archived_at IS NULL AND a.approval_status = 'Approved' AND a.actual_start IS NOT NULL),
            released AS (
                SELECT a.organisation_id, SUM(p.area_m2) AS m2
                FROM land_release_products p JOIN activities a ON a.id = p.activity_id
                WHERE p.archived_at IS NULL AND p.approval_status = 'Approved' AND p.release_date BETWEEN @from AND @to
                GROUP BY a.organisation_id),
            worked AS (SELECT organisation_id, SUM(team_days) AS team_days FROM activities GROUP BY organisation_id),
            findings AS (
                SELECT organisation_id, COUNT(*) AS ncs FROM non_conformities
                WHERE archived_at IS NULL AND raised_on BETWEEN @from AND @to GROUP BY organisation_id)
            SELECT o.id, o.acronym, COALESCE(r.m2, 0), COALESCE(w.team_days, 0)::float8, COALESCE(f.ncs, 0)::int
            FROM organisations o
            LEFT JOIN released r ON r.organisation_id = o.id
            LEFT JOIN worked w ON w.organisation_id = o.id
            LEFT JOIN findings f ON f.organisation_id = o.id
            WHERE COALESCE(r.m2, 0) > 0 OR COALESCE(w.team_days, 0) > 0 OR COALESCE(f.ncs, 0) > 0
            ORDER BY o.acronym
            """;

        public async ValueTask<IReadOnlyList<Row>> Handle(Query q, CancellationToken cancellationToken) =>
            await SqlRows.QueryAsync(db, Sql, r => new Row(r.GetGuid(0), r.GetString(1), r.GetDouble(2), r.GetDouble(3), r.GetInt32(4)),
                cancellationToken,
                ("from", q.From!.Value, DbType.Date), ("to", q.To!.Value, DbType.Date),
                ("today", clock.Today(), DbType.Date));
    }
}
