using Microsoft.AspNetCore.Identity;

namespace MineAction.Infrastructure.Identity;

/// <summary>A person who signs in; linked to the organisation they work for.</summary>
public sealed class ApplicationUser : IdentityUser<Guid>
{
    public const int MaxDisplayNameLength = 200;

    public ApplicationUser()
    {
        Id = Guid.CreateVersion7();
        SecurityStamp = Guid.NewGuid().ToString();
    }

    public string DisplayName { get; set; } = string.Empty;

    public Guid? OrganisationId { get; set; }
}
