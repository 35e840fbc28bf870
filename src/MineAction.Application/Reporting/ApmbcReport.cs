using MineAction.Domain.Reporting;

namespace MineAction.Application.Reporting;

/// <summary>
/// The APMBC Article 7 report of a calendar year from approved data: Forms A and E in the State's words, B, C, D, F, G and H from
/// the ledgers, I (risk education; marking and fencing) and J (victim assistance, cooperation received). Every figure is a cell whose records
/// <see cref="Article7Report.CellQuery"/> lists; no form carries a victim's personal data.
/// </summary>
public static class ApmbcReport
{
    /// <summary>The year's report and the ledger of its cells.</summary>
    public static async Task<(TreatyReport Report, CellLedger Ledger)> BuildAsync(IMineActionDb db, int year, CancellationToken ct)
    {
        var ledger = new CellLedger();
        var (from, to) = ReportYears.Span(year);
        var movements = await TreatyFacts.MovementsAsync(db, year, ct);
        var texts = await Article7Report.TextsAsync(db, Convention.Apmbc, year, ct);
        var releases = await YearFacts.ReleasesAsync(db, (ApmbcForms.EntryIntoForce, to), ct, productsFrom: from);
        var closing = await TreatyFacts.HazardsAsync(db, to, ct);

        List<ReportForm> forms =
        [
            Article7Report.Narrative("A", "National implementation measures", texts),
            ApmbcForms.StockpiledMines(ledger, movements),
            ApmbcForms.MinedAreas(ledger, closing),
            ApmbcForms.Reconciliation(ledger, await TreatyFacts.HazardsAsync(db, from.AddDays(-1), ct), closing),
            ApmbcForms.RetainedMines(ledger, movements, year),
            Article7Report.Narrative("E", "Status of programmes for conversion or decommissioning of anti-personnel mine production facilities", texts),
            .. ApmbcForms.DestructionProgrammes(ledger, releases.Where(r => r.On >= from), movements, year),
            ApmbcForms.MinesDestroyed(ledger, releases, movements, year),
        ];
        forms.Add(ApmbcForms.MineTypes(forms));
        forms.Add(PeopleForms.RiskEducation(ledger, "I", await TreatyFacts.EoreSessionsAsync(db, year, ct)));
        forms.Add(LandForms.Marking(ledger, "I2", "Measures to warn the population: marking and fencing of mined areas (at 31 December)", closing));
        forms.Add(PeopleForms.VictimAssistance(ledger, "J", await TreatyFacts.AssistanceServicesAsync(db, year, ct)));
        forms.Add(PeopleForms.Cooperation(ledger, "J2", await TreatyFacts.FundsReceivedAsync(db, year, ct)));
        return (new TreatyReport(Convention.Apmbc, year, forms), ledger);
    }
}
