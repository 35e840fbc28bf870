namespace MineAction.Infrastructure.Demo;

/// <summary>
/// The money side of the demo programme: monthly exchange rates since 2019, five funds, projects linked to the demo's activities,
/// EORE sessions and VA services, and contributions whose transactions respect the ledger's rules (multi-year ones included).
/// </summary>
internal static class DemoFunding
{
    private static readonly (string Currency, decimal UsdPerUnit)[] Currencies = [("EUR", 1.10m), ("JPY", 0.0075m), ("NOK", 0.095m), ("GBP", 1.27m)];

    public static IEnumerable<object> For(Random random, IReadOnlyList<Organisation> organisations, IReadOnlyList<LandReleaseActivity> activities,
        IReadOnlyList<object> people, DateOnly today)
    {
        Organisation Org(string acronym) => organisations.Single(o => o.Acronym == acronym);
        var rates = Rates(random, today);
        foreach (var rate in rates)
        {
            yield return rate;
        }

        var funds = new[]
        {
            new Fund("National mine action budget", FundKind.NationalBudget, Org("NMAA").Id, "Appropriation of the Ministry of Finance"),
            new Fund("UN Voluntary Trust Fund for Assistance in Mine Action", FundKind.UnVoluntaryTrustFund, Org("UNMAS").Id, null),
            new Fund("Regional Mine Action Trust Fund", FundKind.RegionalTrustFund, Org("UNDP").Id, null),
            new Fund("Japan bilateral mine action grant", FundKind.Bilateral, Org("GoJ").Id, null),
            new Fund("Tarsenia Mine Action Pooled Fund", FundKind.PooledFund, Org("UNDP").Id, "Multi-donor fund allocated by the NMAA's steering committee"),
        };
        foreach (var fund in funds)
        {
            yield return fund;
        }

        var start = new DateOnly(today.Year - 3, 1, 1);
        var projects = new List<Project>();
        foreach (var (implementer, title, i) in new[] { ("HALO", "Clearance of the northern provinces"), ("MAG", "Survey and clearance of cluster munition remnants"),
                     ("NPA", "Land release in the border districts"), ("TDO", "National clearance capacity"), ("CMAN", "Community risk education"),
                     ("HI", "Rehabilitation and inclusion of survivors") }.Select((p, i) => (p.Item1, p.Item2, i)))
        {
            var project = new Project($"TMA-{start.Year}-{i + 1:00}", new ProjectDetails(title, null, Org(implementer).Id, start, new DateOnly(today.Year + 1, 12, 31),
                new Money(1_000_000m + (i * 250_000m), CurrencyCode.Usd), null));
            foreach (var activity in activities.Where(a => a.OrganisationId == project.ImplementingOrganisationId).Take(15))
            {
                project.Link(ProjectLinkKind.Activity, activity.Id);
            }

            var linked = implementer switch
            {
                "CMAN" => people.OfType<EoreSession>().Take(40).Select(e => (ProjectLinkKind.EoreSession, e.Id)),
                "HI" => people.OfType<AssistanceService>().Take(60).Select(s => (ProjectLinkKind.AssistanceService, s.Id)),
                _ => [],
            };
            foreach (var (kind, id) in linked)
            {
                project.Link(kind, id);
            }

            projects.Add(project);
            yield return project;
        }

        var ledger = new DemoLedger(rates, today);
        var agreements = new[]
        {
            ("NMAA", funds[0], projects[3], "USD", 900_000m, 3),
            ("GFFO", funds[1], projects[0], "EUR", 1_200_000m, 3),
            ("GoJ", funds[3], projects[1], "JPY", 240_000_000m, 4),
            ("NMFA", funds[4], projects[2], "NOK", 12_000_000m, 3),
            ("EU", funds[2], projects[4], "EUR", 600_000m, 1),
            ("EU", funds[4], projects[5], "EUR", 800_000m, 2),
        };
        foreach (var (donor, fund, project, currency, amount, years) in agreements)
        {
            var contribution = new Contribution(Org(donor).Id, fund.Id, project.Id, null, $"{donor}/{start.Year}/{fund.Kind}", CurrencyCode.Of(currency), amount,
                Tranche.Spread(amount, start.Year, start.Year + years - 1), null, null);
            yield return contribution;
            foreach (var transaction in ledger.History(random, contribution, start))
            {
                yield return transaction;
            }
        }
    }

    private static List<ExchangeRate> Rates(Random random, DateOnly today)
    {
        var rates = new List<ExchangeRate>();
        foreach (var (currency, level) in Currencies)
        {
            var value = level;
            for (var month = new DateOnly(2019, 1, 1); month <= today; month = month.AddMonths(1))
            {
                value = Math.Round(value * (1 + ((decimal)random.NextDouble() - 0.5m) * 0.04m), 8);
                rates.Add(new ExchangeRate(CurrencyCode.Of(currency), month, value, today));
            }
        }

        return rates;
    }

    /// <summary>Keeps the running balances the domain checks, so every generated transaction is one the API would accept.</summary>
    private sealed class DemoLedger(List<ExchangeRate> rates, DateOnly today)
    {
        private readonly Dictionary<(Guid, string), FundBalance> _funds = [];
        private readonly Dictionary<(Guid, string), ProjectBalance> _projects = [];

        public IEnumerable<FundingTransaction> History(Random random, Contribution c, DateOnly start)
        {
            yield return Record(c, TransactionType.IncomingPledge, start, c.Amount);
            yield return Record(c, TransactionType.IncomingCommitment, start.AddDays(20), c.Amount);
            foreach (var tranche in c.Schedule.Where(t => new DateOnly(t.Year, 2, 1) <= today))
            {
                var received = new DateOnly(tranche.Year, 2, 1).AddDays(random.Next(0, 40));
                if (received > today)
                {
                    continue;
                }

                yield return Record(c, TransactionType.IncomingFunds, received, tranche.Amount);
                var disbursed = Math.Round(tranche.Amount * 0.9m, 2);
                yield return Record(c, TransactionType.Disbursement, Min(received.AddDays(15)), disbursed);
                yield return Record(c, TransactionType.Expenditure, Min(received.AddDays(200)), Math.Round(disbursed * (0.6m + (decimal)random.NextDouble() * 0.35m), 2));
            }
        }

        private DateOnly Min(DateOnly date) => date > today ? today : date;

        private FundingTransaction Record(Contribution c, TransactionType type, DateOnly date, decimal amount)
        {
            var fundKey = (c.FundId, c.Currency);
            var projectKey = (c.ProjectId!.Value, c.Currency);
            var fund = _funds.GetValueOrDefault(fundKey, new FundBalance(0, 0));
            var project = _projects.GetValueOrDefault(projectKey, ProjectBalance.None);
            var rate = c.Currency == CurrencyCode.Usd.Code ? new UsdConversion(1m, date)
                : rates.Where(r => r.Currency == c.Currency && r.RateDate <= date).OrderByDescending(r => r.RateDate)
                    .Select(r => new UsdConversion(r.UsdPerUnit, r.RateDate)).First();
            var transaction = c.Record(type, date, new Money(amount, CurrencyCode.Of(c.Currency)), rate, fund, project, null, today);
            _funds[fundKey] = type switch
            {
                TransactionType.IncomingFunds => fund with { Received = fund.Received + amount },
                TransactionType.Disbursement => fund with { Disbursed = fund.Disbursed + amount },
                _ => fund,
            };
            _projects[projectKey] = type switch
            {
                TransactionType.Disbursement => project with { Disbursed = project.Disbursed + amount },
                TransactionType.Expenditure => project with { Spent = project.Spent + amount },
                _ => project,
            };
            return transaction;
        }
    }
}
