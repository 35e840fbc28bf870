using MineAction.Domain.Programme;
using MineAction.Infrastructure.Persistence;

namespace MineAction.Infrastructure.Demo;

/// <summary>
/// Tarsenia's programme settings. IATI: Tarsenia is fictional and lies on Thailand's coordinates, so it reports Thailand (TH) as the
/// recipient country and a made-up identifier under IATI's own registration agency (XI-IATI).
/// </summary>
public static class DemoSettings
{
    public static readonly ProgrammeDetails Tarsenia = new(
        "Tarsenia National Mine Action Programme", DemoCountry.Code, "USD", 13, new Domain.Operations.PriorityWeights(2, 3, 5),
        "NMAA", "XI-IATI-NMAA-TARSENIA", 10, "TH", "", "");

    /// <summary>Fills the settings of an installation whose administrator has not named the programme yet (a fresh or an older demo database).</summary>
    public static async Task ApplyAsync(MineActionDbContext db, CancellationToken ct)
    {
        var settings = await db.ProgrammeSettings.SingleAsync(ct);
        if (settings.Name.Length == 0)
        {
            settings.Change(Tarsenia);
            await db.SaveChangesAsync(ct);
        }
    }
}
