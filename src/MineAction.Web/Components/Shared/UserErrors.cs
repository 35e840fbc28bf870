using System.Text.RegularExpressions;
using MineAction.Web.Errors;

namespace MineAction.Web.Components.Shared;

/// <summary>Pages say what went wrong in the words of the one <see cref="ErrorVocabulary"/> the API uses too.</summary>
public static partial class UserErrors
{
    /// <summary>The sentence to show a user for an error they can act on; null for anything else (which then surfaces as a failure).</summary>
    public static string? Describe(Exception exception) => ErrorVocabulary.Describe(exception) is { } error
        ? error.Status == StatusCodes.Status412PreconditionFailed ? UserError.ChangedByOthers : ForPeople(error.Sentence)
        : null;

    /// <summary>
    /// A message as a person reads it: the API's field names (<c>'recordedOn'</c>, <c>'casualties[0].dateOfBirth'</c>) become the
    /// words of the form's labels ("Recorded on", "Date of birth"); references lose their "id" (<c>'provinceId'</c> → "Province").
    /// </summary>
    public static string ForPeople(string message) => ApiFieldName().Replace(message, m =>
    {
        var name = m.Groups["name"].Value;
        if (name.Length > 2 && name.EndsWith("Id", StringComparison.Ordinal))
        {
            name = name[..^2];
        }

        return Words.OfName(char.ToUpperInvariant(name[0]) + name[1..]);
    });

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

    /// <summary>A quoted camelCase field name, possibly a path into the request (the last segment is the field).</summary>
    [GeneratedRegex(@"'(?:[a-z][A-Za-z0-9]*(?:\[\d+\])?\.)*(?<name>[a-z][A-Za-z0-9]*)(?:\[\d+\])?'")]
    private static partial Regex ApiFieldName();
}
