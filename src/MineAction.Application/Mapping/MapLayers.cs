namespace MineAction.Application.Mapping;

/// <summary>
/// What each layer of the national map draws, as SQL over the approved, live records (archived ones never; superseded released land
/// never): where a record is, what it is called, its kind (the colour: hazard type, release outcome, device category, method…), its
/// status and the page that opens it. The fragments are constants of this class — never text from a request.
/// </summary>
public sealed record MapLayer(string Key, string Name, string Noun, bool Polygons, string From, string Geometry, string Where,
    string Id, string Label, string Kind, string Status, string Area, string? Link)
{
    public static readonly MapLayer HazardousAreas = new("hazardous-areas", "Hazardous areas", "hazardous areas", true,
        "hazardous_areas h", "h.geometry", "h.approval_status = 'Approved' AND h.archived_at IS NULL",
        "h.id", "h.code || ' · ' || h.name", "h.type", "h.status", "h.area_m2", "/hazardous-areas/{id}");

    public static readonly MapLayer ReleasedLand = new("released-land", "Released land", "released areas", true,
        "land_release_products p JOIN land_release_activities a ON a.id = p.activity_id AND a.approval_status = 'Approved' AND a.archived_at IS NULL",
        "p.geometry", "p.approval_status = 'Approved' AND p.archived_at IS NULL AND p.superseded_on IS NULL",
        "p.activity_id", "p.outcome || ' ' || to_char(p.release_date, 'YYYY-MM-DD') || ' · ' || a.type || ' in ' || (SELECT code FROM hazardous_areas WHERE id = p.hazardous_area_id)",
        "p.outcome", "NULL::text", "p.area_m2", "/activities/{id}");

    public static readonly MapLayer Devices = new("devices", "Devices found", "devices", false,
        "devices_found d", "d.location", "d.approval_status = 'Approved' AND d.archived_at IS NULL AND d.location IS NOT NULL",
        "d.activity_id", "d.quantity || ' × ' || d.category || COALESCE(' ' || d.model, '') || ' found ' || to_char(d.found_on, 'YYYY-MM-DD')",
        "d.category", "d.disposal_method", "NULL::float8", "/activities/{id}");

    public static readonly MapLayer Accidents = new("accidents", "Accidents", "accidents", false,
        "accidents x", "x.location", "x.archived_at IS NULL",
        "x.id", "'Accident ' || to_char(x.occurred_on, 'YYYY-MM-DD') || ' · ' || x.killed || ' killed, ' || x.injured || ' injured'",
        "x.device_category", "NULL::text", "NULL::float8", "/people/accidents/{id}");

    public static readonly MapLayer RiskEducation = new("risk-education", "Risk education", "risk education sessions", false,
        "eore_sessions e", "e.location", "e.approval_status = 'Approved' AND e.archived_at IS NULL",
        "e.id", "'Risk education ' || to_char(e.held_on, 'YYYY-MM-DD') || ' · ' || "
            + "(e.beneficiaries_boys + e.beneficiaries_girls + e.beneficiaries_men + e.beneficiaries_women) || ' people'",
        "e.method", "e.audience", "NULL::float8", "/people/risk-education");

    /// <summary>The country's boundaries, drawn under the other layers (and instead of the base map when its tiles cannot be reached).</summary>
    public static readonly MapLayer Boundaries = new("boundaries", "Boundaries", "boundaries", true,
        "admin_areas b", "b.boundary", "b.archived_at IS NULL AND b.level = {5}" /* the level the zoom shows */,
        "b.id", "b.name", "b.level::text", "b.code", "NULL::float8", null);

    public static readonly IReadOnlyList<MapLayer> All = [HazardousAreas, ReleasedLand, Devices, Accidents, RiskEducation, Boundaries];

    public static MapLayer? Find(string key) => All.SingleOrDefault(l => l.Key == key);

    public bool Clusters => this != Boundaries;
}
