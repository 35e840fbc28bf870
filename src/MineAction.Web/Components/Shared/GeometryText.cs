using System.Text.Json;

namespace MineAction.Web.Components.Shared;

/// <summary>Geometry typed or uploaded on a form: text that is not JSON at all is reported on the geometry field, like the API does.</summary>
public static class GeometryText
{
    public static JsonElement? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            throw Invalid.Field("geometry", $"The geometry is not valid JSON: {ex.Message}");
        }
    }
}
