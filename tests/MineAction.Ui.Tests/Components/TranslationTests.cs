using System.Text.RegularExpressions;
using System.Xml.Linq;
using MineAction.Application.Common;

namespace MineAction.Ui.Tests.Components;

/// <summary>
/// Every text the pages put through the localizer (<c>T["…"]</c>, <c>Ui.Translate("…")</c>, keyed by its English words) has its French and its Arabic (issue #18,
/// item 6), the two files hold the same texts, and a translation keeps the placeholders its English has.
/// </summary>
public sealed partial class TranslationTests
{
    private static readonly string Web = Path.Combine(MineAction.Testing.Repository.Root, "src", "MineAction.Web");

    [Fact]
    public void Every_text_the_pages_translate_has_its_french_and_its_arabic()
    {
        var used = UsedKeys();
        Assert.True(used.Count > 500, $"{used.Count} texts found in the pages");
        foreach (var language in new[] { "fr", "ar" })
        {
            var translated = Translations(language);
            var missing = used.Where(k => !translated.TryGetValue(k, out var text) || string.IsNullOrWhiteSpace(text)).Order().ToList();
            Assert.True(missing.Count == 0, $"Ui.{language}.resx lacks: {string.Join(" | ", missing)}");
        }
    }

    [Fact]
    public void French_and_arabic_hold_the_same_texts_none_differing_only_in_case_with_the_same_placeholders()
    {
        var (french, arabic) = (Translations("fr"), Translations("ar"));
        Assert.Equal(french.Keys.Order(), arabic.Keys.Order());
        // Resource names are compared ignoring case when the resources are built: "Archived" and "archived" would lose one of them.
        Assert.Empty(french.Keys.GroupBy(k => k, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => string.Join(" / ", g)));
        foreach (var (key, text) in french.Concat(arabic))
        {
            var expected = Placeholder().Matches(key).Select(m => m.Value).Order();
            Assert.True(expected.SequenceEqual(Placeholder().Matches(text).Select(m => m.Value).Order()), $"'{text}' keeps the placeholders of '{key}'");
        }
    }

    /// <summary>
    /// Every value of every enum the pages show (statuses, outcomes, device categories, sectors, kinds of record…) reads in French and in
    /// Arabic; only acronyms (SHA, NTS, EORE…) and age ranges stay as they are.
    /// </summary>
    [Fact]
    public void Every_enum_value_the_pages_show_reads_in_french_and_in_arabic()
    {
        var labels = new[] { typeof(MineAction.Domain.Hazards.HazardousArea).Assembly, typeof(Words).Assembly }
            .SelectMany(a => a.GetExportedTypes())
            .Where(t => t.IsEnum && t != typeof(MineAction.Domain.People.AgeGroup)) // shown as ranges: 0–4, 5–11…
            .SelectMany(t => Enum.GetNames(t).Select(name => (Enum: t.Name, Label: Words.OfName(name))))
            .Where(e => e.Label.Any(char.IsLower))
            .ToList();
        foreach (var language in new[] { "fr", "ar" })
        {
            var translated = Translations(language);
            var missing = labels.Where(e => !translated.ContainsKey(e.Label)).Select(e => $"{e.Enum}: {e.Label}").Distinct().Order().ToList();
            Assert.True(missing.Count == 0, $"Ui.{language}.resx lacks {missing.Count}: {string.Join(" | ", missing)}");
        }
    }

    private static HashSet<string> UsedKeys() =>
    [
        .. Directory.EnumerateFiles(Web, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => Key().Matches(File.ReadAllText(f)).Select(m => Regex.Unescape(m.Groups[1].Value))),
    ];

    private static Dictionary<string, string> Translations(string language) =>
        XDocument.Load(Path.Combine(Web, "Localization", $"Ui.{language}.resx")).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!);

    [GeneratedRegex("""(?:\bT\[|\b(?:Translate|Sentence)\()"((?:[^"\\]|\\.)*)"[\],)]""")]
    private static partial Regex Key();

    [GeneratedRegex(@"\{[a-z0-9_]+\}")]
    private static partial Regex Placeholder();
}
