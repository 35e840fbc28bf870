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

    [Theory]
    [InlineData("'recordedOn' must not be empty.", "Recorded on must not be empty.")]
    [InlineData("'provinceId' is not a province.", "Province is not a province.")]
    [InlineData("'casualties[1].dateOfBirth' must be in the past.", "Date of birth must be in the past.")]
    [InlineData("Constraint 'ix_hazards_code' was violated.", "Constraint 'ix_hazards_code' was violated.")]
    [InlineData("Status must be 'InProgress'.", "Status must be 'InProgress'.")]
    public void Validation_messages_name_the_form_s_fields_not_the_api_s(string message, string shown) =>
        Assert.Equal(shown, UserErrors.ForPeople(message));

    [Fact]
    public void Every_date_on_screen_reads_the_same_whatever_the_server_s_culture()
    {
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("ar-SA");
            Assert.Equal("2024-03-01", Labels.Day(new DateOnly(2024, 3, 1)));
            Assert.Equal("—", Labels.Day(null));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }
    }
}
