using System.Data;
using System.Globalization;

namespace MineAction.Application.Reporting;

/// <summary>The approved records the Article 7 forms read besides land release (see <see cref="YearFacts"/>), one row each.</summary>
internal static class TreatyFacts
{
    /// <summary>The device categories that make a hazard a cluster munition remnant area for the CCM.</summary>
    public static readonly string[] ClusterMunitionCategories = [nameof(DeviceCategory.Submunition), nameof(DeviceCategory.ClusterMunition)];

    private static string Day(DateOnly day) => IsoDate.Of(day);

    private static string? Text(System.Data.Common.DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    /// <summary>A hazardous area still contaminated at the end of a day: its type on that day and the area not yet released.</summary>
    public sealed record Hazard(string? ProvinceCode, string? ProvinceName, HazardType Type, bool ClusterMunitions, bool Marked, bool Fenced, CellRecord Area);

    public static Task<List<Hazard>> HazardsAsync(IMineActionDb db, DateOnly day, CancellationToken ct)
    {
        const string sql = """
            SELECT pr.code, pr.name, CASE WHEN h.confirmed_on <= @day THEN 'CHA' ELSE 'SHA' END, h.id, h.code,
                   round((h.area_m2 - COALESCE(r.released, 0))::numeric, 2), h.device_categories && @cluster,
                   h.marked_on <= @day, h.fenced_on <= @day
            FROM hazardous_areas h
            LEFT JOIN admin_areas pr ON pr.id = h.province_id
            LEFT JOIN (
                SELECT p.hazardous_area_id, SUM(p.area_m2) AS released
                FROM land_release_products p
                JOIN land_release_activities a ON a.id = p.activity_id AND a.archived_at IS NULL AND a.approval_status = 'Approved'
                WHERE p.archived_at IS NULL AND p.approval_status = 'Approved' AND p.release_date <= @day
                  AND (p.superseded_on IS NULL OR p.superseded_on > @day)
                GROUP BY p.hazardous_area_id) r ON r.hazardous_area_id = h.id
            WHERE h.approval_status = 'Approved' AND h.archived_at IS NULL AND h.recorded_on <= @day
              AND round((h.area_m2 - COALESCE(r.released, 0))::numeric, 2) > 0
            """;
        return SqlRows.QueryAsync(db, sql, r => new Hazard(Text(r, 0), Text(r, 1), Enum.Parse<HazardType>(r.GetString(2)), r.GetBoolean(6),
            !r.IsDBNull(7) && r.GetBoolean(7), !r.IsDBNull(8) && r.GetBoolean(8), new CellRecord("HazardousArea", r.GetGuid(3), r.GetString(4), r.GetDecimal(5))), ct, ("day", day, DbType.Date),
            ("cluster", ClusterMunitionCategories, DbType.Object));
    }

    /// <summary>An approved risk education session of the year with its beneficiaries by sex and age, and of them persons with disabilities.</summary>
    public sealed record EoreSession(Guid Id, string Label, Sadd Beneficiaries, Sadd WithDisabilities);

    public static Task<List<EoreSession>> EoreSessionsAsync(IMineActionDb db, int year, CancellationToken ct)
    {
        const string sql = """
            SELECT e.id, pr.name, e.held_on, e.beneficiaries_girls, e.beneficiaries_boys, e.beneficiaries_women, e.beneficiaries_men,
                   e.disabled_girls, e.disabled_boys, e.disabled_women, e.disabled_men, o.acronym
            FROM eore_sessions e
            JOIN organisations o ON o.id = e.organisation_id
            LEFT JOIN admin_areas pr ON pr.id = e.province_id
            WHERE e.archived_at IS NULL AND e.approval_status = 'Approved' AND e.held_on BETWEEN @from AND @to
            """;
        var (from, to) = ReportYears.Span(year);
        return SqlRows.QueryAsync(db, sql, r => new EoreSession(r.GetGuid(0),
                $"{Day(r.GetFieldValue<DateOnly>(2))} · {Text(r, 1) ?? "(no province)"} · {r.GetString(11)}",
                new Sadd(r.GetInt32(3), r.GetInt32(4), r.GetInt32(5), r.GetInt32(6)), new Sadd(r.GetInt32(7), r.GetInt32(8), r.GetInt32(9), r.GetInt32(10))),
            ct, ("from", from, DbType.Date), ("to", to, DbType.Date));
    }

    /// <summary>A victim assistance service delivered in the year: its pillar and the survivor's sex (nothing that names the person).</summary>
    public sealed record AssistanceService(Pillar Pillar, Sex Sex, CellRecord Record);

    public static Task<List<AssistanceService>> AssistanceServicesAsync(IMineActionDb db, int year, CancellationToken ct)
    {
        const string sql = """
            SELECT s.pillar, k.sex, s.id, s.delivered_on
            FROM assistance_services s
            JOIN assistance_cases c ON c.id = s.case_id AND c.archived_at IS NULL
            JOIN casualties k ON k.id = c.casualty_id AND k.archived_at IS NULL
            WHERE s.archived_at IS NULL AND s.delivered_on BETWEEN @from AND @to
            """;
        var (from, to) = ReportYears.Span(year);
        return SqlRows.QueryAsync(db, sql, r =>
            {
                var pillar = Enum.Parse<Pillar>(r.GetString(0));
                return new AssistanceService(pillar, Enum.Parse<Sex>(r.GetString(1)),
                    new CellRecord("AssistanceService", r.GetGuid(2), $"{pillar} · {Day(r.GetFieldValue<DateOnly>(3))}", 1m));
            },
            ct, ("from", from, DbType.Date), ("to", to, DbType.Date));
    }

    /// <summary>Money a donor paid in during the year (incoming funds), in US dollars at the transaction's rate.</summary>
    public sealed record FundsReceived(string DonorAcronym, string DonorName, CellRecord Record);

    public static Task<List<FundsReceived>> FundsReceivedAsync(IMineActionDb db, int year, CancellationToken ct)
    {
        const string sql = """
            SELECT o.acronym, o.name, t.id, t.date, t.amount, t.currency, t.usd_amount
            FROM funding_transactions t
            JOIN organisations o ON o.id = t.donor_id
            WHERE t.archived_at IS NULL AND t.type = @incoming AND t.date BETWEEN @from AND @to
            """;
        var (from, to) = ReportYears.Span(year);
        return SqlRows.QueryAsync(db, sql, r => new FundsReceived(r.GetString(0), r.GetString(1),
                new CellRecord("FundingTransaction", r.GetGuid(2),
                    $"{Day(r.GetFieldValue<DateOnly>(3))} · {r.GetDecimal(4).ToString("N2", CultureInfo.InvariantCulture)} {r.GetString(5).Trim()}",
                    r.GetDecimal(6))),
            ct, ("from", from, DbType.Date), ("to", to, DbType.Date), ("incoming", (int)TransactionType.IncomingFunds, DbType.Int32));
    }

    /// <summary>An approved movement of a live lot up to the end of the year (the forms need the balance at the start and the end).</summary>
    public sealed record Movement(Guid LotId, string MunitionType, string LotNumber, DeviceCategory Category, Domain.Stockpiles.LotPurpose Purpose,
        int? SubmunitionsPerMunition, Domain.Stockpiles.MovementKind Kind, DateOnly On, Domain.Stockpiles.DestructionMethod? Method, CellRecord Record)
    {
        public bool Adds => Domain.Stockpiles.MovementKinds.Adds(Kind);
    }

    public static Task<List<Movement>> MovementsAsync(IMineActionDb db, int year, CancellationToken ct)
    {
        const string sql = """
            SELECT l.id, l.munition_type, l.lot_number, l.category, l.purpose, l.submunitions_per_munition, m.kind, m.occurred_on, m.method,
                   m.id, m.quantity
            FROM lot_movements m
            JOIN munition_lots l ON l.id = m.lot_id AND l.archived_at IS NULL
            WHERE m.archived_at IS NULL AND m.approval_status = 'Approved' AND m.occurred_on <= @to
            """;
        var (_, to) = ReportYears.Span(year);
        return SqlRows.QueryAsync(db, sql, r =>
            {
                var kind = Enum.Parse<Domain.Stockpiles.MovementKind>(r.GetString(6));
                var on = r.GetFieldValue<DateOnly>(7);
                return new Movement(r.GetGuid(0), r.GetString(1), r.GetString(2), Enum.Parse<DeviceCategory>(r.GetString(3)),
                    Enum.Parse<Domain.Stockpiles.LotPurpose>(r.GetString(4)), r.IsDBNull(5) ? null : r.GetInt32(5), kind, on,
                    r.IsDBNull(8) ? null : Enum.Parse<Domain.Stockpiles.DestructionMethod>(r.GetString(8)),
                    new CellRecord("LotMovement", r.GetGuid(9), $"{r.GetString(1)} lot {r.GetString(2)} · {kind} · {Day(on)}", r.GetInt32(10)));
            },
            ct, ("to", to, DbType.Date));
    }
}
