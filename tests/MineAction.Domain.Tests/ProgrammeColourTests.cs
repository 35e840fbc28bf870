using MineAction.Domain.Common;
using MineAction.Domain.Programme;

namespace MineAction.Domain.Tests;

/// <summary>The programme's colour keeps white text readable (WCAG contrast ≥ 4.5:1) and is written #RRGGBB.</summary>
public sealed class ProgrammeColourTests
{
    [Theory]
    [InlineData("#FFFFFF", 1.0)]
    [InlineData("#000000", 21.0)]
    [InlineData("#1F4E5F", 9.08)]
    public void The_contrast_with_white_is_wcag_s(string colour, double contrast) =>
        Assert.Equal(contrast, ProgrammeColour.ContrastWithWhite(colour), 2);

    [Theory]
    [InlineData("#ffd54f", "COLOUR_UNREADABLE")]
    [InlineData("#767676", null)]
    [InlineData("#777777", "COLOUR_UNREADABLE")]
    [InlineData("1F4E5F", "COLOUR_INVALID")]
    [InlineData("#1F4E5G", "COLOUR_INVALID")]
    public void A_colour_white_text_cannot_be_read_on_is_refused(string colour, string? code)
    {
        if (code is null)
        {
            Assert.Equal(colour.ToUpperInvariant(), ProgrammeColour.Of(colour));
            return;
        }

        Assert.Equal(code, Assert.Throws<DomainRuleViolation>(() => ProgrammeColour.Of(colour)).Code);
    }
}
