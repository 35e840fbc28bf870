using System.Text.Json;
using MineAction.Domain.Hazards;

namespace MineAction.Application.Common;

/// <summary>Validator helper: what is wrong with a GeoJSON polygon in a request, or null.</summary>
public static class GeometryInput
{
    public static string? Problem(JsonElement? geometry)
    {
        if (geometry is not { ValueKind: not JsonValueKind.Null and not JsonValueKind.Undefined } g)
        {
            return null;
        }

        try
        {
            return HazardGeometry.Problem(GeoJson.Read(g));
        }
        catch (GeoJsonException ex)
        {
            return ex.Message;
        }
    }
}
