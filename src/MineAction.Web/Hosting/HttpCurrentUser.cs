using MineAction.Application.Abstractions;

namespace MineAction.Web.Hosting;

/// <summary>The signed-in user's name, or "anonymous" until sign-in exists.</summary>
public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    public string Name => accessor.HttpContext?.User.Identity?.Name is { Length: > 0 } name ? name : "anonymous";
}
