using System.Collections.Frozen;
using System.Xml.Linq;

namespace MineAction.Application.Resources;

/// <summary>
/// One IATI codelist (the XML format of IATI-Codelists), read from the copies embedded in this assembly (Resources/IatiCodelists,
/// source in its SOURCE.md). Used to refuse settings and identifiers an IATI reader would reject.
/// </summary>
public sealed class IatiCodelist
{
    private readonly FrozenDictionary<string, Item> _items;

    private IatiCodelist(string name, IEnumerable<Item> items)
    {
        Name = name;
        _items = items.ToFrozenDictionary(i => i.Code, StringComparer.Ordinal);
    }

    public static IatiCodelist Country { get; } = Load("Country");
    public static IatiCodelist OrganisationRegistrationAgency { get; } = Load("OrganisationRegistrationAgency");
    public static IatiCodelist OrganisationType { get; } = Load("OrganisationType");
    public static IatiCodelist GeographicVocabulary { get; } = Load("GeographicVocabulary");
    public static IatiCodelist Region { get; } = Load("Region");

    public string Name { get; }

    public IEnumerable<Item> Items => _items.Values;

    /// <summary>Whether the code is listed and not withdrawn.</summary>
    public bool IsActive(string code) => _items.TryGetValue(code, out var item) && !item.Withdrawn;

    /// <summary>Why an IATI reader would refuse the code, or null when it is listed and active.</summary>
    public string? Problem(string code) =>
        !_items.TryGetValue(code, out var item) ? $"'{code}' is not a code of the IATI {Name} codelist."
        : item.Withdrawn ? $"'{code}' ({item.Name}) is withdrawn from the IATI {Name} codelist."
        : null;

    private static IatiCodelist Load(string name)
    {
        using var stream = typeof(IatiCodelist).Assembly.GetManifestResourceStream($"IatiCodelists.{name}.xml")
            ?? throw new InvalidOperationException($"The IATI codelist {name} is not embedded.");
        var items = XDocument.Load(stream).Descendants("codelist-item").Select(i => new Item(
            i.Element("code")!.Value.Trim(),
            i.Element("name")?.Element("narrative")?.Value.Trim() ?? string.Empty,
            i.Attribute("status")?.Value == "withdrawn",
            i.Element("category")?.Value.Trim()));
        return new IatiCodelist(name, items);
    }

    public sealed record Item(string Code, string Name, bool Withdrawn, string? Category);
}

/// <summary>
/// An IATI organisation identifier: a prefix from the OrganisationRegistrationAgency codelist (e.g. <c>XM-DAC</c>, <c>GB-CHC</c>),
/// a hyphen, and the organisation's number in that register (<c>XM-DAC-41114</c>, <c>GB-CHC-1001813</c>).
/// </summary>
public static class IatiOrganisationIdentifier
{
    public const string Example = "XM-DAC-41114 (UNDP) or GB-CHC-1001813 (a UK charity)";

    private static readonly IatiCodelist.Item[] Agencies =
        [.. IatiCodelist.OrganisationRegistrationAgency.Items.OrderByDescending(a => a.Code.Length)];

    /// <summary>Why the identifier is not one an IATI reader accepts, or null when its registration agency is listed and active.</summary>
    public static string? Problem(string identifier)
    {
        var agency = Agencies.FirstOrDefault(a => identifier.Length > a.Code.Length + 1
            && identifier.StartsWith(a.Code + "-", StringComparison.Ordinal));
        return agency is null
            ? $"'{identifier}' does not start with a registration agency of the IATI OrganisationRegistrationAgency codelist and a hyphen, e.g. {Example}."
            : agency.Withdrawn ? $"'{identifier}' uses the registration agency {agency.Code} ({agency.Name}), withdrawn from the IATI codelist."
            : identifier.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)) ? $"'{identifier}' contains spaces; an IATI identifier has none."
            : null;
    }
}
