using MineAction.Domain.Stockpiles;

namespace MineAction.Application.Stockpiles;

public sealed record MovementDto(Guid Id, Guid LotId, MovementKind Kind, DateOnly OccurredOn, int Quantity, int Change, DestructionMethod? Method,
    string? VerifiedBy, string? Counterpart, string? Note, ApprovalStatus ApprovalStatus, string? ReviewComment, DateTimeOffset? ArchivedAt,
    string? ArchiveReason, uint RowVersion);

/// <summary>A lot with its quantity from approved movements, and the change still awaiting review.</summary>
public sealed record LotDto(Guid Id, DeviceCategory Category, string MunitionType, string LotNumber, string Location, Guid OwnerOrganisationId,
    string OwnerAcronym, LotPurpose Purpose, int? SubmunitionsPerMunition, DateOnly DeclaredOn, int Quantity, int PendingChange,
    DateTimeOffset? ArchivedAt, uint RowVersion)
{
    /// <summary>Explosive submunitions in the lot's cluster munitions (CCM Article 7 Form B counts both).</summary>
    public int? Submunitions => SubmunitionsPerMunition * Quantity;
}

public sealed record LotDetailDto(LotDto Lot, IReadOnlyList<MovementDto> Movements);

internal static class StockpileQueries
{
    public static IQueryable<LotDto> Lots(IMineActionDb db, IQueryable<MunitionLot> lots) =>
        from l in lots
        join o in db.Organisations on l.OwnerOrganisationId equals o.Id
        select new LotDto(l.Id, l.Category, l.MunitionType, l.LotNumber, l.Location, l.OwnerOrganisationId, o.Acronym, l.Purpose,
            l.SubmunitionsPerMunition, l.DeclaredOn,
            db.LotMovements.Where(m => m.LotId == l.Id && m.ApprovalStatus == ApprovalStatus.Approved)
                .Sum(m => m.Kind == MovementKind.Declared || m.Kind == MovementKind.Added ? m.Quantity : -m.Quantity),
            db.LotMovements.Where(m => m.LotId == l.Id && m.ApprovalStatus == ApprovalStatus.Submitted)
                .Sum(m => m.Kind == MovementKind.Declared || m.Kind == MovementKind.Added ? m.Quantity : -m.Quantity),
            l.ArchivedAt, l.RowVersion);

    public static IQueryable<MovementDto> Movements(IQueryable<LotMovement> movements) =>
        movements.Select(m => new MovementDto(m.Id, m.LotId, m.Kind, m.OccurredOn, m.Quantity,
            m.Kind == MovementKind.Declared || m.Kind == MovementKind.Added ? m.Quantity : -m.Quantity, m.Method, m.VerifiedBy, m.Counterpart, m.Note,
            m.ApprovalStatus, m.ReviewComment, m.ArchivedAt, m.ArchiveReason, m.RowVersion));

    public static async Task<LotDetailDto> DetailAsync(IMineActionDb db, Guid id, CancellationToken ct)
    {
        var lot = await Lots(db, db.MunitionLots.IncludingArchived().Where(l => l.Id == id)).SingleOrDefaultAsync(ct)
            ?? throw new NotFoundException("Lot", id);
        var movements = await Movements(db.LotMovements.IncludingArchived().Where(m => m.LotId == id).OrderBy(m => m.OccurredOn).ThenBy(m => m.Id))
            .ToListAsync(ct);
        return new LotDetailDto(lot, movements);
    }

    /// <summary>The lot locked for the rest of the transaction and its movements, so two movements recorded at once cannot overdraw it.</summary>
    public static async Task<(MunitionLot Lot, List<LotMovement> Movements)> LockedAsync(IMineActionDb db, Guid lotId, CancellationToken ct)
    {
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM munition_lots WHERE id = {lotId} FOR UPDATE", ct);
        var lot = await db.MunitionLots.SingleOrDefaultAsync(l => l.Id == lotId, ct) ?? throw new NotFoundException("Lot", lotId);
        return (lot, await db.LotMovements.Where(m => m.LotId == lotId).ToListAsync(ct));
    }
}
