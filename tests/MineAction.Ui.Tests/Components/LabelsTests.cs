using MineAction.Domain.Common;
using MineAction.Domain.Hazards;
using MineAction.Domain.LandRelease;
using MineAction.Web.Components.Shared;

namespace MineAction.Ui.Tests.Components;

/// <summary>Enum values are shown in words, not as code names (issue #18, item 5: "InProgress", "BAC" on screen).</summary>
public sealed class LabelsTests
{
    [Fact]
    public void Statuses_and_activity_types_read_as_words_and_acronyms_stay()
    {
        Assert.Equal("In progress", Labels.Of(ActivityStatus.InProgress));
        Assert.Equal("Closed released", Labels.Of(HazardStatus.ClosedReleased));
        Assert.Equal("Battle area clearance", Labels.Of(ActivityType.BAC));
        Assert.Equal("EOD spot task", Labels.Of(ActivityType.EOD));
        Assert.Equal("NTS", Labels.Of(ActivityType.NTS));
        Assert.Equal("SHA", Labels.Of(HazardType.SHA));
        Assert.Equal("Submitted", Labels.Of(ApprovalStatus.Submitted));
    }
}
