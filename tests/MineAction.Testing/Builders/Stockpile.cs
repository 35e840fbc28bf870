using MineAction.Application.Stockpiles;

namespace MineAction.Testing.Builders;

/// <summary>Registers lots of stockpiled or retained munitions held by HALO (so HALO's operator may record their movements) and moves them.</summary>
public sealed class Stockpile(MineActionApp app)
{
    private readonly Scenario _s = new(app);

    public async Task<object> LotBodyAsync(int quantity = 100, string purpose = "Stockpile", string category = "AntiPersonnelMine",
        string declaredOn = "2020-01-15", int? submunitionsPerMunition = null, string type = "PMN-2") => new
    {
        category, munitionType = type, lotNumber = $"LOT-{Scenario.Next()}", location = "Central depot, Kandara", purpose, submunitionsPerMunition,
        ownerOrganisationId = await _s.OrganisationIdAsync("HALO"), declaredOn, quantity,
    };

    public async Task<LotDetailDto> LotAsync(HttpClient? client = null, int quantity = 100, string purpose = "Stockpile",
        string category = "AntiPersonnelMine", string declaredOn = "2020-01-15", int? submunitionsPerMunition = null, string type = "PMN-2") =>
        await (client ?? app.ClientFor(Roles.InformationManager)).PostAsync<LotDetailDto>("/api/v1/stockpiles/lots",
            await LotBodyAsync(quantity, purpose, category, declaredOn, submunitionsPerMunition, type));

    public static Task<HttpResponseMessage> MoveAsync(HttpClient client, Guid lotId, string kind, int quantity, string on, string? method = null,
        string? verifiedBy = null, string? counterpart = null, string? note = null) =>
        client.PostAsJsonAsync($"/api/v1/stockpiles/lots/{lotId}/movements", new { kind, occurredOn = on, quantity, method, verifiedBy, counterpart, note });

    /// <summary>A verified open-detonation destruction.</summary>
    public static Task<HttpResponseMessage> DestroyAsync(HttpClient client, Guid lotId, int quantity, string on) =>
        MoveAsync(client, lotId, "Destroyed", quantity, on, "OpenDetonation", "NMAA quality assurance");
}
