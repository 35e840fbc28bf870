using MineAction.Application.Abstractions;
using MineAction.Application.Security;

namespace MineAction.Ui.Tests.Components;

/// <summary>The information manager, as the circuit's current user.</summary>
public sealed class TestUser : ICurrentUser
{
    public string Name => "im@tarsenia.example";

    public Guid? UserId => null;

    public Guid? OrganisationId => null;

    public bool IsInRole(string role) => role == Roles.InformationManager;
}
