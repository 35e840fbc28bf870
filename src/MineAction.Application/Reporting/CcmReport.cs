using MineAction.Domain.Reporting;
using MineAction.Domain.Stockpiles;

namespace MineAction.Application.Reporting;

/// <summary>
/// The CCM Article 7 report of a calendar year from approved data, in the forms of the CCM reporting format: A and K in the State's
/// words; B stockpiled cluster munitions and the explosive submunitions they contain; C the types named; D stockpile destruction;
/// E areas with cluster munition remnants (hazards recording submunitions or cluster munitions); F land released from them and the
/// submunitions destroyed in clearance; G risk education with the marking and fencing of those areas; H victim assistance; I cooperation received; J munitions retained (Article 3).
/// </summary>
public static class CcmReport
{
    private const string Total = "total";

    public static async Task<(TreatyReport Report, CellLedger Ledger)> BuildAsync(IMineActionDb db, int year, CancellationToken ct)
    {
        var ledger = new CellLedger();
        var (from, to) = ReportYears.Span(year);
        var movements = (await TreatyFacts.MovementsAsync(db, year, ct)).Where(m => m.Category != DeviceCategory.AntiPersonnelMine).ToList();
        var stockpile = movements.Where(m => m.Purpose == LotPurpose.Stockpile).ToList();
        var texts = await Article7Report.TextsAsync(db, Convention.Ccm, year, ct);
        var releases = (await YearFacts.ReleasesAsync(db, (from, to), ct)).Where(r => r.ClusterMunitions).ToList();

        List<ReportForm> forms =
        [
            Article7Report.Narrative("A", "National implementation measures", texts),
            StockForms.Held(ledger, "B", "Stockpiled cluster munitions and explosive submunitions", stockpile, submunitions: true),
        ];
        forms.Add(Types(forms[1]));
        forms.Add(StockForms.Destroyed(ledger, "D", "Status and progress of programmes for the destruction of stockpiled cluster munitions", stockpile, year,
            submunitions: true));
        var remnants = (await TreatyFacts.HazardsAsync(db, to, ct)).Where(h => h.ClusterMunitions).ToList();
        forms.Add(LandForms.Areas(ledger, "E", "Areas containing cluster munition remnants (at 31 December)", remnants));
        forms.Add(LandForms.Released(ledger, "F", "Clearance of areas containing cluster munition remnants", releases));
        forms.Add(RemnantsDestroyed(ledger, releases));
        forms.Add(PeopleForms.RiskEducation(ledger, "G", await TreatyFacts.EoreSessionsAsync(db, year, ct)));
        forms.Add(LandForms.Marking(ledger, "G2", "Risk reduction: marking and fencing of areas containing cluster munition remnants (at 31 December)", remnants));
        forms.Add(PeopleForms.VictimAssistance(ledger, "H", await TreatyFacts.AssistanceServicesAsync(db, year, ct)));
        forms.Add(PeopleForms.Cooperation(ledger, "I", await TreatyFacts.FundsReceivedAsync(db, year, ct)));
        forms.Add(StockForms.Retained(ledger, "J", "Cluster munitions and explosive submunitions retained (Article 3)",
            movements.Where(m => m.Purpose == LotPurpose.Retained), year));
        forms.Add(Article7Report.Narrative("K", "Conversion or decommissioning of production facilities", texts));
        return (new TreatyReport(Convention.Ccm, year, forms), ledger);
    }

    /// <summary>Form F, destruction: submunitions and cluster munitions destroyed in clearance in the year, by category and type.</summary>
    private static ReportForm RemnantsDestroyed(CellLedger l, IEnumerable<YearFacts.Release> releases)
    {
        var form = new FormBuilder(l, "F2", "Cluster munition remnants destroyed", ["Category", "Type"], [new("destroyed", "Destroyed")])
        {
            Note = "Only items destroyed (in situ or after removal) count.",
        };
        foreach (var d in releases.Where(d => d.Disposal is { } m && m.Destroys()
            && d.Category is DeviceCategory.Submunition or DeviceCategory.ClusterMunition))
        {
            var type = d.Model ?? "Unspecified";
            form.Add(RowKeys.Of($"{d.Category}-{type}"), [d.Category.ToString()!, type], "destroyed", d.Record, Total);
        }

        return form.Build(sortRows: true, totalRow: Total);
    }

    /// <summary>Form C: the types of cluster munition the stockpile form names.</summary>
    private static ReportForm Types(ReportForm stockpiles) =>
        new("C", "Technical characteristics of cluster munitions", ["Type"], [],
            [.. stockpiles.Rows.Where(r => r.Key != Total).Select(r => r.Labels[0]).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
                .Select(t => new ReportRow(RowKeys.Of(t), [t], []))], null, null);
}
