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

    [Theory]
    [InlineData("en", "1 Mar 2024", "1 Mar 2024 14:05")]
    [InlineData("fr", "1 mars 2024", "1 mars 2024 14:05")]
    [InlineData("ar", "1 مارس 2024", "1 مارس 2024 14:05")]
    public void Every_date_on_screen_has_one_form_in_the_person_s_language(string language, string day, string moment) => InLanguage.Run(language, () =>
    {
        Assert.Equal(day, Labels.Day(new DateOnly(2024, 3, 1)));
        Assert.Equal(day, Labels.Day(new DateTime(2024, 3, 1, 14, 5, 0, DateTimeKind.Utc)));
        Assert.Equal(moment, Labels.Moment(new DateTimeOffset(2024, 3, 1, 14, 5, 0, TimeSpan.Zero)));
        Assert.Equal("—", Labels.Day((DateOnly?)null));
        Assert.Equal(day, DayInput.Converter.Convert(new DateTime(2024, 3, 1, 0, 0, 0, DateTimeKind.Unspecified)));
    });

    [Theory]
    [InlineData("en", "1 Mar 2024")]
    [InlineData("en", "1 March 2024")]
    [InlineData("en", "2024-03-01")]
    [InlineData("fr", "1 mars 2024")]
    [InlineData("fr", "01/03/2024")]
    [InlineData("fr", "2024-03-01")]
    [InlineData("ar", "1 مارس 2024")]
    [InlineData("ar", "1/3/2024")]
    [InlineData("ar", " 2024-03-01 ")]
    public void A_date_picker_reads_the_form_it_shows_iso_and_a_day_first_short_form(string language, string typed) => InLanguage.Run(language, () =>
        Assert.Equal(new DateTime(2024, 3, 1, 0, 0, 0, DateTimeKind.Unspecified), DayInput.Converter.ConvertBack(typed)));

    [Theory]
    [InlineData("en", "3/1/2024")]
    [InlineData("en", "31 Feb 2024")]
    [InlineData("fr", "2024-13-01")]
    [InlineData("ar", "yesterday")]
    public void A_date_picker_refuses_a_month_first_or_impossible_date_saying_how_to_type_it(string language, string typed) => InLanguage.Run(language, () =>
    {
        var refused = Assert.Throws<InvalidOperationException>(() => DayInput.Converter.ConvertBack(typed));
        Assert.Contains("2026-03-31", refused.Message, StringComparison.Ordinal);
    });

    [Fact]
    public void Every_day_of_four_years_goes_through_a_date_picker_unchanged_in_every_language()
    {
        foreach (var language in new[] { "en", "fr", "ar" })
        {
            InLanguage.Run(language, () =>
            {
                for (var day = new DateTime(2023, 1, 1, 0, 0, 0, DateTimeKind.Unspecified); day.Year < 2027; day = day.AddDays(1))
                {
                    Assert.Equal(day, DayInput.Converter.ConvertBack(DayInput.Converter.Convert(day)));
                }
            });
        }

        Assert.Null(DayInput.Converter.ConvertBack("  "));
    }
}
