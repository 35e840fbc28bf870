namespace MineAction.Application.Operations;

/// <summary>How many tasks are at each step, per province of their hazardous areas.</summary>
public static class TaskSummary
{
    public sealed record Row(Guid ProvinceId, string Province, TaskOrderStatus Status, int Tasks);

    public sealed record Query : IQuery<IReadOnlyList<Row>>;

    public sealed class Handler(IMineActionDb db) : IQueryHandler<Query, IReadOnlyList<Row>>
    {
        private const string Sql = """
            SELECT p.id, p.name, t.status, COUNT(DISTINCT t.id)::int
            FROM clearance_tasks t
            JOIN hazardous_areas h ON h.id = ANY (t.hazardous_area_ids)
            JOIN admin_areas p ON p.id = h.province_id
            WHERE t.archived_at IS NULL
            GROUP BY p.id, p.name, t.status
            ORDER BY p.name, t.status
            """;

        public async ValueTask<IReadOnlyList<Row>> Handle(Query query, CancellationToken cancellationToken) =>
            await SqlRows.QueryAsync(db, Sql, r => new Row(r.GetGuid(0), r.GetString(1), Enum.Parse<TaskOrderStatus>(r.GetString(2)), r.GetInt32(3)),
                cancellationToken);
    }
}
