using System.Globalization;

namespace MineAction.Ui.Tests.Components;

/// <summary>Runs a check as a person of another language sees the app (culture and UI culture, as the app's localisation sets them), then restores them.</summary>
internal static class InLanguage
{
    public static void Run(string language, Action check)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(language);
            check();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }
}
