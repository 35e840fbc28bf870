namespace MineAction.Application.Resources;

/// <summary>
/// The most recent records of one kind a project can be linked to, labelled for a pick list, optionally narrowed by a search
/// (hazard code or name, organisation acronym, province, pillar). No personal data: VA services by date, pillar and provider.
/// </summary>
public static class ProjectLinkCandidates
{
    public const int Limit = 200;

    public sealed record Candidate(Guid Id, string Label);

    public sealed record Query(ProjectLinkKind Kind, string? Search = null) : IQuery<IReadOnlyList<Candidate>>;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Kind).IsInEnum();
            RuleFor(q => q.Search).MaximumLength(100);
        }
    }

    public sealed class Handler(IMineActionDb db) : IQueryHandler<Query, IReadOnlyList<Candidate>>
    {
        public async ValueTask<IReadOnlyList<Candidate>> Handle(Query q, CancellationToken cancellationToken)
        {
            var orgs = db.Organisations;
            var like = string.IsNullOrWhiteSpace(q.Search) ? null : $"%{LikePattern.Escape(q.Search.Trim())}%";
            var rows = q.Kind switch
            {
                ProjectLinkKind.Activity => await (
                        from a in db.Activities
                        join h in db.HazardLabels on a.HazardousAreaId equals h.Id
                        join o in orgs on a.OrganisationId equals o.Id
                        where like == null || EF.Functions.ILike(h.Code, like) || EF.Functions.ILike(h.Name, like) || EF.Functions.ILike(o.Acronym, like)
                        orderby a.CreatedAt descending
                        select new { a.Id, Label = h.Code + " · " + a.Type + " · " + o.Acronym })
                    .Take(Limit).Select(x => new Candidate(x.Id, x.Label)).ToListAsync(cancellationToken),
                ProjectLinkKind.Task => await (
                        from t in db.Tasks
                        join o in orgs on t.OrganisationId equals o.Id
                        where like == null || EF.Functions.ILike(o.Acronym, like)
                        orderby t.CreatedAt descending
                        select new { t.Id, Label = t.Activity + " task · " + o.Acronym + " · " + t.Status })
                    .Take(Limit).Select(x => new Candidate(x.Id, x.Label)).ToListAsync(cancellationToken),
                ProjectLinkKind.EoreSession => (await (
                        from e in db.EoreSessions
                        join o in orgs on e.OrganisationId equals o.Id
                        join p in db.AdminAreas on e.ProvinceId equals p.Id
                        where like == null || EF.Functions.ILike(p.Name, like) || EF.Functions.ILike(o.Acronym, like)
                        orderby e.HeldOn descending
                        select new { e.Id, e.HeldOn, Organisation = o.Acronym, Province = p.Name, e.Beneficiaries })
                    .Take(Limit).ToListAsync(cancellationToken))
                    .Select(x => new Candidate(x.Id, $"{x.HeldOn:yyyy-MM-dd} · {x.Province} · {x.Organisation} · {x.Beneficiaries.Total} people")).ToList(),
                _ => (await (
                        from s in db.AssistanceServices
                        join o in orgs on s.ProviderId equals o.Id
                        where like == null || EF.Functions.ILike(o.Acronym, like) || EF.Functions.ILike(s.Pillar.ToString(), like)
                        orderby s.DeliveredOn descending
                        select new { s.Id, s.DeliveredOn, s.Pillar, Provider = o.Acronym, s.CostUsd })
                    .Take(Limit).ToListAsync(cancellationToken))
                    .Select(x => new Candidate(x.Id, $"{x.DeliveredOn:yyyy-MM-dd} · {x.Pillar} · {x.Provider} · {x.CostUsd:N2} USD")).ToList(),
            };
            return rows;
        }
    }
}
