namespace MineAction.Application.DataImport;

/// <summary>
/// A column an import reads: its name in the file (matched without regard to case), the request field it fills (so the API's own
/// validation messages land on it), whether it must be there, its HXL hashtag, a note for the template and, for coded values, the choices.
/// </summary>
public sealed record ImportColumn(string Name, string Field, bool Required, string Hxl, string Note, IReadOnlyList<string>? Choices = null)
{
    /// <summary>A victim's personal data: its value is never written to the problem report (or anywhere but its encrypted column).</summary>
    public bool Personal { get; init; }

    public static ImportColumn Choice<T>(string name, string field, bool required, string hxl, string note)
        where T : struct, Enum => new(name, field, required, hxl, note, Enum.GetNames<T>());
}
