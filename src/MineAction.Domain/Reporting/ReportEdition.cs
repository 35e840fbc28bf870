namespace MineAction.Domain.Reporting;

/// <summary>
/// A year's Article 7 report as it was submitted: the report exactly as it printed (JSON), the records behind every figure, who
/// submitted it, when, and the SHA-256 of its content. Editions are numbered per convention and year and are never changed or
/// deleted (the database refuses both); a correction is a new edition.
/// </summary>
public sealed class ReportEdition
{
    private ReportEdition()
    {
    }

    public ReportEdition(Convention convention, int year, int number, string content, string cells, string submittedBy, DateTimeOffset submittedAt)
    {
        Id = Guid.CreateVersion7();
        Convention = convention;
        Year = year;
        Number = number;
        Content = content;
        Cells = cells;
        ContentSha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(content)));
        SubmittedBy = submittedBy;
        SubmittedAt = submittedAt;
    }

    public Guid Id { get; private set; }
    public Convention Convention { get; private set; }
    public int Year { get; private set; }
    public int Number { get; private set; }

    /// <summary>The report as JSON, byte for byte as it was submitted.</summary>
    public string Content { get; private set; } = string.Empty;

    /// <summary>The records behind every figure (JSON: cell → records), to say which records changed a figure since.</summary>
    public string Cells { get; private set; } = string.Empty;

    public string ContentSha256 { get; private set; } = string.Empty;
    public string SubmittedBy { get; private set; } = string.Empty;
    public DateTimeOffset SubmittedAt { get; private set; }
}
