using System.Text.Json;
using MineAction.Domain.Reporting;

namespace MineAction.Application.Reporting;

/// <summary>
/// Submitting a year's report freezes it as a numbered edition; an edition prints exactly as submitted, and its changes since list,
/// cell by cell, the figures that moved with the records responsible.
/// </summary>
public static class ReportEditions
{
    public sealed record EditionDto(Convention Convention, int Year, int Number, string ContentSha256, string SubmittedBy, DateTimeOffset SubmittedAt);

    public sealed record Submit(Convention Convention, int Year) : ICommand<EditionDto>;

    public sealed record List(Convention Convention, int Year) : IQuery<IReadOnlyList<EditionDto>>;

    /// <summary>The edition's content, as stored.</summary>
    public sealed record Content(Convention Convention, int Year, int Number) : IQuery<string>;

    public sealed record Changes(Convention Convention, int Year, int Number) : IQuery<ChangesDto>;

    /// <summary>The edition's report read back from its stored content, for the workbook and the printable page.</summary>
    public sealed record Printed(Convention Convention, int Year, int Number) : IQuery<PrintedEdition>;

    public sealed record PrintedEdition(EditionDto Edition, TreatyReport Report);

    public sealed record RecordChange(string RecordType, Guid RecordId, string Label, decimal Submitted, decimal Now);

    public sealed record CellChange(string Cell, decimal Submitted, decimal Now, IReadOnlyList<RecordChange> Records);

    public sealed record ChangesDto(EditionDto Edition, IReadOnlyList<CellChange> Cells);

    public sealed class SubmitValidator : AbstractValidator<Submit>
    {
        public SubmitValidator() => RuleFor(c => c.Year).InclusiveBetween(ReportYears.First, ReportYears.Last).WithName("year");
    }

    public sealed class Handler(IMineActionDb db, ICurrentUser user, TimeProvider clock)
        : ICommandHandler<Submit, EditionDto>, IQueryHandler<List, IReadOnlyList<EditionDto>>, IQueryHandler<Content, string>,
            IQueryHandler<Changes, ChangesDto>, IQueryHandler<Printed, PrintedEdition>
    {
        public async ValueTask<EditionDto> Handle(Submit c, CancellationToken cancellationToken)
        {
            user.EnsureReviewer();
            await using var transaction = await JoinedTransaction.BeginAsync(db.Database, cancellationToken);
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext('report_editions'), {c.Year})", cancellationToken);
            var (report, ledger) = await TreatyReports.BuildAsync(db, c.Convention, c.Year, cancellationToken);
            var number = 1 + await db.ReportEditions.Where(e => e.Convention == c.Convention && e.Year == c.Year)
                .MaxAsync(e => (int?)e.Number, cancellationToken) ?? 1;
            var now = clock.GetUtcNow();
            var edition = new ReportEdition(c.Convention, c.Year, number, JsonSerializer.Serialize(report, TreatyReports.Json),
                JsonSerializer.Serialize(ledger.All, TreatyReports.Json), user.Name, now);
            db.ReportEditions.Add(edition);
            db.AuditEntries.Add(new AuditEntry(nameof(ReportEdition), edition.Id, "Created", user.Name, now,
                JsonSerializer.Serialize(new { convention = c.Convention.ToString(), year = c.Year, number, contentSha256 = edition.ContentSha256 }), null));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return Dto(edition);
        }

        public async ValueTask<IReadOnlyList<EditionDto>> Handle(List q, CancellationToken cancellationToken) =>
            await db.ReportEditions.Where(e => e.Convention == q.Convention && e.Year == q.Year).OrderBy(e => e.Number)
                .Select(e => new EditionDto(e.Convention, e.Year, e.Number, e.ContentSha256, e.SubmittedBy, e.SubmittedAt)).ToListAsync(cancellationToken);

        public async ValueTask<string> Handle(Content q, CancellationToken cancellationToken) =>
            (await FindAsync(q.Convention, q.Year, q.Number, cancellationToken)).Content;

        public async ValueTask<ChangesDto> Handle(Changes q, CancellationToken cancellationToken)
        {
            var edition = await FindAsync(q.Convention, q.Year, q.Number, cancellationToken);
            var submitted = TreatyReports.Figures(JsonSerializer.Deserialize<TreatyReport>(edition.Content, TreatyReports.Json)!);
            var submittedRecords = JsonSerializer.Deserialize<Dictionary<string, List<CellRecord>>>(edition.Cells, TreatyReports.Json)!;
            var (report, ledger) = await TreatyReports.BuildAsync(db, q.Convention, q.Year, cancellationToken);
            var now = TreatyReports.Figures(report);
            var cells = submitted.Keys.Union(now.Keys).Order(StringComparer.Ordinal)
                .Select(cell => (Cell: cell, Was: submitted.GetValueOrDefault(cell), Is: now.GetValueOrDefault(cell)))
                .Where(x => x.Was != x.Is)
                .Select(x => new CellChange(x.Cell, x.Was, x.Is, RecordChanges(submittedRecords.GetValueOrDefault(x.Cell) ?? [], ledger.Records(x.Cell))))
                .ToList();
            return new ChangesDto(Dto(edition), cells);
        }

        public async ValueTask<PrintedEdition> Handle(Printed q, CancellationToken cancellationToken)
        {
            var edition = await FindAsync(q.Convention, q.Year, q.Number, cancellationToken);
            return new PrintedEdition(Dto(edition), JsonSerializer.Deserialize<TreatyReport>(edition.Content, TreatyReports.Json)!);
        }

        private async Task<ReportEdition> FindAsync(Convention convention, int year, int number, CancellationToken ct) =>
            await db.ReportEditions.SingleOrDefaultAsync(e => e.Convention == convention && e.Year == year && e.Number == number, ct)
            ?? throw new NotFoundException("Edition", $"{convention} {year} #{number}");

        private static EditionDto Dto(ReportEdition e) => new(e.Convention, e.Year, e.Number, e.ContentSha256, e.SubmittedBy, e.SubmittedAt);

        /// <summary>The records whose share of a figure differs between the edition and now (added, dropped or changed).</summary>
        private static List<RecordChange> RecordChanges(IEnumerable<CellRecord> was, IEnumerable<CellRecord> now)
        {
            static Dictionary<(string, Guid), (string Label, decimal Amount)> Sum(IEnumerable<CellRecord> records) =>
                records.GroupBy(r => (r.RecordType, r.RecordId)).ToDictionary(g => g.Key, g => (g.First().Label, g.Sum(r => r.Amount)));
            var before = Sum(was);
            var after = Sum(now);
            return [.. before.Keys.Union(after.Keys)
                .Select(k => (Key: k, Was: before.GetValueOrDefault(k), Is: after.GetValueOrDefault(k)))
                .Where(x => x.Was.Amount != x.Is.Amount)
                .Select(x => new RecordChange(x.Key.Item1, x.Key.Item2, x.Is.Label ?? x.Was.Label, x.Was.Amount, x.Is.Amount))
                .OrderBy(r => r.RecordType, StringComparer.Ordinal).ThenBy(r => r.Label, StringComparer.Ordinal)];
        }
    }
}
