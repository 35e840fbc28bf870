namespace MineAction.Domain.Reporting;

public enum Convention
{
    /// <summary>The Anti-Personnel Mine Ban Convention (Ottawa).</summary>
    Apmbc,

    /// <summary>The Convention on Cluster Munitions (Oslo).</summary>
    Ccm,
}

/// <summary>
/// The State's own words for a form of a year's Article 7 report that figures cannot fill — national implementation measures (Form A),
/// conversion or decommissioning of production facilities (APMBC Form E, CCM Form K) — kept per convention, year and form, edited and audited.
/// </summary>
public sealed class ReportNarrative : Entity
{
    public const int MaxTextLength = 20_000;

    /// <summary>The forms that take free text, per convention.</summary>
    public static readonly IReadOnlyDictionary<Convention, string[]> Forms = new Dictionary<Convention, string[]>
    {
        [Convention.Apmbc] = ["A", "E"],
        [Convention.Ccm] = ["A", "K"],
    };

    private ReportNarrative()
    {
    }

    public ReportNarrative(Convention convention, int year, string form, string text)
    {
        if (!Forms[convention].Contains(form, StringComparer.Ordinal))
        {
            throw new DomainRuleViolation("FORM_HAS_NO_TEXT", $"Free text is kept for forms {string.Join(", ", Forms[convention])} of this convention.", "form");
        }

        Convention = convention;
        Year = year;
        Form = form;
        Rewrite(text);
    }

    public Convention Convention { get; private set; }
    public int Year { get; private set; }
    public string Form { get; private set; } = string.Empty;
    public string Text { get; private set; } = string.Empty;

    public void Rewrite(string text)
    {
        EnsureNotArchived();
        Text = text.Trim();
    }
}
