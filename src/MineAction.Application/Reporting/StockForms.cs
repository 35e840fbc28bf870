using MineAction.Domain.Stockpiles;

namespace MineAction.Application.Reporting;

/// <summary>The stockpile and retention forms both conventions ask, for the lots a convention covers (their movements passed in).</summary>
internal static class StockForms
{
    private const string Total = "total";
    private static readonly FigureColumn Quantity = new("quantity", "Quantity");
    private static readonly FigureColumn Submunitions = new("submunitions", "Explosive submunitions");

    /// <summary>Held at 31 December by type and lot; with the explosive submunitions they contain when the convention counts them.</summary>
    public static ReportForm Held(CellLedger l, string code, string title, IEnumerable<TreatyFacts.Movement> movements, bool submunitions)
    {
        var form = new FormBuilder(l, code, title, ["Type", "Lot number"], submunitions ? [Quantity, Submunitions] : [Quantity]);
        foreach (var m in movements)
        {
            var row = m.LotId.ToString("N");
            string[] labels = [m.MunitionType, m.LotNumber];
            form.Add(row, labels, Quantity.Key, Signed(m), Total);
            if (submunitions)
            {
                form.Add(row, labels, Submunitions.Key, SubmunitionsOf(Signed(m), m), Total);
            }
        }

        return form.Build(sortRows: true, totalRow: Total);
    }

    /// <summary>Retained under Article 3, per lot: held at the start, added, consumed, otherwise gone, held at the end.</summary>
    public static ReportForm Retained(CellLedger l, string code, string title, IEnumerable<TreatyFacts.Movement> movements, int year)
    {
        FigureColumn[] columns = [new("atStart", "Held at 1 January"), new("added", "Added"), new("consumed", "Consumed (training, development)"),
            new("destroyedOrTransferred", "Destroyed or transferred"), new("atEnd", "Held at 31 December")];
        var form = new FormBuilder(l, code, title, ["Type", "Lot number"], columns);
        foreach (var m in movements)
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

    /// <summary>Destroyed in the year per lot and method (with the submunitions they contained when the convention counts them).</summary>
    public static ReportForm Destroyed(CellLedger l, string code, string title, IEnumerable<TreatyFacts.Movement> movements, int year, bool submunitions)
    {
        FigureColumn destroyed = new("destroyed", "Destroyed");
        var form = new FormBuilder(l, code, title, ["Type", "Lot number", "Method"],
            submunitions ? [destroyed, new("submunitionsDestroyed", "Explosive submunitions destroyed")] : [destroyed]);
        foreach (var m in movements.Where(m => m.Kind == MovementKind.Destroyed && m.On.Year == year))
        {
            var row = $"{m.LotId:N}-{RowKeys.Of(m.Method.ToString()!)}";
            string[] labels = [m.MunitionType, m.LotNumber, m.Method.ToString()!];
            form.Add(row, labels, destroyed.Key, m.Record, Total);
            if (submunitions)
            {
                form.Add(row, labels, "submunitionsDestroyed", SubmunitionsOf(m.Record, m), Total);
            }
        }

        return form.Build(sortRows: true, totalRow: Total);
    }

    /// <summary>The movement as a change to its lot's quantity: what leaves the lot counts negative.</summary>
    public static CellRecord Signed(TreatyFacts.Movement m) => m.Adds ? m.Record : m.Record with { Amount = -m.Record.Amount };

    /// <summary>A cluster munition lot's movement counted in the explosive submunitions it moved; a lot of submunitions counts as it is.</summary>
    private static CellRecord SubmunitionsOf(CellRecord record, TreatyFacts.Movement m) => record with { Amount = record.Amount * (m.SubmunitionsPerMunition ?? 1) };
}
