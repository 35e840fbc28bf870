namespace MineAction.Application.Programme;

/// <summary>
/// What a fresh installation still needs before it is a national system: shown on the administrator's home page until every required
/// item is done.
/// </summary>
public static class SetupChecklist
{
    public sealed record Item(string Key, string Label, bool Done, bool Required, string Link);

    public sealed record Checklist(IReadOnlyList<Item> Items)
    {
        public bool Complete => Items.All(i => i.Done || !i.Required);
    }

    public sealed record Query : IQuery<Checklist>;

    public sealed class Handler(IMineActionDb db, ICurrentUser user) : IQueryHandler<Query, Checklist>
    {
        public async ValueTask<Checklist> Handle(Query query, CancellationToken cancellationToken)
        {
            user.EnsureAdministrator();
            var settings = await db.ProgrammeSettingsAsync(cancellationToken);
            var levels = await db.AdminAreas.Select(a => a.Level).Distinct().ToListAsync(cancellationToken);
            return new Checklist(
            [
                new("programme", "Name the programme and its country", settings.Name.Length > 0 && settings.CountryCode.Length > 0, true, "/admin/programme"),
                new("provinces", "Load the provinces (boundaries, level 1)", levels.Contains(1), true, "/admin/boundaries"),
                new("districts", "Load the districts (boundaries, level 2)", levels.Contains(2), true, "/admin/boundaries"),
                new("iati", "Give the IATI reporting organisation and recipient country", settings.IatiConfigured, true, "/admin/programme"),
                new("organisations", "Register the national authority and the operators", await db.Organisations.AnyAsync(cancellationToken), true, "/organisations"),
                new("logo", "Add the programme's logo for reports (optional)", settings.Logo is not null, false, "/admin/programme"),
            ]);
        }
    }
}
