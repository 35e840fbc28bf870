using MineAction.Application.Programme;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Valid;

namespace MineAction.Application.Geography;

/// <summary>
/// Loads one administrative level of the country's boundaries (1 provinces, 2 districts, 3 communes), all or nothing. Every feature is
/// checked first — a code and a name (no duplicate code), a valid, non-empty polygon in WGS 84 degrees, for levels 2 and 3 a parent code
/// naming a live area of the level above — and one bad feature refuses the whole file with every problem listed. A newer edition updates
/// the areas it holds by code (name, parent, boundary), brings back codes an earlier edition dropped, and archives the codes it no longer
/// holds: records keep pointing at them. Every change is audited as the administrator's.
/// </summary>
public static class LoadBoundaries
{
    /// <summary>Field names of the humanitarian Common Operational Datasets (COD-AB): ADM1_PCODE, ADM1_EN, parent ADM0/ADM1_PCODE…</summary>
    public static string DefaultCodeField(int level) => $"ADM{level}_PCODE";

    public static string DefaultNameField(int level) => $"ADM{level}_EN";

    public static string DefaultParentField(int level) => $"ADM{level - 1}_PCODE";

    public sealed record Command(
        int Level,
        [property: JsonIgnore] IReadOnlyList<BoundaryFeature> Features,
        string? CodeField,
        string? NameField,
        string? ParentField,
        string? CountryCode,
        string Source) : ICommand<Result>;

    public sealed record Result(int Level, int Features, int Added, int Updated, int Unchanged, int Reinstated, int Archived);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Level).InclusiveBetween(1, AdminArea.MaxLevel).WithName("level");
            RuleFor(c => c.CountryCode).Matches("^[A-Z]{3}$").When(c => c.CountryCode is not null).WithName("countryCode")
                .WithMessage("'countryCode' is the ISO 3166-1 alpha-3 code in capitals, e.g. KHM.");
            RuleFor(c => c.Source).NotEmpty().MaximumLength(200);
            RuleForEach(c => new[] { c.CodeField, c.NameField, c.ParentField }).MaximumLength(60).WithName("fields");
        }
    }

    public sealed class Handler(IMineActionDb db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command c, CancellationToken cancellationToken)
        {
            if (!user.IsSystem && !user.IsInRole(Roles.Administrator))
            {
                throw new ForbiddenException("Only administrators load the country's boundaries.");
            }

            var fields = new Fields(c.CodeField ?? DefaultCodeField(c.Level), c.NameField ?? DefaultNameField(c.Level),
                c.Level > 1 ? c.ParentField ?? DefaultParentField(c.Level) : null);
            var all = await db.AdminAreas.IncludingArchived().ToListAsync(cancellationToken);
            var country = c.CountryCode ?? all.Select(a => a.CountryCode).FirstOrDefault()
                ?? ((await db.ProgrammeSettingsAsync(cancellationToken)).CountryCode is { Length: > 0 } stated ? stated : null);
            var parents = all.Where(a => a.Level == c.Level - 1 && !a.IsArchived).ToDictionary(a => a.Code, a => a.Id, StringComparer.Ordinal);
            var otherLevels = all.Where(a => a.Level != c.Level).Select(a => a.Code).ToHashSet(StringComparer.Ordinal);

            var problems = new List<FileProblem>();
            if (country is null)
            {
                problems.Add(new FileProblem(0, "countryCode", null, "The first boundaries loaded need the country's ISO 3166-1 alpha-3 code (--country), unless the programme settings give it."));
            }

            if (c.Level > 1 && parents.Count == 0)
            {
                problems.Add(new FileProblem(0, "level", c.Level.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    $"Load level {c.Level - 1} first: areas of level {c.Level} lie inside areas of level {c.Level - 1}."));
            }

            if (c.Features.Count == 0)
            {
                problems.Add(new FileProblem(0, "features", "0", "The file holds no features."));
            }

            var areas = Check(c.Features, fields, parents, otherLevels, problems);
            if (problems.Count > 0)
            {
                throw new FileRefusedException("BOUNDARY_FILE_REFUSED",
                    $"The boundary file was refused: {problems.Count} problem(s); nothing was loaded.", problems);
            }

            var result = Apply(c, country!, areas, all.Where(a => a.Level == c.Level).ToDictionary(a => a.Code, StringComparer.Ordinal));
            await db.SaveChangesAsync(cancellationToken);
            return result;
        }

        private Result Apply(Command c, string country, List<Area> areas, Dictionary<string, AdminArea> existing)
        {
            int added = 0, updated = 0, unchanged = 0, reinstated = 0, archived = 0;
            foreach (var area in areas)
            {
                if (!existing.TryGetValue(area.Code, out var current))
                {
                    db.AdminAreas.Add(new AdminArea(area.Code, area.Name, c.Level, area.ParentId, country, area.Boundary));
                    added++;
                    continue;
                }

                var wasArchived = current.IsArchived;
                if (!current.Revise(area.Name, area.ParentId, area.Boundary))
                {
                    unchanged++;
                }
                else if (wasArchived)
                {
                    reinstated++;
                }
                else
                {
                    updated++;
                }
            }

            var kept = areas.Select(a => a.Code).ToHashSet(StringComparer.Ordinal);
            foreach (var gone in existing.Values.Where(a => !a.IsArchived && !kept.Contains(a.Code)))
            {
                gone.Archive($"Not in the boundary edition '{c.Source}'", user.Name, clock.GetUtcNow());
                archived++;
            }

            return new Result(c.Level, areas.Count, added, updated, unchanged, reinstated, archived);
        }
    }

    private sealed record Fields(string Code, string Name, string? Parent);

    private sealed record Area(string Code, string Name, Guid? ParentId, MultiPolygon Boundary);

    private static List<Area> Check(IReadOnlyList<BoundaryFeature> features, Fields fields, Dictionary<string, Guid> parents,
        HashSet<string> otherLevels, List<FileProblem> problems)
    {
        var areas = new List<Area>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var feature in features)
        {
            var before = problems.Count;
            void Refuse(string field, string? value, string reason) => problems.Add(new FileProblem(feature.Index, field, value, reason));

            var code = Text(feature, fields.Code, AdminArea.MaxCodeLength, Refuse);
            var name = Text(feature, fields.Name, AdminArea.MaxNameLength, Refuse);
            if (code is not null && seen.TryGetValue(code, out var first))
            {
                Refuse(fields.Code, code, $"The code is also used by feature {first}.");
            }
            else if (code is not null && otherLevels.Contains(code))
            {
                Refuse(fields.Code, code, "The code belongs to an area of another level.");
            }

            if (code is not null)
            {
                seen.TryAdd(code, feature.Index);
            }

            Guid? parentId = null;
            if (fields.Parent is { } parentField && Text(feature, parentField, AdminArea.MaxCodeLength, Refuse) is { } parentCode)
            {
                if (parents.TryGetValue(parentCode, out var id))
                {
                    parentId = id;
                }
                else
                {
                    Refuse(parentField, parentCode, "No live area of the level above has this code; load (or reload) that level first.");
                }
            }

            var boundary = Boundary(feature, Refuse);
            if (problems.Count == before)
            {
                areas.Add(new Area(code!, name!, parentId, boundary!));
            }
        }

        return areas;
    }

    private static string? Text(BoundaryFeature feature, string field, int maxLength, Action<string, string?, string> refuse)
    {
        if (!feature.Attributes.TryGetValue(field, out var value) || string.IsNullOrWhiteSpace(value))
        {
            refuse(field, value, feature.Attributes.ContainsKey(field) ? "The value is empty." :
                $"The feature has no '{field}' attribute; it has: {string.Join(", ", feature.Attributes.Keys)}.");
            return null;
        }

        value = value.Trim();
        var problem = value.Length > maxLength ? $"At most {maxLength} characters." : InputSanity.TextProblem(value);
        if (problem is not null)
        {
            refuse(field, value[..Math.Min(value.Length, 60)], problem);
            return null;
        }

        return value;
    }

    private static MultiPolygon? Boundary(BoundaryFeature feature, Action<string, string?, string> refuse)
    {
        var geometry = feature.Geometry;
        var problem = geometry switch
        {
            null => "The feature has no geometry.",
            { IsEmpty: true } => "The geometry is empty.",
            not (Polygon or MultiPolygon) => $"The geometry is a {geometry.GeometryType}; boundaries are polygons.",
            _ when geometry.EnvelopeInternal is { MinX: < -180 } or { MaxX: > 180 } or { MinY: < -90 } or { MaxY: > 90 } =>
                "The coordinates are not WGS 84 longitude/latitude degrees (a projected system?).",
            _ when new IsValidOp(geometry).ValidationError is { } error => $"The polygon is not valid: {error.Message} at {error.Coordinate}.",
            _ => null,
        };
        if (problem is not null)
        {
            refuse("geometry", null, problem);
            return null;
        }

        return HazardGeometry.AsRfc7946MultiPolygon(geometry!);
    }
}
