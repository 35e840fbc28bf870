namespace MineAction.Application.Common;

/// <summary>Checks that what a request refers to exists and is live: a 400 naming the field otherwise.</summary>
public static class References
{
    /// <summary>
    /// The one existence check: <paramref name="id"/> (when given) is among <paramref name="records"/> and not archived;
    /// otherwise 400 on <paramref name="field"/> saying which (an archived record takes no new records).
    /// </summary>
    public static async Task EnsureExistsAsync<T>(this IQueryable<T> records, Guid? id, string field, string label, CancellationToken ct)
        where T : Entity
    {
        if (id is not { } key)
        {
            return;
        }

        var found = await records.IncludingArchived().Where(r => r.Id == key).Select(r => new { Archived = r.ArchivedAt != null }).SingleOrDefaultAsync(ct)
            ?? throw Invalid.Field(field, $"{label} '{key}' does not exist.");
        if (found.Archived)
        {
            throw Invalid.Field(field, $"{label} '{key}' is archived and takes no new records.");
        }
    }

    public static Task EnsureOrganisationAsync(this IMineActionDb db, Guid? id, string field, CancellationToken ct) =>
        db.Organisations.EnsureExistsAsync(id, field, "Organisation", ct);

    /// <summary>An organisation that delivers victim assistance or takes referrals: any but a funder.</summary>
    public static async Task EnsureServiceProviderAsync(this IMineActionDb db, Guid? id, string field, CancellationToken ct)
    {
        await db.EnsureOrganisationAsync(id, field, ct);
        if (id is { } key && !(await db.Organisations.Where(o => o.Id == key).Select(o => o.Sector).SingleAsync(ct)).ProvidesServices())
        {
            throw Invalid.Field(field, "The organisation is a funder: services are delivered by health and rehabilitation, social and economic "
                + "inclusion or mine-action organisations (an organisation's sector says which).");
        }
    }

    /// <summary>An administrative area of level 1.</summary>
    public static Task EnsureProvinceAsync(this IMineActionDb db, Guid? id, string field, CancellationToken ct) =>
        db.AdminAreas.Where(a => a.Level == 1).EnsureExistsAsync(id, field, "Province", ct);

    /// <summary>The province (level 1) and, when given, a district (level 2) of that province.</summary>
    public static async Task EnsureProvinceAndDistrictAsync(this IMineActionDb db, Guid? provinceId, Guid? districtId, CancellationToken ct)
    {
        await db.EnsureProvinceAsync(provinceId, "provinceId", ct);
        await db.AdminAreas.Where(x => x.Level == 2).EnsureExistsAsync(districtId, "districtId", "District", ct);
        if (districtId is { } district && !await db.AdminAreas.AnyAsync(x => x.Id == district && x.ParentId == provinceId, ct))
        {
            throw Invalid.Field("districtId", "The district does not lie in the given province.");
        }
    }
}
