using Microsoft.VisualBasic.FileIO;

namespace MineAction.Api.Tests.Platform;

/// <summary>The released HXL 1.1 core hashtags and attributes (with the hashtags each attribute applies to), read from Schemas/hxl-1.1.</summary>
public sealed record HxlCoreSchema(IReadOnlySet<string> Hashtags, IReadOnlyDictionary<string, IReadOnlySet<string>> Attributes)
{
    private static readonly string[] Releases = ["1.0", "1.1"];

    public static HxlCoreSchema Load()
    {
        var hashtags = Rows("hashtag.hxl.csv").Where(Released).Select(r => r["#valid_tag"]).ToHashSet();
        var attributes = Rows("attribute.hxl.csv").Where(Released).ToDictionary(
            r => r["#valid_attribute"].TrimStart('+'),
            r => (IReadOnlySet<string>)r["#valid_hashtags+list+partial"].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .ToHashSet());
        return new HxlCoreSchema(hashtags, attributes);
    }

    private static bool Released(IReadOnlyDictionary<string, string> row) =>
        Releases.Contains(row["#meta+release"]) && row["#status"] is not ("Rejected" or "Deprecated");

    /// <summary>The file's rows keyed by its HXL hashtag row (the first line), read by the framework's RFC 4180 parser.</summary>
    private static List<IReadOnlyDictionary<string, string>> Rows(string file)
    {
        using var parser = new TextFieldParser(Path.Combine(AppContext.BaseDirectory, "Schemas", "hxl-1.1", file))
        {
            TextFieldType = FieldType.Delimited, Delimiters = [","], HasFieldsEnclosedInQuotes = true,
        };
        var header = parser.ReadFields()!;
        var rows = new List<IReadOnlyDictionary<string, string>>();
        while (parser.ReadFields() is { } fields)
        {
            rows.Add(header.Select((h, i) => (h, v: i < fields.Length ? fields[i] : "")).ToDictionary(x => x.h, x => x.v));
        }

        return rows;
    }
}
