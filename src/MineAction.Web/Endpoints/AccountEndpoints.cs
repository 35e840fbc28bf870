using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using MineAction.Infrastructure.Identity;

namespace MineAction.Web.Endpoints;

/// <summary>Cookie sign-in and sign-out for the web UI (form posts with antiforgery tokens).</summary>
public static class AccountEndpoints
{
    public static void MapAccount(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/account").ExcludeFromDescription();

        group.MapPost("/login", async ([FromForm] string? email, [FromForm] string? password, [FromForm] string? returnUrl,
            SignInManager<ApplicationUser> signIn) =>
        {
            var back = IsLocal(returnUrl) ? returnUrl! : "/";
            var result = string.IsNullOrEmpty(email) || string.IsNullOrEmpty(password)
                ? Microsoft.AspNetCore.Identity.SignInResult.Failed
                : await signIn.PasswordSignInAsync(email, password, isPersistent: false, lockoutOnFailure: true);
            if (result.Succeeded)
            {
                return Results.LocalRedirect(back);
            }

            // The same answer for a wrong password, an unknown e-mail and a locked account: it must not tell which e-mails exist.
            return Results.LocalRedirect($"/account/login?error=invalid&returnUrl={Uri.EscapeDataString(back)}");
        });

        group.MapPost("/logout", async (SignInManager<ApplicationUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/account/login");
        }).RequireAuthorization();
    }

    /// <summary>A path of this site, by the very rule LocalRedirect applies (so "/\t/evil.example", which browsers read as "//evil.example", is not).</summary>
    private static bool IsLocal(string? url) => Microsoft.AspNetCore.Http.HttpResults.RedirectHttpResult.IsLocalUrl(url);
}
