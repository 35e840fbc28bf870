using BenchmarkDotNet.Attributes;
using MineAction.Application.Auditing;
using MineAction.Application.Hazards;
using MineAction.Application.Operations;

namespace MineAction.Benchmarks;

/// <summary>
/// Read paths of issue #19 through the application (EF Core LINQ → SQL) against the same result hand-written in SQL and read with Npgsql,
/// on the seeded programme (MINEACTION_BENCH_SIZE hazards): the task list, one entity type's audit trail and a hazard search.
/// </summary>
[MemoryDiagnoser]
public class ReadPathBenchmarks : SeededProgrammeBenchmark
{
    /// <summary>The first page of tasks with their hazards, the hazards' area and the area released under each task.</summary>
    private const string TasksSql = """
        SELECT t.id, o.acronym,
               (SELECT array_agg(h.code ORDER BY h.code) FROM hazardous_areas h WHERE h.id = ANY (t.hazardous_area_ids)),
               (SELECT sum(h.area_m2) FROM hazardous_areas h WHERE h.id = ANY (t.hazardous_area_ids)),
               (SELECT sum(p.area_m2) FROM land_release_products p JOIN land_release_activities a ON a.id = p.activity_id
                WHERE a.task_id = t.id AND p.superseded_on IS NULL),
               (SELECT count(*) FROM clearance_tasks)
        FROM clearance_tasks t JOIN organisations o ON o.id = t.organisation_id
        ORDER BY t.priority_score DESC, t.id LIMIT 50
        """;

    /// <summary>The newest 50 audit entries of hazardous areas and their count.</summary>
    private const string AuditSql = """
        SELECT e.id, e.entity_id, e.action, e.user_name, e.occurred_at, e.changes::text, e.reason,
               (SELECT count(*) FROM audit_entries WHERE entity_type = 'HazardousArea')
        FROM audit_entries e WHERE e.entity_type = 'HazardousArea'
        ORDER BY e.occurred_at DESC, e.id DESC LIMIT 50
        """;

    /// <summary>Hazards whose code, name or IMSMA id holds the text, first page by code, and their count.</summary>
    private const string SearchSql = """
        SELECT h.id, h.code, h.name, h.area_m2,
               (SELECT count(*) FROM hazardous_areas c WHERE c.archived_at IS NULL
                  AND (c.code ILIKE '%ridge%' OR c.name ILIKE '%ridge%' OR c.external_imsma_id ILIKE '%ridge%'))
        FROM hazardous_areas h WHERE h.archived_at IS NULL
          AND (h.code ILIKE '%ridge%' OR h.name ILIKE '%ridge%' OR h.external_imsma_id ILIKE '%ridge%')
        ORDER BY h.code LIMIT 50
        """;

    [Benchmark(Description = "Tasks, first page: raw SQL (Npgsql)")]
    public Task<int> TasksRawSql() => RawAsync(TasksSql);

    [Benchmark(Description = "Tasks, first page: application (GET /tasks)")]
    public async Task<int> TasksApplication() => (await SendAsync(new ListTasks.Query())).Items.Count;

    [Benchmark(Description = "Audit trail of hazards, first page: raw SQL (Npgsql)")]
    public Task<int> AuditRawSql() => RawAsync(AuditSql);

    [Benchmark(Description = "Audit trail of hazards, first page: application (GET /audit?entity=HazardousArea)")]
    public async Task<int> AuditApplication() => (await SendAsync(new GetAuditTrail.Query("HazardousArea"))).Items.Count;

    [Benchmark(Description = "Hazard search 'ridge', first page: raw SQL (Npgsql)")]
    public Task<int> SearchRawSql() => RawAsync(SearchSql);

    [Benchmark(Description = "Hazard search 'ridge', first page: application (GET /hazardous-areas?search=ridge)")]
    public async Task<int> SearchApplication() => (await SendAsync(new ListHazardousAreas.Query(Search: "ridge", Sort: "code"))).Items.Count;
}
