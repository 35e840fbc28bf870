using System.Globalization;
using FluentValidation;
using MineAction.Application.Common;

namespace MineAction.Domain.Tests.Common;

/// <summary>Validation messages quote values as a client sends them: ISO dates and decimal points, whatever the server's culture.</summary>
public sealed class MessageFormatTests
{
    private sealed record Probe(DateOnly Date, decimal Amount);

    private sealed class ProbeValidator : AbstractValidator<Probe>
    {
        public ProbeValidator()
        {
            RuleFor(p => p.Date).GreaterThanOrEqualTo(new DateOnly(2026, 1, 31));
            RuleFor(p => p.Amount).LessThanOrEqualTo(1234.5m);
        }
    }

    [Fact]
    public void Dates_and_numbers_in_messages_are_iso_in_any_culture()
    {
        var culture = CultureInfo.CurrentCulture;
        var uiCulture = CultureInfo.CurrentUICulture;
        var factory = ValidatorOptions.Global.MessageFormatterFactory;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("de-DE");
            ValidatorOptions.Global.MessageFormatterFactory = () => new IsoMessageFormatter();
            var errors = new ProbeValidator().Validate(new Probe(new DateOnly(2025, 1, 1), 99999m)).Errors.Select(e => e.ErrorMessage).ToList();
            Assert.Contains(errors, m => m.Contains("2026-01-31", StringComparison.Ordinal));
            Assert.Contains(errors, m => m.Contains("1234.5", StringComparison.Ordinal));
        }
        finally
        {
            ValidatorOptions.Global.MessageFormatterFactory = factory;
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }

    [Fact]
    public void The_application_installs_the_iso_formatter()
    {
        Application.DependencyInjection.AddApplication(new Microsoft.Extensions.DependencyInjection.ServiceCollection());
        Assert.IsType<IsoMessageFormatter>(ValidatorOptions.Global.MessageFormatterFactory());
    }
}
