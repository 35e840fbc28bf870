using MineAction.Domain.Stockpiles;

namespace MineAction.Infrastructure.Demo;

/// <summary>
/// The State's stockpiles held by the authority: anti-personnel mines destroyed a lot a year with some transferred for training, mines
/// retained for training and used up by the dog teams, cluster munitions partly demilitarised, and submunitions kept for training.
/// </summary>
internal static class DemoStockpiles
{
    private const string Verifier = "TMAC quality assurance and ICRC observers";

    public static IEnumerable<object> For(Organisation authority, DateOnly today)
    {
        var start = new DateOnly(today.Year - 6, 1, 10);
        var mines = Lot(DeviceCategory.AntiPersonnelMine, "PMN-2", "MOD-2009-01", "Central ammunition depot, Kandara", authority, LotPurpose.Stockpile,
            null, start, 12_000, today);
        var retained = Lot(DeviceCategory.AntiPersonnelMine, "PMN-2", "TRN-01", "National demining school", authority, LotPurpose.Retained, null, start,
            500, today);
        var cluster = Lot(DeviceCategory.ClusterMunition, "CBU-87", "AF-1998-07", "Air base depot", authority, LotPurpose.Stockpile, 202, start, 150, today);
        var submunitions = Lot(DeviceCategory.Submunition, "BLU-97/B", "TRN-02", "National demining school", authority, LotPurpose.Retained, null, start,
            40, today);
        foreach (var lot in new[] { mines, retained, cluster, submunitions })
        {
            yield return lot.Lot;
            yield return lot.Movements[0];
        }

        for (var year = today.Year - 4; year < today.Year; year++)
        {
            yield return Move(mines, MovementKind.Destroyed, new DateOnly(year, 3, 15), 2_000, DestructionMethod.OpenDetonation, Verifier, null, null, today);
            yield return Move(retained, MovementKind.Consumed, new DateOnly(year, 9, 1), 60, null, null, null, "Mine detection dog training", today);
        }

        yield return Move(mines, MovementKind.TransferredOut, new DateOnly(today.Year - 3, 6, 1), 300, null, null, "Retained lot TRN-01 at the demining school",
            null, today);
        yield return Move(retained, MovementKind.Added, new DateOnly(today.Year - 3, 6, 1), 300, null, null, null, "From the central stockpile", today);
        yield return Move(cluster, MovementKind.Destroyed, new DateOnly(today.Year - 2, 11, 20), 50, DestructionMethod.IndustrialDemilitarisation, Verifier,
            null, null, today);
    }

    private sealed record Held(MunitionLot Lot, List<LotMovement> Movements);

    private static Held Lot(DeviceCategory category, string type, string number, string location, Organisation holder, LotPurpose purpose,
        int? perMunition, DateOnly declaredOn, int quantity, DateOnly today)
    {
        var lot = new MunitionLot(category, type, number, location, holder.Id, purpose, perMunition, declaredOn, today);
        var declared = lot.Declare(quantity);
        declared.Approve("demo", DateTimeOffset.UtcNow, "Declared by the Ministry of Defence");
        return new Held(lot, [declared]);
    }

    private static LotMovement Move(Held held, MovementKind kind, DateOnly on, int quantity, DestructionMethod? method, string? verifiedBy,
        string? counterpart, string? note, DateOnly today)
    {
        var movement = held.Lot.Record(held.Movements, kind, on, quantity, method, verifiedBy, counterpart, note, today);
        movement.Approve("demo", DateTimeOffset.UtcNow, "Entered by the NMAA");
        held.Movements.Add(movement);
        return movement;
    }
}
