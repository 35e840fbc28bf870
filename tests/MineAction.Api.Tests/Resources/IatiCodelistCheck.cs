using System.Xml;
using System.Xml.Linq;
using System.Xml.XPath;

namespace MineAction.Api.Tests.Resources;

/// <summary>
/// Checks every coded value of an IATI activity file against the IATI codelists, as the IATI Validator does: the XPath → codelist pairs
/// (with their vocabulary conditions) come from the codelists' own mapping.xml, the codes from the lists in Schemas/iati-codelists-2.03
/// (see its SOURCE.md). Withdrawn codes fail too.
/// </summary>
public static class IatiCodelistCheck
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Schemas", "iati-codelists-2.03");

    private static readonly Lazy<Dictionary<string, Dictionary<string, bool>>> Lists = new(() =>
        Directory.EnumerateFiles(Folder, "*.xml", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(Path.GetDirectoryName(f)) is "embedded" or "non-embedded")
            .ToDictionary(f => Path.GetFileNameWithoutExtension(f), f => XDocument.Load(f).Descendants("codelist-item")
                .ToDictionary(i => i.Element("code")!.Value.Trim(), i => i.Attribute("status")?.Value == "withdrawn")));

    /// <summary>Resolves the <c>xml:</c> prefix of paths such as <c>//iati-activity/@xml:lang</c>.</summary>
    private static readonly XmlNamespaceManager Namespaces = new(new NameTable());

    private static readonly Lazy<List<(string Path, string List, string? Condition)>> Mappings = new(() =>
        [.. XDocument.Load(Path.Combine(Folder, "mapping.xml")).Descendants("mapping")
            .Select(m => (m.Element("path")!.Value, m.Element("codelist")!.Attribute("ref")!.Value, m.Element("condition")?.Value))]);

    /// <summary>The problems found, and the codelists that were checked (those with a value in the file and a copy here).</summary>
    public static (List<string> Problems, HashSet<string> Checked) Check(XDocument document)
    {
        var problems = new List<string>();
        var checkedLists = new HashSet<string>();
        foreach (var (path, list, condition) in Mappings.Value)
        {
            foreach (var node in ((IEnumerable<object>)document.XPathEvaluate(path, Namespaces)).ToList())
            {
                var (value, owner) = node switch
                {
                    XAttribute a => (a.Value, a.Parent!),
                    XElement e => (e.Value, e),
                    _ => (string.Empty, document.Root!),
                };
                if (condition is not null && !(bool)owner.XPathEvaluate($"boolean({condition})", Namespaces))
                {
                    continue;
                }

                if (!Lists.Value.TryGetValue(list, out var codes))
                {
                    continue;
                }

                checkedLists.Add(list);
                if (!codes.TryGetValue(value, out var withdrawn))
                {
                    problems.Add($"{path} = '{value}' is not in the {list} codelist");
                }
                else if (withdrawn)
                {
                    problems.Add($"{path} = '{value}' is withdrawn from the {list} codelist");
                }
            }
        }

        return (problems, checkedLists);
    }
}
