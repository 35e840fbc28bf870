using System.Text.Json;

namespace MineAction.Application.Common;

/// <summary>Validator helper: what is wrong with a GeoJSON polygon in a request, or null.</summary>
public static class GeometryInput
{
    /// <summary>True when the element is a GeoJSON Point.</summary>
    public static bool IsPoint(JsonElement? geometry)
    {
        try
        {
            return geometry is { ValueKind: JsonValueKind.Object } g && GeoJson.Read(g) is NetTopologySuite.Geometries.Point;
        }
        catch (GeoJsonException)
        {
            return false;
        }
    }

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
