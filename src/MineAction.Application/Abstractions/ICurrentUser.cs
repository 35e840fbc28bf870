namespace MineAction.Application.Abstractions;

/// <summary>Who is making the request; recorded in createdBy/updatedBy/archivedBy.</summary>
public interface ICurrentUser
{
    string Name { get; }
}
