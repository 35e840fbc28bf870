namespace MineAction.Web.Localization;

/// <summary>
/// The user interface's texts: <c>IStringLocalizer&lt;Ui&gt;</c> with the English text as the key, translated in Ui.fr.resx and Ui.ar.resx
/// beside this file (a text missing there shows in English).
/// </summary>
public sealed class Ui;
