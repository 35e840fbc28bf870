using MineAction.Domain.Reporting;

namespace MineAction.Application.Reporting;

/// <summary>Writes (or rewrites) the State's text for a form of a year's Article 7 report; information managers only, audited.</summary>
public static class WriteNarrative
{
    public sealed record Command([property: JsonIgnore] Convention Convention, [property: JsonIgnore] int Year, [property: JsonIgnore] string Form,
        [property: JsonIgnore] uint? ExpectedVersion, string? Text) : ICommand<NarrativeDto>;

    public sealed record NarrativeDto(Convention Convention, int Year, string Form, string Text, string UpdatedBy, DateTimeOffset UpdatedAt, uint RowVersion);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Year).InclusiveBetween(ReportYears.First, ReportYears.Last).WithName("year");
            RuleFor(c => c.Text).NotEmpty().MaximumLength(ReportNarrative.MaxTextLength).WithName("text");
        }
    }

    public sealed class Handler(IMineActionDb db, ICurrentUser user) : ICommandHandler<Command, NarrativeDto>
    {
        public async ValueTask<NarrativeDto> Handle(Command c, CancellationToken cancellationToken)
        {
            user.EnsureReviewer();
            var id = await db.ReportNarratives.Where(n => n.Convention == c.Convention && n.Year == c.Year && n.Form == c.Form)
                .Select(n => (Guid?)n.Id).SingleOrDefaultAsync(cancellationToken);
            if (id is { } existing)
            {
                await db.ChangeAsync(db.ReportNarratives, existing, c.ExpectedVersion, n => n.Rewrite(c.Text!), cancellationToken);
            }
            else
            {
                db.ReportNarratives.Add(new ReportNarrative(c.Convention, c.Year, c.Form, c.Text!));
                await db.SaveChangesAsync(cancellationToken);
            }

            return await db.ReportNarratives.Where(n => n.Convention == c.Convention && n.Year == c.Year && n.Form == c.Form)
                .Select(n => new NarrativeDto(n.Convention, n.Year, n.Form, n.Text, n.UpdatedBy, n.UpdatedAt, n.RowVersion)).SingleAsync(cancellationToken);
        }
    }
}
