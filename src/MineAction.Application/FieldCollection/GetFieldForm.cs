using MineAction.Application.DataImport;

namespace MineAction.Application.FieldCollection;

/// <summary>A field form as of now: its organisation list is the live organisations' acronyms.</summary>
public static class GetFieldForm
{
    public sealed record Query(string Id) : IQuery<FieldForm>;

    public sealed class Handler(IMineActionDb db, IEnumerable<RecordImporter> importers, TimeProvider clock) : IQueryHandler<Query, FieldForm>
    {
        public async ValueTask<FieldForm> Handle(Query query, CancellationToken cancellationToken)
        {
            var form = FieldForms.All.FirstOrDefault(f => string.Equals(f.Id, query.Id, StringComparison.OrdinalIgnoreCase))
                ?? throw new NotFoundException("Field form", query.Id);
            var organisations = await db.Organisations.Live().OrderBy(o => o.Acronym).Select(o => o.Acronym).Distinct().ToListAsync(cancellationToken);
            var all = importers.ToList();
            return FieldForms.Build(form, all.Single(i => i.Type == form.RecordType), all.SingleOrDefault(i => i.Type == form.RepeatRecordType),
                organisations, clock.GetUtcNow());
        }
    }
}
