using MineAction.Domain.Hazards;
using NetTopologySuite.Geometries;

namespace MineAction.Ui.Tests.Components;

/// <summary>Records the page tests need, written through the domain (the template database has no hazards).</summary>
public static class UiRecords
{
    /// <summary>
    /// An open SHA of HALO in lower Kandara — as HALO's operator submitted it, or approved by the information manager (a viewer reads approved
    /// records only).
    /// </summary>
    public static Guid Sha(UiDatabase database, bool approved, string name = "Read-only field")
    {
        using var db = MineAction.Migrations.Cli.CreateContext(database.ConnectionString);
        var (lon, lat) = Testing.Builders.Ledger.NextCell();
        var corner = HazardGeometry.Factory.CreatePoint(new Coordinate(lon, lat));
        var district = db.AdminAreas.Single(a => a.Level == 2 && a.Boundary.Covers(corner));
        var hazard = new HazardousArea("XTA", HazardGeometry.Factory.ToGeometry(new Envelope(lon, lon + 0.005, lat, lat + 0.005)),
            new HazardAttributes(name, district.ParentId!.Value, district.Id, db.Organisations.Single(o => o.Acronym == "HALO").Id,
                [DeviceCategory.AntiPersonnelMine], Evidence.Direct, [], new Domain.Common.Sadd(0, 0, 0, 0),
                new Domain.Common.Sadd(0, 0, 0, 0), new DateOnly(2024, 1, 1), null, null), new DateOnly(2026, 1, 1));
        if (approved)
        {
            hazard.Approve("im@tarsenia.example", DateTimeOffset.UtcNow, "Checked");
        }

        db.HazardousAreas.Add(hazard);
        db.SaveChanges();
        return hazard.Id;
    }

    public static Domain.Common.ApprovalStatus StatusOf(UiDatabase database, Guid hazardId)
    {
        using var db = MineAction.Migrations.Cli.CreateContext(database.ConnectionString);
        return db.HazardousAreas.Single(h => h.Id == hazardId).ApprovalStatus;
    }
}
