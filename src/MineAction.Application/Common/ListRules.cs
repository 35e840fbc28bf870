namespace MineAction.Application.Common;

/// <summary>Rules on lists of objects in a request.</summary>
public static class ListRules
{
    /// <summary>Refuses a list entry given as <c>null</c> (<c>[null]</c> in the JSON), naming it, before any other rule reads it.</summary>
    public static IRuleBuilderOptions<T, TItem> NoEmptyEntries<T, TItem>(this IRuleBuilderInitialCollection<T, TItem> rule)
        where TItem : class =>
        rule.NotNull().WithMessage("An entry of the list is empty (null).");
}
