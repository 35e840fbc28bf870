using CsCheck;
using MineAction.Domain.Common;

namespace MineAction.Domain.Tests.Common;

public sealed class SaddTests
{
    [Fact]
    public void Totals_add_up_by_sex_and_age() =>
        Gen.Select(Gen.Int[0, 1000], Gen.Int[0, 1000], Gen.Int[0, 1000], Gen.Int[0, 1000]).Sample((g, b, w, m) =>
        {
            var sadd = new Sadd(g, b, w, m);
            Assert.Equal(g + b + w + m, sadd.Total);
            Assert.Equal(sadd.Total, sadd.Female + sadd.Male);
            sadd.EnsureValid("x");
        });

    [Fact]
    public void Counts_beyond_the_range_are_refused() =>
        Assert.Equal("x.men", Assert.Throws<DomainRuleViolation>(() => new Sadd(0, 0, 0, Sadd.MaxPerGroup + 1).EnsureValid("x")).Field);
}
