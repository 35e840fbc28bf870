namespace MineAction.Application.Abstractions;

/// <summary>Who is making the request: recorded in createdBy/updatedBy and the audit trail, and used
/// to scope what an operator may see and change.</summary>
public interface ICurrentUser
{
    /// <summary>User name, or "anonymous"/"system" outside a signed-in request.</summary>
    string Name { get; }

    Guid? UserId { get; }

    /// <summary>The organisation the user works for (operators are scoped to it).</summary>
    Guid? OrganisationId { get; }

    bool IsInRole(string role);

    /// <summary>True for the system itself (migrations, demo seed, command-line tools): it reads every record.</summary>
    bool IsSystem => false;
}
