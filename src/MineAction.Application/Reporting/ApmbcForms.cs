using MineAction.Domain.Stockpiles;

namespace MineAction.Application.Reporting;

/// <summary>
/// The figure forms of the APMBC Article 7 report, each filed record by record into one <see cref="CellLedger"/> so that every
/// figure drills down to the records that make it up. Column order follows the UN reporting template.
/// </summary>
internal static class ApmbcForms
{
    private const string Total = "total";

    /// <summary>Form B: anti-personnel mines stockpiled at 31 December, by type and lot.</summary>
    public static ReportForm StockpiledMines(CellLedger l, IEnumerable<TreatyFacts.Movement> movements) =>
        StockForms.Held(l, "B", "Total of stockpiled anti-personnel mines", ApMines(movements, LotPurpose.Stockpile), submunitions: false);

    /// <summary>Form C: mined areas at 31 December per province, suspected and confirmed, count and area.</summary>
    public static ReportForm MinedAreas(CellLedger l, IEnumerable<TreatyFacts.Hazard> hazards) =>
        LandForms.Areas(l, "C", "Location of all mined areas (at 31 December)", hazards);

    /// <summary>Form C, reconciliation: suspected and confirmed areas at the start and at the end of the year.</summary>
    public static ReportForm Reconciliation(CellLedger l, IEnumerable<TreatyFacts.Hazard> opening, IEnumerable<TreatyFacts.Hazard> closing)
    {
        FigureColumn[] columns = [new("openingCount", "Areas at 1 January"), new("openingM2", "m² at 1 January"),
            new("closingCount", "Areas at 31 December"), new("closingM2", "m² at 31 December")];
        var form = new FormBuilder(l, "C2", "Mined areas: the year's reconciliation", ["Type"], columns)
        {
            Note = "The land released in between is in Form F; new hazards, confirmations and re-opened land make up the rest of the change.",
        };
        form.Row("SHA", "Suspected hazardous area").Row("CHA", "Confirmed hazardous area");
        foreach (var (hazards, side) in new[] { (opening, "opening"), (closing, "closing") })
        {
            foreach (var h in hazards)
            {
                var row = h.Type.ToString();
                form.Add(row, [], side + "Count", h.Area with { Amount = 1 }, Total);
                form.Add(row, [], side + "M2", h.Area, Total);
            }
        }

        return form.Build(totalRow: Total);
    }

    /// <summary>Form D: anti-personnel mines retained under Article 3, per lot.</summary>
    public static ReportForm RetainedMines(CellLedger l, IEnumerable<TreatyFacts.Movement> movements, int year) =>
        StockForms.Retained(l, "D", "Anti-personnel mines retained or transferred (Article 3)", ApMines(movements, LotPurpose.Retained), year);

    /// <summary>Form F: land released in the year per province by method, and stockpiled mines destroyed in the year per lot and method.</summary>
    public static IEnumerable<ReportForm> DestructionProgrammes(CellLedger l, IEnumerable<YearFacts.Release> releases,
        IEnumerable<TreatyFacts.Movement> movements, int year) =>
    [
        LandForms.Released(l, "F", "Status of programmes for the destruction of anti-personnel mines: land released", releases),
        StockForms.Destroyed(l, "F2", "Status of programmes for the destruction of stockpiled anti-personnel mines", ApMines(movements, LotPurpose.Stockpile),
            year, submunitions: false),
    ];

    /// <summary>
    /// Form G: anti-personnel mines (improvised included) destroyed, by type — in the year from clearance and from stockpiles, and in all
    /// since the Convention's entry into force (1 March 1999).
    /// </summary>
    public static ReportForm MinesDestroyed(CellLedger l, IEnumerable<YearFacts.Release> sinceEntryIntoForce, IEnumerable<TreatyFacts.Movement> movements,
        int year)
    {
        FigureColumn[] columns = [new("clearance", "Destroyed in the year: clearance"), new("stockpile", "Destroyed in the year: stockpiles"),
            new("year", "Destroyed in the year"), new("since1999", "Destroyed since 1 March 1999")];
        var form = new FormBuilder(l, "G", "Anti-personnel mines destroyed after entry into force", ["Type"], columns)
        {
            Note = "Only items destroyed (in situ or after removal) count; improvised anti-personnel mines are anti-personnel mines under the Convention.",
        };
        foreach (var d in sinceEntryIntoForce.Where(d => d.Disposal is { } m && m.Destroys() && TreatyCategories.ApmbcAntiPersonnelMines.Contains(d.Category!.Value)))
        {
            var type = d.Category == DeviceCategory.ImprovisedAntiPersonnelMine ? $"Improvised: {d.Model ?? "unspecified"}" : d.Model ?? "Unspecified";
            File(form, type, d.Record, d.On.Year == year ? "clearance" : null);
        }

        foreach (var m in ApMines(movements, LotPurpose.Stockpile).Where(m => m.Kind == MovementKind.Destroyed && m.On >= EntryIntoForce))
        {
            File(form, m.MunitionType, m.Record, m.On.Year == year ? "stockpile" : null);
        }

        return form.Build(sortRows: true, totalRow: Total);
    }

    /// <summary>Form H: the types of anti-personnel mine the report names (a reference list; technical data sheets are kept outside).</summary>
    public static ReportForm MineTypes(IEnumerable<ReportForm> forms)
    {
        var types = forms.Where(f => f.Code is "B" or "D" or "G").SelectMany(f => f.Rows.Where(r => r.Key != Total).Select(r => r.Labels[0]))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return new ReportForm("H", "Technical characteristics of each type of anti-personnel mine", ["Type"], [],
            [.. types.Select(t => new ReportRow(RowKeys.Of(t), [t], []))], null, null);
    }

    public static readonly DateOnly EntryIntoForce = new(1999, 3, 1);

    private static void File(FormBuilder form, string type, CellRecord record, string? thisYear)
    {
        string[] labels = [type];
        var row = RowKeys.Of(type);
        form.Add(row, labels, "since1999", record, Total);
        if (thisYear is not null)
        {
            form.Add(row, labels, thisYear, record, Total);
            form.Add(row, labels, "year", record, Total);
        }
    }

    private static IEnumerable<TreatyFacts.Movement> ApMines(IEnumerable<TreatyFacts.Movement> movements, LotPurpose purpose) =>
        movements.Where(m => m.Category == DeviceCategory.AntiPersonnelMine && m.Purpose == purpose);
}
