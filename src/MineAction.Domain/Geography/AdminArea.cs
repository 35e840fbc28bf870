using NetTopologySuite.Geometries;

namespace MineAction.Domain.Geography;

/// <summary>An administrative area: level 1 (province) or level 2 (district, inside a province).</summary>
public sealed class AdminArea : Entity
{
    public const int MaxCodeLength = 20;
    public const int MaxNameLength = 120;

    private AdminArea()
    {
    }

    public AdminArea(string code, string name, int level, Guid? parentId, string countryCode, MultiPolygon boundary)
    {
        if (level is not (1 or 2))
        {
            throw new DomainRuleViolation("ADMIN_LEVEL_INVALID", "Administrative level must be 1 (province) or 2 (district).", "level");
        }

        if ((level == 2) != parentId.HasValue)
        {
            throw new DomainRuleViolation("ADMIN_PARENT_INVALID", "A district needs a parent province; a province has none.", "parentId");
        }

        Code = code;
        Name = name;
        Level = level;
        ParentId = parentId;
        CountryCode = countryCode;
        Boundary = boundary;
    }

    public string Code { get; private set; } = string.Empty;
    public string Name { get; private set; } = string.Empty;
    public int Level { get; private set; }
    public Guid? ParentId { get; private set; }
    public string CountryCode { get; private set; } = string.Empty;
    public MultiPolygon Boundary { get; private set; } = null!;
}
