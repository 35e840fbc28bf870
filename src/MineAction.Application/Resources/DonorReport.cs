namespace MineAction.Application.Resources;

/// <summary>
/// Per donor and fund for a period: pledged, committed, received, disbursed and spent in the original currency and in USD;
/// the multi-year schedule by year; the outputs bought (each project's outputs in the period times the donor's share of the
/// money disbursed to it); and predictability — the share of the donor's commitments that are multi-year.
/// </summary>
public static class DonorReport
{
    public sealed record MoneyRow(Guid DonorId, string Donor, Guid FundId, string Fund, string Currency, decimal Pledged, decimal Committed, decimal Received,
        decimal Disbursed, decimal Spent, decimal PledgedUsd, decimal CommittedUsd, decimal ReceivedUsd, decimal DisbursedUsd, decimal SpentUsd);

    public sealed record ScheduleRow(string Donor, string Fund, string Reference, string Currency, int Year, decimal Amount);

    public sealed record OutputRow(string Donor, string Project, double Share, decimal SpentUsd, ProjectOutputs Outputs, decimal? CostPerM2Usd);

    public sealed record PredictabilityRow(string Donor, decimal CommittedUsd, decimal MultiYearCommittedUsd, double MultiYearShare);

    /// <summary>One fund's money in one currency, all donors together.</summary>
    public sealed record FundRow(Guid FundId, string Fund, string Currency, decimal Pledged, decimal Committed, decimal Received, decimal Disbursed,
        decimal Spent, decimal ReceivedUsd, decimal DisbursedUsd, decimal SpentUsd);

    public sealed record Report(DateOnly From, DateOnly To, IReadOnlyList<MoneyRow> Money, IReadOnlyList<FundRow> Funds, IReadOnlyList<ScheduleRow> Schedule,
        IReadOnlyList<OutputRow> Outputs, IReadOnlyList<PredictabilityRow> Predictability);

    public sealed record Query(DateOnly? From, DateOnly? To, Guid? DonorId = null, Guid? FundId = null) : IQuery<Report>;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.From).NotNull();
            RuleFor(q => q.To).NotNull().GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null);
        }
    }

    public sealed class Handler(IReportingDb db) : IQueryHandler<Query, Report>
    {
        public async ValueTask<Report> Handle(Query q, CancellationToken cancellationToken)
        {
            var (from, to) = (q.From!.Value, q.To!.Value);
            var contributions = db.Contributions.AsNoTracking();
            contributions = q.DonorId is { } donor ? contributions.Where(c => c.DonorId == donor) : contributions;
            contributions = q.FundId is { } fund ? contributions.Where(c => c.FundId == fund) : contributions;
            var agreements = await (
                    from c in contributions
                    join o in db.Organisations on c.DonorId equals o.Id
                    join f in db.Funds on c.FundId equals f.Id
                    select new { Contribution = c, Donor = o.Acronym, Fund = f.Name })
                .ToListAsync(cancellationToken);
            var ids = agreements.Select(a => a.Contribution.Id).ToList();
            var transactions = await db.FundingTransactions.AsNoTracking()
                .Where(t => ids.Contains(t.ContributionId) && t.Date >= from && t.Date <= to).ToListAsync(cancellationToken);
            var byId = agreements.ToDictionary(a => a.Contribution.Id);

            var money = transactions
                .GroupBy(t => (t.DonorId, t.FundId, t.Currency))
                .Select(g =>
                {
                    var first = byId[g.First().ContributionId];
                    decimal Sum(TransactionType type, bool usd) => g.Where(t => t.Type == type).Sum(t => usd ? t.UsdAmount : t.Amount);
                    return new MoneyRow(g.Key.DonorId, first.Donor, g.Key.FundId, first.Fund, g.Key.Currency,
                        Sum(TransactionType.IncomingPledge, false), Sum(TransactionType.IncomingCommitment, false), Sum(TransactionType.IncomingFunds, false),
                        Sum(TransactionType.Disbursement, false), Sum(TransactionType.Expenditure, false),
                        Sum(TransactionType.IncomingPledge, true), Sum(TransactionType.IncomingCommitment, true), Sum(TransactionType.IncomingFunds, true),
                        Sum(TransactionType.Disbursement, true), Sum(TransactionType.Expenditure, true));
                })
                .OrderBy(r => r.Donor, StringComparer.Ordinal).ThenBy(r => r.Fund, StringComparer.Ordinal).ThenBy(r => r.Currency, StringComparer.Ordinal)
                .ToList();

            var byFund = money.GroupBy(m => (m.FundId, m.Fund, m.Currency))
                .Select(g => new FundRow(g.Key.FundId, g.Key.Fund, g.Key.Currency, g.Sum(m => m.Pledged), g.Sum(m => m.Committed), g.Sum(m => m.Received),
                    g.Sum(m => m.Disbursed), g.Sum(m => m.Spent), g.Sum(m => m.ReceivedUsd), g.Sum(m => m.DisbursedUsd), g.Sum(m => m.SpentUsd)))
                .OrderBy(f => f.Fund, StringComparer.Ordinal).ThenBy(f => f.Currency, StringComparer.Ordinal)
                .ToList();

            var schedule = agreements
                .SelectMany(a => a.Contribution.Schedule.Where(t => t.Year >= from.Year && t.Year <= to.Year)
                    .Select(t => new ScheduleRow(a.Donor, a.Fund, a.Contribution.Reference, a.Contribution.Currency, t.Year, t.Amount)))
                .OrderBy(r => r.Donor, StringComparer.Ordinal).ThenBy(r => r.Reference, StringComparer.Ordinal).ThenBy(r => r.Year)
                .ToList();

            var predictability = agreements.GroupBy(a => a.Donor)
                .Select(g =>
                {
                    var own = g.Select(a => a.Contribution.Id).ToHashSet();
                    var committed = transactions.Where(t => t.Type == TransactionType.IncomingCommitment && own.Contains(t.ContributionId)).ToList();
                    var all = committed.Sum(t => t.UsdAmount);
                    var multiYear = committed.Where(t => byId[t.ContributionId].Contribution.IsMultiYear).Sum(t => t.UsdAmount);
                    return new PredictabilityRow(g.Key, all, multiYear, all == 0 ? 0 : Math.Round((double)(multiYear / all), 4));
                })
                .OrderBy(r => r.Donor, StringComparer.Ordinal)
                .ToList();

            return new Report(from, to, money, byFund, schedule, await OutputsAsync(agreements.Select(a => (a.Donor, a.Contribution)).ToList(), from, to,
                cancellationToken), predictability);
        }

        /// <summary>Each project's outputs in the period, times the donor's share of all money disbursed to the project up to the end of the period.</summary>
        private async Task<List<OutputRow>> OutputsAsync(List<(string Donor, Contribution Contribution)> agreements, DateOnly from, DateOnly to,
            CancellationToken ct)
        {
            var projectIds = agreements.Where(a => a.Contribution.ProjectId != null).Select(a => a.Contribution.ProjectId!.Value).Distinct().ToList();
            var projects = await db.Projects.AsNoTracking().Where(p => projectIds.Contains(p.Id)).ToListAsync(ct);
            var outputs = await ProjectOutputs.ForAsync(db, projects, ct, from, to);
            var flows = await db.FundingTransactions.AsNoTracking()
                .Where(t => t.ProjectId != null && projectIds.Contains(t.ProjectId.Value) && t.Date <= to
                    && (t.Type == TransactionType.Disbursement || t.Type == TransactionType.Expenditure))
                .Select(t => new { t.ProjectId, t.DonorId, t.Type, t.UsdAmount, t.Date })
                .ToListAsync(ct);
            var rows = new List<OutputRow>();
            foreach (var project in projects.OrderBy(p => p.Code, StringComparer.Ordinal))
            {
                var disbursed = flows.Where(f => f.ProjectId == project.Id && f.Type == TransactionType.Disbursement).Sum(f => f.UsdAmount);
                foreach (var donor in agreements.Where(a => a.Contribution.ProjectId == project.Id).GroupBy(a => (a.Donor, a.Contribution.DonorId)))
                {
                    var own = flows.Where(f => f.ProjectId == project.Id && f.DonorId == donor.Key.DonorId).ToList();
                    var share = disbursed == 0 ? 0 : (double)(own.Where(f => f.Type == TransactionType.Disbursement).Sum(f => f.UsdAmount) / disbursed);
                    var spent = own.Where(f => f.Type == TransactionType.Expenditure && f.Date >= from).Sum(f => f.UsdAmount);
                    var bought = outputs[project.Id].Times(share);
                    rows.Add(new OutputRow(donor.Key.Donor, project.Code, Math.Round(share, 4), spent, bought, Cost.Per(spent, bought.ReleasedM2)));
                }
            }

            return rows;
        }
    }
}
