using MineAction.Application.Abstractions;

namespace MineAction.Ui.Tests.Components;

/// <summary>The circuit's current user: the information manager unless another demo user and role are given.</summary>
public sealed class TestUser(string name = "im@tarsenia.example", string userRole = Roles.InformationManager) : ICurrentUser
{
    public string Name => name;

    public Guid? UserId => null;

    public Guid? OrganisationId => null;

    public bool IsInRole(string role) => role == userRole;
}
