namespace MineAction.Domain.Common;

/// <summary>
/// A business rule of the mine-action domain was broken (IMAS, NMAA policy, lifecycle).
/// Mapped to HTTP 422 with the stable rule <see cref="Code"/>.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1710", Justification = "Named after the domain concept (a rule of IMAS or the NMAA was broken); every handler and test reads it so.")]
public sealed class DomainRuleViolation : Exception
{
    public DomainRuleViolation(string code, string message, string? field = null)
        : base(message)
    {
        Code = code;
        Field = field;
    }

    /// <summary>Stable, machine-readable rule code, e.g. <c>HAZARD_ALREADY_CONFIRMED</c>.</summary>
    public string Code { get; }

    /// <summary>The request field the rule concerns, when there is one (camelCase).</summary>
    public string? Field { get; }
}
