using System.Linq.Expressions;

namespace MineAction.Application.Common;

/// <summary>Validator rule for a period filter given as <c>from</c> and <c>to</c> dates.</summary>
public static class PeriodRules
{
    /// <summary>'to', when given with 'from', is on or after it.</summary>
    public static void AddPeriodRule<T>(this AbstractValidator<T> validator, Func<T, DateOnly?> from, Expression<Func<T, DateOnly?>> to) =>
        validator.RuleFor(to).Must((q, end) => end is null || from(q) is not { } start || end >= start).WithName("to")
            .WithMessage("'to' is on or after 'from'.");
}
