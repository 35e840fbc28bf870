namespace MineAction.Application.Reporting;

/// <summary>The contaminated-area and land-release forms both conventions ask, for the hazards a convention covers.</summary>
internal static class LandForms
{
    private const string Total = "total";
    private const string NoProvince = "unassigned";

    /// <summary>Areas at 31 December per province, suspected and confirmed, count and area still to be released.</summary>
    public static ReportForm Areas(CellLedger l, string code, string title, IEnumerable<TreatyFacts.Hazard> hazards)
    {
        FigureColumn[] columns = [new("shaCount", "Suspected hazardous areas"), new("shaAreaM2", "Suspected area (m²)"),
            new("chaCount", "Confirmed hazardous areas"), new("chaAreaM2", "Confirmed area (m²)")];
        var form = new FormBuilder(l, code, title, ["Province"], columns)
        {
            Note = "Areas still to be released at the end of the year: the hazard's area less the land released from it by then.",
        };
        foreach (var h in hazards)
        {
            var prefix = h.Type == HazardType.CHA ? "cha" : "sha";
            string[] labels = [h.ProvinceName ?? "(no province)"];
            form.Add(h.ProvinceCode ?? NoProvince, labels, prefix + "Count", h.Area with { Amount = 1 }, Total);
            form.Add(h.ProvinceCode ?? NoProvince, labels, prefix + "AreaM2", h.Area, Total);
        }

        return form.Build(sortRows: true, totalRow: Total, totalLabel: "National total");
    }

    /// <summary>Marking and fencing at 31 December per province: the areas still to be released, and of them those marked and those fenced.</summary>
    public static ReportForm Marking(CellLedger l, string code, string title, IEnumerable<TreatyFacts.Hazard> hazards)
    {
        FigureColumn[] columns = [new("areas", "Areas still to be released"), new("marked", "Perimeter marked"), new("fenced", "Fenced")];
        var form = new FormBuilder(l, code, title, ["Province"], columns);
        foreach (var h in hazards)
        {
            string[] labels = [h.ProvinceName ?? "(no province)"];
            var row = h.ProvinceCode ?? NoProvince;
            var one = h.Area with { Amount = 1 };
            form.Add(row, labels, "areas", one, Total);
            if (h.Marked)
            {
                form.Add(row, labels, "marked", one, Total);
            }

            if (h.Fenced)
            {
                form.Add(row, labels, "fenced", one, Total);
            }
        }

        return form.Build(sortRows: true, totalRow: Total, totalLabel: "National total");
    }

    /// <summary>Land released in the year per province: cancelled, reduced, cleared and in all (m²).</summary>
    public static ReportForm Released(CellLedger l, string code, string title, IEnumerable<YearFacts.Release> releases)
    {
        FigureColumn[] columns = [new("cancelledM2", "Cancelled through non-technical survey (m²)"), new("reducedM2", "Reduced through technical survey (m²)"),
            new("clearedM2", "Cleared (m²)"), new("totalM2", "Total released (m²)")];
        var form = new FormBuilder(l, code, title, ["Province"], columns);
        foreach (var r in releases.Where(r => r.Outcome is not null))
        {
            string[] labels = [r.ProvinceName ?? "(no province)"];
            form.Add(r.ProvinceCode ?? NoProvince, labels, $"{r.Outcome!.Value.ToString().ToLowerInvariant()}M2", r.Record, Total);
            form.Add(r.ProvinceCode ?? NoProvince, labels, "totalM2", r.Record, Total);
        }

        return form.Build(sortRows: true, totalRow: Total, totalLabel: "National total");
    }
}
