namespace MineAction.Application.Hazards;

/// <summary>
/// What other records show of the hazardous area they point at: its code, name and area. Read without the archive filter, so an
/// activity or task keeps naming its hazard after the hazard is archived (an EF Core query filter ignored inside a subquery would be
/// ignored for the whole query).
/// </summary>
public sealed class HazardLabel
{
    public Guid Id { get; private set; }

    public string Code { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    public double AreaM2 { get; private set; }
}
