using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace MineAction.Web.Components.Shared;

/// <summary>
/// Base of the pages and forms: today's date comes from the injected <see cref="TimeProvider"/> (the one the use cases use, which
/// tests can move), never from the machine's clock.
/// </summary>
public abstract class AppComponent : ComponentBase
{
    [Inject]
    protected TimeProvider Clock { get; set; } = null!;

    /// <summary>The interface's texts in the person's language (<see cref="Localization.Ui"/>).</summary>
    [Inject]
    protected Microsoft.Extensions.Localization.IStringLocalizer<Localization.Ui> T { get; set; } = null!;

    [Inject]
    private IAuthorizationService PolicyEvaluator { get; set; } = null!;

    [CascadingParameter]
    private Task<AuthenticationState>? SignedIn { get; set; }

    /// <summary>
    /// Whether the signed-in user satisfies <paramref name="policy"/> — the one the API asks of the same change: a page offers only
    /// the changes the user may make (a donor or viewer sees a record, not a Save button that would be refused).
    /// </summary>
    protected async Task<bool> AllowedAsync(string policy) =>
        SignedIn is not null && (await PolicyEvaluator.AuthorizeAsync((await SignedIn).User, policy)).Succeeded;

    /// <summary>Today (UTC, as the rules see it) for date pickers.</summary>
    protected DateTime Today => TodayDate.ToDateTime(TimeOnly.MinValue);

    protected DateOnly TodayDate => Clock.Today();

    protected override void OnInitialized() => SetDefaultDates();

    /// <summary>Why the page's record is not shown (it does not exist, or the user may not see it); null once it is loaded.</summary>
    protected string? NotFound { get; private set; }

    /// <summary>False until the page's record has been read once (found or not): the page shows a <c>LoadingPlaceholder</c> meanwhile.</summary>
    protected bool Loaded { get; private set; }

    /// <summary>Loads the page's record; a record that is not there becomes <see cref="NotFound"/> (a notice, not a failed page).</summary>
    protected async Task LoadOrNotFoundAsync(Func<Task> load)
    {
        try
        {
            NotFound = null;
            await load();
        }
        catch (Application.Common.NotFoundException ex)
        {
            NotFound = ex.Message;
        }
        finally
        {
            Loaded = true;
        }
    }

    /// <summary>Sets the form fields that default to a date relative to today (the clock is injected by now).</summary>
    protected virtual void SetDefaultDates()
    {
    }
}
