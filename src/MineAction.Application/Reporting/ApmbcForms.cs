using System.Text.RegularExpressions;
using MineAction.Domain.Stockpiles;

namespace MineAction.Application.Reporting;

/// <summary>
/// The figure forms of the APMBC Article 7 report, each filed record by record into one <see cref="CellLedger"/> so that every
/// figure drills down to the records that make it up. Column order follows the UN reporting template.
/// </summary>
internal static partial class ApmbcForms
{
    private const string Total = "total";
    private static readonly FigureColumn Quantity = new("quantity", "Quantity");

    /// <summary>Form B: anti-personnel mines stockpiled at 31 December, by type and lot.</summary>
    public static ReportForm StockpiledMines(CellLedger l, IEnumerable<TreatyFacts.Movement> movements)
    {
        var form = new FormBuilder(l, "B", "Total of stockpiled anti-personnel mines", ["Type", "Lot number"], [Quantity]);
        foreach (var m in ApMines(movements, LotPurpose.Stockpile))
        {
            form.Add(m.LotId.ToString("N"), [m.MunitionType, m.LotNumber], Quantity.Key, Signed(m), Total);
        }

        return form.Build(sortRows: true, totalRow: Total);
    }

    /// <summary>Form C: mined areas at 31 December per province, suspected and confirmed, count and area.</summary>
    public static ReportForm MinedAreas(CellLedger l, IEnumerable<TreatyFacts.Hazard> hazards)
    {
        FigureColumn[] columns = [new("shaCount", "Suspected hazardous areas"), new("shaAreaM2", "Suspected area (m²)"),
            new("chaCount", "Confirmed hazardous areas"), new("chaAreaM2", "Confirmed area (m²)")];
        var form = new FormBuilder(l, "C", "Location of all mined areas (at 31 December)", ["Province"], columns)
        {
            Note = "Areas still to be released at the end of the year: the hazard's area less the land released from it by then.",
        };
        foreach (var h in hazards)
        {
            var prefix = h.Type == HazardType.CHA ? "cha" : "sha";
            var row = h.ProvinceCode ?? "unassigned";
            string[] labels = [h.ProvinceName ?? "(no province)"];
            form.Add(row, labels, prefix + "Count", h.Area with { Amount = 1 }, Total);
            form.Add(row, labels, prefix + "AreaM2", h.Area, Total);
        }

        return form.Build(sortRows: true, totalRow: Total, totalLabel: "National total");
    }

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

    /// <summary>Form D: anti-personnel mines retained under Article 3, per lot: held at the start, added, consumed, otherwise gone, held at the end.</summary>
    public static ReportForm RetainedMines(CellLedger l, IEnumerable<TreatyFacts.Movement> movements, int year)
    {
        FigureColumn[] columns = [new("atStart", "Held at 1 January"), new("added", "Added"), new("consumed", "Consumed (training, development)"),
            new("destroyedOrTransferred", "Destroyed or transferred"), new("atEnd", "Held at 31 December")];
        var form = new FormBuilder(l, "D", "Anti-personnel mines retained or transferred (Article 3)", ["Type", "Lot number"], columns);
        foreach (var m in ApMines(movements, LotPurpose.Retained))
        {
            var row = m.LotId.ToString("N");
            string[] labels = [m.MunitionType, m.LotNumber];
            form.Add(row, labels, "atEnd", Signed(m), Total);
            if (m.On.Year < year)
            {
                form.Add(row, labels, "atStart", Signed(m), Total);
                continue;
            }

            var column = m.Kind switch
            {
                MovementKind.Declared or MovementKind.Added => "added",
                MovementKind.Consumed => "consumed",
                _ => "destroyedOrTransferred",
            };
            form.Add(row, labels, column, m.Record, Total);
        }

        return form.Build(sortRows: true, totalRow: Total);
    }

    /// <summary>Form F: land released in the year per province by method, and stockpiled mines destroyed in the year per lot and method.</summary>
    public static IEnumerable<ReportForm> DestructionProgrammes(CellLedger l, IEnumerable<YearFacts.Release> releases,
        IEnumerable<TreatyFacts.Movement> movements, int year)
    {
        FigureColumn[] columns = [new("cancelledM2", "Cancelled through non-technical survey (m²)"), new("reducedM2", "Reduced through technical survey (m²)"),
            new("clearedM2", "Cleared (m²)"), new("totalM2", "Total released (m²)")];
        var land = new FormBuilder(l, "F", "Status of programmes for the destruction of anti-personnel mines: land released", ["Province"], columns);
        foreach (var r in releases.Where(r => r.Outcome is not null))
        {
            var row = r.ProvinceCode ?? "unassigned";
            string[] labels = [r.ProvinceName ?? "(no province)"];
            land.Add(row, labels, $"{r.Outcome!.Value.ToString().ToLowerInvariant()}M2", r.Record, Total);
            land.Add(row, labels, "totalM2", r.Record, Total);
        }

        yield return land.Build(sortRows: true, totalRow: Total, totalLabel: "National total");

        var stock = new FormBuilder(l, "F2", "Status of programmes for the destruction of stockpiled anti-personnel mines", ["Type", "Lot number", "Method"],
            [new("destroyed", "Destroyed")]);
        foreach (var m in ApMines(movements, LotPurpose.Stockpile).Where(m => m.Kind == MovementKind.Destroyed && m.On.Year == year))
        {
            stock.Add($"{m.LotId:N}-{Slug(m.Method.ToString()!)}", [m.MunitionType, m.LotNumber, m.Method.ToString()!], "destroyed", m.Record, Total);
        }

        yield return stock.Build(sortRows: true, totalRow: Total);
    }

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
            [.. types.Select(t => new ReportRow(Slug(t), [t], []))], null, null);
    }

    public static readonly DateOnly EntryIntoForce = new(1999, 3, 1);

    private static void File(FormBuilder form, string type, CellRecord record, string? thisYear)
    {
        string[] labels = [type];
        var row = Slug(type);
        form.Add(row, labels, "since1999", record, Total);
        if (thisYear is not null)
        {
            form.Add(row, labels, thisYear, record, Total);
            form.Add(row, labels, "year", record, Total);
        }
    }

    private static IEnumerable<TreatyFacts.Movement> ApMines(IEnumerable<TreatyFacts.Movement> movements, LotPurpose purpose) =>
        movements.Where(m => m.Category == DeviceCategory.AntiPersonnelMine && m.Purpose == purpose);

    /// <summary>The movement as a change to its lot's quantity: what leaves the lot counts negative.</summary>
    private static CellRecord Signed(TreatyFacts.Movement m) => m.Adds ? m.Record : m.Record with { Amount = -m.Record.Amount };

    /// <summary>A row key from a name: lower case letters and digits, anything else one hyphen ("PMN-2" → "pmn-2").</summary>
    public static string Slug(string name)
    {
        var slug = NotKey().Replace(name.ToLowerInvariant(), "-").Trim('-');
        return slug.Length == 0 ? "unspecified" : slug;
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotKey();
}
