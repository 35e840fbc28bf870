using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using MineAction.Application.Abstractions;

namespace MineAction.Web.Security;

/// <summary>The user of this scope: the HTTP request's, or in a Blazor circuit the circuit's.</summary>
public sealed class CurrentUser(IHttpContextAccessor http, CircuitUser circuit) : ICurrentUser
{
    private ClaimsPrincipal? Principal => circuit.Principal ?? http.HttpContext?.User;

    public string Name => Principal?.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name } ? name : "anonymous";

    public Guid? UserId =>
        Guid.TryParse(Principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public Guid? OrganisationId =>
        Guid.TryParse(Principal?.FindFirstValue(MineActionClaims.OrganisationId), out var id) ? id : null;

    public bool IsInRole(string role) => Principal?.IsInRole(role) == true;
}

/// <summary>Holds the circuit's user: Blazor Server has no HttpContext once the circuit runs.</summary>
public sealed class CircuitUser
{
    public ClaimsPrincipal? Principal { get; set; }
}

/// <summary>Copies the authentication state into <see cref="CircuitUser"/> before each piece of circuit work.</summary>
public sealed class CircuitUserHandler(CircuitUser holder, AuthenticationStateProvider authentication) : CircuitHandler
{
    public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        holder.Principal = (await authentication.GetAuthenticationStateAsync()).User;
        authentication.AuthenticationStateChanged += async state => holder.Principal = (await state).User;
    }

    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            holder.Principal = (await authentication.GetAuthenticationStateAsync()).User;
            await next(context);
        };
}
