namespace MineAction.Application.People;

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
            var found = await MatchingAsync(db, user, protector, q.Search!, cancellationToken);
            return await PersonalDataAccess.CasualtiesAsync(db, user, protector, clock, db.Casualties.Where(c => found.Contains(c.Id)), cancellationToken);
        }
    }

    /// <summary>The casualties whose victim code is <paramref name="search"/> or, for the roles allowed to read personal data, whose name contains it.</summary>
    internal static async Task<List<Guid>> MatchingAsync(IMineActionDb db, ICurrentUser user, IPersonalDataProtector protector, string search,
        CancellationToken cancellationToken)
    {
        var term = search.Trim();
        var code = term.ToUpperInvariant();
        var ids = await db.Casualties.Where(c => c.VictimCode == code).Select(c => c.Id).ToListAsync(cancellationToken);
        if (user.MayReadPersonalData())
        {
            // Names are encrypted: the (small) registry is decrypted here, never searched in SQL.
            var all = await db.VictimPersonalData.AsNoTracking().Select(p => new { p.CasualtyId, p.FullName }).ToListAsync(cancellationToken);
            ids.AddRange(all.Where(p => protector.Unprotect(p.FullName).Contains(term, StringComparison.OrdinalIgnoreCase)).Select(p => p.CasualtyId));
        }

        return ids.Distinct().ToList();
    }
}
