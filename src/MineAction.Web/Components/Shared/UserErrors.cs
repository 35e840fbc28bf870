using MineAction.Web.Errors;

namespace MineAction.Web.Components.Shared;

/// <summary>Pages say what went wrong in the words of the one <see cref="ErrorVocabulary"/> the API uses too.</summary>
public static class UserErrors
{
    /// <summary>The sentence to show a user for an error they can act on; null for anything else (which then surfaces as a failure).</summary>
    public static string? Describe(Exception exception) => ErrorVocabulary.Describe(exception) is { } error
        ? error.Status == StatusCodes.Status412PreconditionFailed ? UserError.ChangedByOthers : error.Sentence
        : null;

    /// <summary>Runs a form's action; returns the sentence to show if it failed for a reason the user can act on, null if it worked.</summary>
    public static async Task<string?> TryAsync(Func<Task> action)
    {
        try
        {
            await action();
            return null;
        }
        catch (Exception ex) when (Describe(ex) is { } message)
        {
            return message;
        }
    }
}
