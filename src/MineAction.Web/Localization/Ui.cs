using System.Globalization;
using System.Resources;

namespace MineAction.Web.Localization;

/// <summary>
/// The user interface's texts: <c>IStringLocalizer&lt;Ui&gt;</c> with the English text as the key, translated in Ui.fr.resx and Ui.ar.resx
/// beside this file (a text missing there shows in English).
/// </summary>
public sealed class Ui
{
    private static readonly ResourceManager Texts = new(typeof(Ui).FullName!, typeof(Ui).Assembly);

    /// <summary>
    /// The English text in the current UI language, for code without an injected localizer (the labels of enum values); the text itself
    /// when it has no translation.
    /// </summary>
    public static string Translate(string english)
    {
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        return language == Languages.Default || !Languages.IsSupported(language) ? english : Texts.GetString(english, CultureInfo.CurrentUICulture) ?? english;
    }

    /// <summary>A text with placeholders (<c>{0}</c>) in the current UI language, filled with the arguments formatted in its culture.</summary>
    public static string Translate(string english, params object?[] arguments) =>
#pragma warning disable CA1863 // the format is the translation of the moment, one per language: nothing to cache
        string.Format(CultureInfo.CurrentCulture, Translate(english), arguments);
#pragma warning restore CA1863
}
