using NetTopologySuite.Geometries;

namespace MineAction.Domain.Geography;

/// <summary>An administrative area: level 1 (province), level 2 (district, inside a province) or level 3 (commune, inside a district).</summary>
public sealed class AdminArea : Entity
{
    public const int MaxCodeLength = 20;
    public const int MaxNameLength = 120;
    public const int MaxLevel = 3;

    private AdminArea()
    {
    }

    public AdminArea(string code, string name, int level, Guid? parentId, string countryCode, MultiPolygon boundary)
    {
        if (level is < 1 or > MaxLevel)
        {
            throw new DomainRuleViolation("ADMIN_LEVEL_INVALID", "Administrative level must be 1 (province), 2 (district) or 3 (commune).", "level");
        }

        if ((level > 1) != parentId.HasValue)
        {
            throw new DomainRuleViolation("ADMIN_PARENT_INVALID", "A district or commune needs its parent area; a province has none.", "parentId");
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

    /// <summary>
    /// Takes this area's name, parent and boundary from a newer edition of the national boundary set; an area that an earlier edition
    /// dropped (archived) comes back. True when anything changed.
    /// </summary>
    public bool Revise(string name, Guid? parentId, MultiPolygon boundary)
    {
        if ((Level > 1) != parentId.HasValue)
        {
            throw new DomainRuleViolation("ADMIN_PARENT_INVALID", "A district or commune needs its parent area; a province has none.", "parentId");
        }

        var changed = IsArchived;
        if (IsArchived)
        {
            Reinstate();
        }

        if (Name != name || ParentId != parentId)
        {
            (Name, ParentId, changed) = (name, parentId, true);
        }

        if (!Boundary.EqualsExact(boundary))
        {
            (Boundary, changed) = (boundary, true);
        }

        return changed;
    }
}
