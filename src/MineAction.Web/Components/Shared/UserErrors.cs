using FluentValidation;
using Microsoft.EntityFrameworkCore;
using MineAction.Application.Security;
using MineAction.Domain.Common;

namespace MineAction.Web.Components.Shared;

/// <summary>The sentence to show a user for an error they can act on; null for anything else (which then surfaces as a failure).</summary>
public static class UserErrors
{
    public static string? Describe(Exception exception) => exception switch
    {
        ValidationException v => string.Join(" ", v.Errors.Select(e => e.ErrorMessage).Distinct()),
        PreconditionFailedException or DbUpdateConcurrencyException =>
            "This record was changed by someone else. Reload it and apply your change again.",
        DomainRuleViolation or ForbiddenException or NotFoundException or ConflictException => exception.Message,
        _ => null,
    };

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
