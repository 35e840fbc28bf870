using MineAction.Application.Programme;
using MineAction.Domain.Programme;
using System.Globalization;
using System.Xml.Linq;

namespace MineAction.Application.Resources;

/// <summary>
/// The projects as an IATI 2.03 <c>iati-activities</c> document: participating organisations by role, sector 15250 (DAC 5-digit),
/// location, budgets per year, the contributions' transactions with <c>value/@value-date</c>, and results computed from the ledger
/// (m² cancelled / reduced / cleared, devices destroyed, people reached). Built from projects, funds and aggregates only:
/// no victim's personal data is ever read here.
/// </summary>
public static class IatiActivities
{
    public const string Version = "2.03";
    public const int MaxLocations = 20;
    private static readonly XNamespace Xml = XNamespace.Xml;

    /// <summary>
    /// One project, or every project; narrowed to those running in a period (planned start to end overlapping it) and to those a donor
    /// contributes to. Each activity stays whole — its budgets, transactions and results — as IATI readers expect of an activity.
    /// </summary>
    public sealed record Query(Guid? ProjectId = null, DateOnly? From = null, DateOnly? To = null, Guid? DonorId = null) : IQuery<XDocument>;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() =>
            RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null)
                .WithMessage("The period ends before it starts.");
    }

    public sealed class Handler(IReportingDb db, TimeProvider clock) : IQueryHandler<Query, XDocument>
    {
        public async ValueTask<XDocument> Handle(Query q, CancellationToken cancellationToken)
        {
            var settings = Publishable(await db.ProgrammeSettingsAsync(cancellationToken));
            var today = clock.Today();
            var projects = await db.Projects.IncludingArchived().AsNoTracking()
                .Where(p => q.ProjectId == null || p.Id == q.ProjectId)
                .Where(p => q.From == null || p.EndDate >= q.From)
                .Where(p => q.To == null || p.StartDate <= q.To)
                .Where(p => q.DonorId == null || db.Contributions.Any(c => c.ProjectId == p.Id && c.DonorId == q.DonorId))
                .OrderBy(p => p.Code).ToListAsync(cancellationToken);
            if (q.ProjectId is { } only && projects.Count == 0)
            {
                throw new NotFoundException(nameof(Project), only);
            }

            var organisations = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, cancellationToken);
            var reporter = organisations.Values.FirstOrDefault(o => o.Acronym == settings.IatiReportingOrganisation);
            var reporterRef = reporter?.IatiIdentifier ?? settings.IatiReportingOrgRef;
            var ids = projects.Select(p => p.Id).ToList();
            var contributions = await db.Contributions.AsNoTracking().Where(c => c.ProjectId != null && ids.Contains(c.ProjectId.Value))
                .ToListAsync(cancellationToken);
            var recipients = contributions.ToDictionary(c => c.Id, c => c.RecipientOrganisationId);
            var funds = await db.Funds.AsNoTracking().ToDictionaryAsync(f => f.Id, cancellationToken);
            var transactions = await db.FundingTransactions.AsNoTracking()
                .Where(t => t.ProjectId != null && ids.Contains(t.ProjectId.Value))
                .OrderBy(t => t.Date).ThenBy(t => t.Id).ToListAsync(cancellationToken);
            var outputs = await ProjectOutputs.ForAsync(db, projects, cancellationToken);
            var progress = await ProjectActuals.ForAsync(db, projects, cancellationToken);
            var places = await PlacesAsync(projects, settings, cancellationToken);

            var activities = projects.Select(p =>
            {
                var own = contributions.Where(c => c.ProjectId == p.Id).ToList();
                var implementer = organisations[p.ImplementingOrganisationId];
                var extending = own.Select(c => funds[c.FundId].ManagingOrganisationId).Distinct().Select(id => organisations[id]).ToList();
                var funding = own.Select(c => c.DonorId).Distinct().Select(id => organisations[id]).ToList();
                var secondary = reporter is null || !funding.Append(implementer).Concat(extending).Contains(reporter);
                var actual = progress[p.Id];
                return new XElement("iati-activity",
                    new XAttribute(Xml + "lang", "en"), new XAttribute("default-currency", p.BudgetCurrency),
                    new XAttribute("last-updated-datetime", p.UpdatedAt.ToString("yyyy-MM-ddTHH:mm:ssK", CultureInfo.InvariantCulture)),
                    new XElement("iati-identifier", $"{reporterRef}-{p.Code}"),
                    Org(reporter, reporterRef, settings, secondary),
                    Text("title", p.Title),
                    Text("description", p.Description ?? p.Title),
                    funding.Select(o => Participating(o, 1)),
                    reporter is null ? null : Participating(reporter, 2),
                    extending.Select(o => Participating(o, 3)),
                    Participating(implementer, 4),
                    new XElement("activity-status", new XAttribute("code", (int)p.StatusOn(today, actual))),
                    Date(1, p.StartDate), actual.FirstActual is { } started ? Date(2, started) : null, Date(3, p.EndDate),
                    p.ActualEndOn(today, actual) is { } ended ? Date(4, ended) : null,
                    settings.IatiRecipientCountry.Length > 0
                        ? new XElement("recipient-country", new XAttribute("code", settings.IatiRecipientCountry), new XAttribute("percentage", 100))
                        : new XElement("recipient-region", new XAttribute("code", settings.IatiRecipientRegion), new XAttribute("vocabulary", 1),
                            new XAttribute("percentage", 100)),
                    places[p.Id].Select(Location),
                    new XElement("sector", new XAttribute("vocabulary", 1), new XAttribute("code", 15250), new XAttribute("percentage", 100),
                        new XElement("narrative", "Removal of land mines and explosive remnants of war")),
                    p.AnnualBudgets().Select(b => new XElement("budget", new XAttribute("type", 1), new XAttribute("status", 1),
                        new XElement("period-start", new XAttribute("iso-date", Iso(b.Start))),
                        new XElement("period-end", new XAttribute("iso-date", Iso(b.End))),
                        Value(b.Amount, p.BudgetCurrency, b.Start))),
                    transactions.Where(t => t.ProjectId == p.Id).Select(t => Transaction(t, organisations[t.DonorId],
                        organisations[funds[t.FundId].ManagingOrganisationId],
                        recipients.GetValueOrDefault(t.ContributionId) is { } recipient ? organisations[recipient] : implementer)),
                    Results(p, outputs[p.Id], today));
            });
            return new XDocument(new XDeclaration("1.0", "utf-8", null),
                new XElement("iati-activities", new XAttribute("version", Version),
                    new XAttribute("generated-datetime", clock.GetUtcNow().ToString("yyyy-MM-ddTHH:mm:ssK", CultureInfo.InvariantCulture)),
                    activities));
        }

        /// <summary>
        /// The settings as they are now, when IATI readers would take them: unset, or failing a newer codelist than the one they were saved
        /// against, they close the export (409) until an administrator fixes them.
        /// </summary>
        private static ProgrammeSettings Publishable(ProgrammeSettings settings)
        {
            var failures = IatiSettingsRules.Failures(IatiSettingsRules.Of(settings)).ToList();
            return failures.Count > 0
                ? throw new ConflictException("IATI_SETTINGS_INVALID", "The programme's IATI settings would be refused by IATI readers: "
                    + string.Join(" ", failures.Select(f => $"{f.Field}: {f.Message}")), [.. failures.Select(f => f.Field).Distinct()])
                : settings.IatiConfigured ? settings
                : throw new ConflictException("IATI_SETTINGS_MISSING",
                    "The programme's IATI settings are not given: an administrator sets the reporting organisation's IATI identifier and the "
                    + "recipient country (or region) under Programme settings.", ["iatiReportingOrgRef", "iatiRecipientCountry"]);
        }

        /// <summary>
        /// Where each project works: its province (an administrative region, with its code when the admin codes come from an IATI vocabulary),
        /// then the hazardous areas of its linked activities (at most <see cref="MaxLocations"/>), each as a name and a point inside the polygon (PostGIS).
        /// </summary>
        private async Task<Dictionary<Guid, List<Place>>> PlacesAsync(List<Project> projects, ProgrammeSettings settings, CancellationToken ct)
        {
            var provinceIds = projects.Where(p => p.ProvinceId != null).Select(p => p.ProvinceId!.Value).Distinct().ToList();
            var provinces = await db.AdminAreas.AsNoTracking().Where(a => provinceIds.Contains(a.Id))
                .Select(a => new { a.Id, a.Code, a.Name, Point = a.Boundary.PointOnSurface }).ToDictionaryAsync(a => a.Id, ct);
            var activityIds = projects.SelectMany(p => p.ActivityIds).Distinct().ToList();
            var hazards = await (
                    from a in db.Activities.Where(a => activityIds.Contains(a.Id))
                    join h in db.HazardousAreas on a.HazardousAreaId equals h.Id
                    select new { ActivityId = a.Id, Name = h.Code + " " + h.Name, Point = h.Geometry.PointOnSurface })
                .ToListAsync(ct);
            return projects.ToDictionary(p => p.Id, p =>
            {
                var places = new List<Place>();
                if (p.ProvinceId is { } province && provinces.TryGetValue(province, out var area))
                {
                    places.Add(new Place(area.Name, area.Point.Y, area.Point.X, settings.IatiRecipientCountry,
                        settings.IatiAdminVocabulary.Length > 0 ? (settings.IatiAdminVocabulary, area.Code) : null));
                }

                places.AddRange(hazards.Where(h => p.ActivityIds.Contains(h.ActivityId)).DistinctBy(h => h.Name).Take(MaxLocations)
                    .Select(h => new Place(h.Name, h.Point.Y, h.Point.X, settings.IatiRecipientCountry, null, IsHazardousArea: true)));
                return places;
            });
        }
    }

    /// <summary>A location: a province (administrative region, approximate point) or a hazardous area (a tract of land, a point inside it).</summary>
    private sealed record Place(string Name, double Lat, double Lon, string Country, (string Vocabulary, string Code)? Admin1, bool IsHazardousArea = false);

    private static string Iso(DateOnly date) => IsoDate.Of(date);

    private static XElement Text(string name, string text) => new(name, new XElement("narrative", text));

    /// <summary>
    /// The publisher. The national authority reproduces the money and work of donors, funds and operators it does not itself fund or implement,
    /// so it reports as a secondary reporter unless it takes part in the project as one of them.
    /// </summary>
    private static XElement Org(Organisation? org, string reference, ProgrammeSettings settings, bool secondary) =>
        new("reporting-org", new XAttribute("ref", org?.IatiIdentifier ?? reference),
            new XAttribute("type", org is null ? settings.IatiReportingOrgType : (int)org.Type),
            secondary ? new XAttribute("secondary-reporter", 1) : null,
            new XElement("narrative", org?.Name ?? settings.IatiReportingOrganisation));

    private static XElement Participating(Organisation org, int role) =>
        new("participating-org", org.IatiIdentifier is { } id ? new XAttribute("ref", id) : null, new XAttribute("role", role),
            new XAttribute("type", (int)org.Type), new XElement("narrative", org.Name));

    private static XElement Date(int type, DateOnly date) => new("activity-date", new XAttribute("type", type), new XAttribute("iso-date", Iso(date)));

    private static XElement Value(decimal amount, string currency, DateOnly valueDate) =>
        new("value", new XAttribute("currency", currency), new XAttribute("value-date", Iso(valueDate)), amount.ToString("0.00", CultureInfo.InvariantCulture));

    /// <summary>
    /// A province is an administrative region (location-class 1, feature ADM1, approximate point); a hazardous area is a tract of land
    /// (location-class 4 other topographical feature, feature AREA, exact point inside its polygon). Both name the country (vocabulary A4).
    /// </summary>
    private static XElement Location(Place place) =>
        new("location",
            new XElement("location-reach", new XAttribute("code", 1)),
            Text("name", place.Name),
            place.Country.Length > 0 ? Administrative("A4", 0, place.Country) : null,
            place.Admin1 is { } admin ? Administrative(admin.Vocabulary, 1, admin.Code) : null,
            new XElement("point", new XAttribute("srsName", "http://www.opengis.net/def/crs/EPSG/0/4326"),
                new XElement("pos", string.Create(CultureInfo.InvariantCulture, $"{place.Lat:0.#######} {place.Lon:0.#######}"))),
            new XElement("exactness", new XAttribute("code", place.IsHazardousArea ? 1 : 2)),
            new XElement("location-class", new XAttribute("code", place.IsHazardousArea ? 4 : 1)),
            new XElement("feature-designation", new XAttribute("code", place.IsHazardousArea ? "AREA" : "ADM1")));

    private static XElement Administrative(string vocabulary, int level, string code) =>
        new("administrative", new XAttribute("vocabulary", vocabulary), new XAttribute("level", level), new XAttribute("code", code));

    /// <summary>Money into the fund comes from the donor; money out of it goes to the recipient (the implementer unless the contribution names one); spending is the recipient's.</summary>
    private static XElement Transaction(FundingTransaction t, Organisation donor, Organisation fundManager, Organisation implementer)
    {
        var incoming = t.Type is TransactionType.IncomingFunds or TransactionType.IncomingCommitment or TransactionType.IncomingPledge;
        var (provider, receiver) = t.Type == TransactionType.Expenditure ? (implementer, (Organisation?)null)
            : incoming ? (donor, fundManager) : (fundManager, implementer);
        return new XElement("transaction",
            new XElement("transaction-type", new XAttribute("code", (int)t.Type)),
            new XElement("transaction-date", new XAttribute("iso-date", Iso(t.Date))),
            Value(t.Amount, t.Currency, t.Date),
            t.Description is { } d ? Text("description", d) : null,
            OrgRef("provider-org", provider),
            receiver is null ? null : OrgRef("receiver-org", receiver));
    }

    private static XElement OrgRef(string name, Organisation org) =>
        new(name, org.IatiIdentifier is { } id ? new XAttribute("ref", id) : null, new XAttribute("type", (int)org.Type), new XElement("narrative", org.Name));

    private static IEnumerable<XElement> Results(Project p, ProjectOutputs o, DateOnly today)
    {
        var end = today < p.EndDate ? (today < p.StartDate ? p.StartDate : today) : p.EndDate;
        XElement Indicator(string title, double actual) =>
            new("indicator", new XAttribute("measure", 1), new XAttribute("ascending", 1), Text("title", title),
                new XElement("period",
                    new XElement("period-start", new XAttribute("iso-date", Iso(p.StartDate))),
                    new XElement("period-end", new XAttribute("iso-date", Iso(end))),
                    new XElement("actual", new XAttribute("value", Math.Round(actual).ToString(CultureInfo.InvariantCulture)))));
        yield return new XElement("result", new XAttribute("type", 1), new XAttribute("aggregation-status", 1),
            Text("title", "Land released to communities"),
            Indicator("Area cancelled by non-technical survey (m²)", o.CancelledM2),
            Indicator("Area reduced by technical survey (m²)", o.ReducedM2),
            Indicator("Area cleared (m²)", o.ClearedM2),
            Indicator("Explosive ordnance items destroyed", o.DevicesDestroyed));
        if (o.EoreReached.Total > 0 || o.AssistanceServices > 0)
        {
            yield return new XElement("result", new XAttribute("type", 1), new XAttribute("aggregation-status", 1),
                Text("title", "People protected and assisted"),
                Indicator("People reached by explosive ordnance risk education", o.EoreReached.Total),
                Indicator("Victim assistance services delivered", o.AssistanceServices));
        }
    }
}
