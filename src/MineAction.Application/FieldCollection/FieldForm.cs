using MineAction.Domain.DataImport;

namespace MineAction.Application.FieldCollection;

/// <summary>
/// A form for ODK Collect or KoboToolbox, in XLSForm terms: its questions (the survey sheet), the choice lists its selects use and its
/// settings. Its question names are the columns of the import it feeds, so the tool's submission export imports as <see cref="RecordType"/>.
/// </summary>
public sealed record FieldForm(string Id, string Title, string Version, ImportRecordType RecordType, IReadOnlyList<FormQuestion> Survey,
    IReadOnlyList<FormChoice> Choices)
{
    /// <summary>The form_id ODK Central and KoboToolbox know it by.</summary>
    public string FormId => $"mineaction_{Id.Replace('-', '_')}";
}

/// <summary>One row of the survey sheet.</summary>
public sealed record FormQuestion(string Type, string Name, string Label, string? Hint, bool Required, string? Constraint = null,
    string? ConstraintMessage = null, string? Relevant = null, string? Default = null, string? Calculation = null);

/// <summary>One row of the choices sheet.</summary>
public sealed record FormChoice(string ListName, string Name, string Label);

/// <summary>The forms the app publishes: what each records, and the record type of its repeat (one row per casualty…), if any.</summary>
public sealed record FieldFormSummary(string Id, string Title, ImportRecordType RecordType, string Purpose, ImportRecordType? RepeatRecordType = null)
{
    /// <summary>The repeat group's name in the form (and in the name of ODK Central's export of it).</summary>
    public string? RepeatName => RepeatRecordType?.ToString().ToLowerInvariant();
}
