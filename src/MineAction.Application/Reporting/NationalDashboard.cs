using MineAction.Application.Geography;
using MineAction.Application.LandRelease;
using MineAction.Application.People;
using MineAction.Application.Resources;
using MineAction.Application.Review;

namespace MineAction.Application.Reporting;

/// <summary>
/// The national picture on the home page: each chart's figures from the same use cases as the reports (approved data only), for the whole
/// country or one province and a span of years. Remaining contamination is as of today; the other charts cover the years chosen.
/// </summary>
public static class NationalDashboard
{
    public const int MaxYears = 30;

    /// <summary>One bar (or line) series: a value per category.</summary>
    public sealed record Series(string Label, IReadOnlyList<double> Values);

    /// <summary>A chart as the page draws it and its CSV download lists it: categories across, one series per colour.</summary>
    public sealed record Chart(string Key, string Title, string Unit, IReadOnlyList<string> Categories, IReadOnlyList<Series> Series, bool Stacked);

    public sealed record Dashboard(int FromYear, int ToYear, Guid? ProvinceId, IReadOnlyList<Chart> Charts, int? PendingReview);

    public sealed record Query(Guid? ProvinceId = null, int? FromYear = null, int? ToYear = null) : IQuery<Dashboard>;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.FromYear).InclusiveBetween(1990, 2100).WithName("fromYear");
            RuleFor(q => q.ToYear).InclusiveBetween(1990, 2100).WithName("toYear");
            RuleFor(q => q.ToYear).GreaterThanOrEqualTo(q => q.FromYear).When(q => q.FromYear is not null && q.ToYear is not null).WithName("toYear")
                .WithMessage("'toYear' must not be before 'fromYear'.");
            RuleFor(q => q).Must(q => q.ToYear!.Value - q.FromYear!.Value < MaxYears).When(q => q.FromYear is not null && q.ToYear is not null)
                .WithName("fromYear").WithMessage($"Show at most {MaxYears} years at once.");
        }
    }

    public sealed class Handler(IMediator mediator, ICurrentUser user, TimeProvider clock) : IQueryHandler<Query, Dashboard>
    {
        public async ValueTask<Dashboard> Handle(Query q, CancellationToken cancellationToken)
        {
            var (from, to) = Period(q.FromYear, q.ToYear, clock.Today());
            var years = Enumerable.Range(from, to - from + 1).ToList();
            bool InPeriod(int year) => year >= from && year <= to;

            var provinces = (await mediator.Send(new ListAdminAreas.Query(Level: 1), cancellationToken)).ToDictionary(a => a.Id, a => a.Name);
            var land = await mediator.Send(new LandReleaseSummary.Query(ProvinceId: q.ProvinceId), cancellationToken);
            var casualties = (await mediator.Send(new CasualtyStatistics.Query(ProvinceId: q.ProvinceId), cancellationToken)).Where(r => InPeriod(r.Year)).ToList();
            var eore = (await mediator.Send(new EoreTotals.Query(ProvinceId: q.ProvinceId), cancellationToken)).Where(r => InPeriod(r.Year)).ToList();
            var money = await mediator.Send(new DonorReport.Query(new DateOnly(from, 1, 1), new DateOnly(to, 12, 31)), cancellationToken);
            int? pending = user.IsReviewer() ? (await mediator.Send(new ReviewInbox.Counts(), cancellationToken)).Total : null;

            return new Dashboard(from, to, q.ProvinceId,
            [
                .. LandReleaseCharts(land, provinces, from, to),
                CasualtiesBySex(casualties, years),
                CasualtiesByAge(casualties),
                RiskEducation(eore),
                Funding(money.Money),
            ], pending);
        }
    }

    /// <summary>The years a dashboard shows: the ten years to this one unless given.</summary>
    public static (int From, int To) Period(int? fromYear, int? toYear, DateOnly today)
    {
        var to = toYear ?? today.Year;
        return (fromYear ?? Math.Min(to, today.Year) - 9, to);
    }

    /// <summary>
    /// The land release charts of a summary by province (remaining contamination, land released per year, devices destroyed), for the
    /// dashboard and the land release page alike.
    /// </summary>
    public static IReadOnlyList<Chart> LandReleaseCharts(LandReleaseSummary.Summary land, IReadOnlyDictionary<Guid, string> provinces, int from, int to)
    {
        bool InPeriod(int year) => year >= from && year <= to;
        return
        [
            Contamination(land.Remaining, provinces),
            Released([.. land.Released.Where(r => InPeriod(r.Year))], [.. Enumerable.Range(from, to - from + 1)]),
            Devices([.. land.Devices.Where(r => InPeriod(r.Year))]),
        ];
    }

    private static Chart Contamination(IReadOnlyList<LandReleaseSummary.RemainingRow> remaining, IReadOnlyDictionary<Guid, string> provinces)
    {
        var areas = remaining.Where(r => r.AdminAreaId is not null).Select(r => r.AdminAreaId!.Value).Distinct()
            .OrderBy(id => provinces.GetValueOrDefault(id, "?"), StringComparer.Ordinal).ToList();
        Series Of(HazardType type) => new(type.ToString(),
            [.. areas.Select(a => Km2(remaining.Where(r => r.AdminAreaId == a && r.Type == type).Sum(r => r.RemainingM2)))]);
        return new Chart("contamination", "Remaining contamination by province", "km²", [.. areas.Select(a => provinces.GetValueOrDefault(a, "?"))],
            [Of(HazardType.SHA), Of(HazardType.CHA)], Stacked: true);
    }

    private static Chart Released(IReadOnlyList<LandReleaseSummary.ReleaseRow> rows, List<int> years) =>
        new("released", "Land released per year", "km²", [.. years.Select(y => $"{y}")],
        [
            new("Cancelled", [.. years.Select(y => Km2(rows.Where(r => r.Year == y).Sum(r => r.CancelledM2)))]),
            new("Reduced", [.. years.Select(y => Km2(rows.Where(r => r.Year == y).Sum(r => r.ReducedM2)))]),
            new("Cleared", [.. years.Select(y => Km2(rows.Where(r => r.Year == y).Sum(r => r.ClearedM2)))]),
        ], Stacked: true);

    private static Chart Devices(IReadOnlyList<LandReleaseSummary.DeviceRow> rows)
    {
        var categories = rows.Select(r => r.Category).Distinct().Order().ToList();
        return new Chart("devices", "Devices destroyed by category", "items", [.. categories.Select(c => Words.OfName(c.ToString()))],
        [
            new("Destroyed", [.. categories.Select(c => (double)rows.Where(r => r.Category == c).Sum(r => r.Destroyed))]),
            new("Rendered safe", [.. categories.Select(c => (double)rows.Where(r => r.Category == c).Sum(r => r.RenderedSafe))]),
        ], Stacked: false);
    }

    private static Chart CasualtiesBySex(IReadOnlyList<CasualtyStatistics.Row> rows, List<int> years) =>
        new("casualties", "Casualties per year by sex", "persons", [.. years.Select(y => $"{y}")],
            [.. Enum.GetValues<Sex>().Select(sex => new Series(sex.ToString(),
                [.. years.Select(y => (double)rows.Where(r => r.Year == y && r.Sex == sex).Sum(r => r.Killed + r.Injured))]))],
            Stacked: true);

    private static Chart CasualtiesByAge(IReadOnlyList<CasualtyStatistics.Row> rows)
    {
        var groups = Enum.GetValues<AgeGroup>();
        return new Chart("casualties-age", "Casualties by age group", "persons", [.. groups.Select(Words.Of)],
        [
            new("Killed", [.. groups.Select(g => (double)rows.Where(r => r.AgeGroup == g).Sum(r => r.Killed))]),
            new("Injured", [.. groups.Select(g => (double)rows.Where(r => r.AgeGroup == g).Sum(r => r.Injured))]),
        ], Stacked: true);
    }

    private static Chart RiskEducation(IReadOnlyList<EoreTotals.Row> rows)
    {
        Series Of(string label, Func<EoreTotals.Row, Sadd> people) => new(label,
        [
            rows.Sum(r => people(r).Girls), rows.Sum(r => people(r).Boys), rows.Sum(r => people(r).Women), rows.Sum(r => people(r).Men),
        ]);
        return new Chart("eore", "Risk education beneficiaries by sex and age", "persons", ["Girls", "Boys", "Women", "Men"],
            [Of("Beneficiaries", r => r.Beneficiaries), Of("With disabilities", r => r.WithDisabilities)], Stacked: false);
    }

    private static Chart Funding(IReadOnlyList<DonorReport.MoneyRow> money)
    {
        var donors = money.GroupBy(m => m.Donor).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        return new Chart("funding", "Funding received and disbursed by donor", "USD", [.. donors.Select(d => d.Key)],
        [
            new("Received", [.. donors.Select(d => (double)d.Sum(m => m.ReceivedUsd))]),
            new("Disbursed", [.. donors.Select(d => (double)d.Sum(m => m.DisbursedUsd))]),
        ], Stacked: false);
    }

    private static double Km2(double m2) => Math.Round(m2 / 1e6, 2);
}
