using MineAction.Domain.Common;
using MineAction.Web.Components.Pages.Review;
using MineAction.Web.Security;
using MudBlazor;

namespace MineAction.Ui.Tests.Components;

/// <summary>The information manager's review inbox (issue #18, item 4): operators' submissions listed, approved or returned from one page.</summary>
public sealed class ReviewInboxPageTests(UiDatabase database)
    : PageTests(database, "im@tarsenia.example", Roles.InformationManager, Policies.Reader, Policies.Reviewer)
{
    private IRenderedComponent<ReviewInboxPage> Open()
    {
        Ctx.Render<MudPopoverProvider>();
        return Ctx.Render<ReviewInboxPage>();
    }

    private static AngleSharp.Dom.IElement RowOf(IRenderedComponent<ReviewInboxPage> page, string name) =>
        page.FindAll("[data-testid=submissions] tbody tr").Single(r => r.TextContent.Contains(name, StringComparison.Ordinal));

    [Fact]
    public void Ticked_submissions_are_approved_together_and_leave_the_inbox()
    {
        var first = UiRecords.Sha(Database, approved: false, "Inbox field north");
        var second = UiRecords.Sha(Database, approved: false, "Inbox field south");
        var page = Open();
        page.WaitForAssertion(() => Assert.Contains("Hazardous area: ", page.Find("[data-testid=count-HazardousArea]").TextContent, StringComparison.Ordinal),
            TimeSpan.FromSeconds(10));
        page.WaitForAssertion(() => RowOf(page, "Inbox field south"), TimeSpan.FromSeconds(10));

        RowOf(page, "Inbox field north").QuerySelector("input[type=checkbox]")!.Change(true);
        RowOf(page, "Inbox field south").QuerySelector("input[type=checkbox]")!.Change(true);
        page.WaitForAssertion(() => Assert.Contains("(2)", page.Find("[data-testid=approve-selected]").TextContent, StringComparison.Ordinal));
        page.Find("[data-testid=approve-selected]").Click();

        page.WaitForAssertion(() => Assert.Equal(ApprovalStatus.Approved, UiRecords.StatusOf(Database, second)), TimeSpan.FromSeconds(10));
        Assert.Equal(ApprovalStatus.Approved, UiRecords.StatusOf(Database, first));
        page.WaitForAssertion(() => Assert.DoesNotContain("Inbox field", page.Find("[data-testid=submissions]").TextContent, StringComparison.Ordinal),
            TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void A_submission_opened_in_place_is_returned_only_with_a_comment()
    {
        var hazard = UiRecords.Sha(Database, approved: false, "Inbox field to correct");
        var page = Open();
        page.WaitForAssertion(() => RowOf(page, "Inbox field to correct").Click(), TimeSpan.FromSeconds(10));
        page.WaitForAssertion(() => Assert.Contains("Inbox field to correct", page.Find("[data-testid=open-submission]").TextContent, StringComparison.Ordinal));

        page.Find("[data-testid=return-open]").Click();
        page.WaitForAssertion(() => Assert.Contains("correct", page.Find("[data-testid=review-error]").TextContent, StringComparison.Ordinal),
            TimeSpan.FromSeconds(10));
        Assert.Equal(ApprovalStatus.Submitted, UiRecords.StatusOf(Database, hazard));

        page.Find("textarea[data-testid=review-comment]").Change("The polygon crosses the road");
        page.Find("[data-testid=return-open]").Click();
        page.WaitForAssertion(() => Assert.Equal(ApprovalStatus.Returned, UiRecords.StatusOf(Database, hazard)), TimeSpan.FromSeconds(10));
    }
}
