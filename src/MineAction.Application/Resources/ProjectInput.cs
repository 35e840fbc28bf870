namespace MineAction.Application.Resources;

/// <summary>The fields of a project as a request gives them; the create and update commands extend it, so the body is the command.</summary>
public record ProjectInput(string? Title = null, string? Description = null, Guid? ImplementingOrganisationId = null, DateOnly? StartDate = null,
    DateOnly? EndDate = null, decimal? Budget = null, string? BudgetCurrency = null, Guid? ProvinceId = null)
{
    public ProjectDetails ToDetails() => new(Title!, Description, ImplementingOrganisationId!.Value, StartDate!.Value, EndDate!.Value,
        new Money(Budget!.Value, CurrencyCode.Of(BudgetCurrency!.ToUpperInvariant(), "budgetCurrency")), ProvinceId);
}

internal sealed class ProjectInputValidator : AbstractValidator<ProjectInput>
{
    public ProjectInputValidator()
    {
        RuleFor(p => p.Title).NotEmpty().MaximumLength(Project.MaxTitleLength);
        RuleFor(p => p.Description).MaximumLength(4000);
        RuleFor(p => p.ImplementingOrganisationId).NotNull();
        RuleFor(p => p.StartDate).NotNull();
        RuleFor(p => p.EndDate).NotNull().GreaterThanOrEqualTo(p => p.StartDate).When(p => p.StartDate is not null);
        RuleFor(p => p.Budget).NotNull().GreaterThanOrEqualTo(0);
        RuleFor(p => p.BudgetCurrency).NotEmpty().Must(c => CurrencyCode.IsKnown(c?.ToUpperInvariant()))
            .WithMessage("'budgetCurrency' must be an ISO 4217 code such as USD, EUR or JPY.");
    }
}

internal static class ProjectChecks
{
    public static async Task EnsureReferencesAsync(IMineActionDb db, ProjectInput p, CancellationToken ct)
    {
        await db.EnsureOrganisationAsync(p.ImplementingOrganisationId, "implementingOrganisationId", ct);
        await db.EnsureProvinceAsync(p.ProvinceId, "provinceId", ct);
    }
}
