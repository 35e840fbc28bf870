using System.Globalization;

namespace MineAction.Application.Resources;

/// <summary>
/// Imports rates from CSV (<c>currency,date,usd_per_unit</c>, header optional): all or nothing — one bad row and nothing is stored,
/// and the answer lists every bad row.
/// </summary>
public static class ImportExchangeRates
{
    public sealed record Command(string? Csv) : ICommand<Result>;

    public sealed record Result(int Imported);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Csv).NotEmpty().MaximumLength(2_000_000);
    }

    public sealed class Handler(IMineActionDb db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command c, CancellationToken cancellationToken)
        {
            user.EnsureFinance();
            var today = clock.Today();
            var errors = new List<FluentValidation.Results.ValidationFailure>();
            var rates = new List<ExchangeRate>();
            var lines = c.Csv!.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i].Trim();
                if (line.Length == 0 || (i == 0 && line.StartsWith("currency", StringComparison.OrdinalIgnoreCase)))
                {
                    continue;
                }

                var field = $"rows[{i + 1}]";
                var cells = line.Split(',');
                if (cells.Length != 3 || !IsoDate.TryRead(cells[1].Trim(), out var date)
                    || !decimal.TryParse(cells[2].Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
                {
                    errors.Add(new(field, $"Line {i + 1}: expected currency,yyyy-MM-dd,usd_per_unit."));
                    continue;
                }

                try
                {
                    var rate = new ExchangeRate(CurrencyCode.Of(cells[0].Trim().ToUpperInvariant()), date, value, today);
                    if (rates.Any(r => r.Currency == rate.Currency && r.RateDate == rate.RateDate))
                    {
                        errors.Add(new(field, $"Line {i + 1}: {rate.Currency} {date:yyyy-MM-dd} appears twice."));
                        continue;
                    }

                    rates.Add(rate);
                }
                catch (DomainRuleViolation v)
                {
                    errors.Add(new(field, $"Line {i + 1}: {v.Message}"));
                }
            }

            var keys = rates.Select(r => r.Currency + r.RateDate.ToString("yyyyMMdd", CultureInfo.InvariantCulture)).ToList();
            var existing = await db.ExchangeRates.Where(r => rates.Select(x => x.Currency).Contains(r.Currency))
                .Select(r => new { r.Currency, r.RateDate }).ToListAsync(cancellationToken);
            foreach (var e in existing.Where(e => keys.Contains(e.Currency + e.RateDate.ToString("yyyyMMdd", CultureInfo.InvariantCulture))))
            {
                errors.Add(new("rows", $"{e.Currency} {e.RateDate:yyyy-MM-dd} is already recorded."));
            }

            if (errors.Count > 0)
            {
                throw new ValidationException(errors);
            }

            if (rates.Count == 0)
            {
                throw Invalid.Field("csv", "The file holds no rates.");
            }

            db.ExchangeRates.AddRange(rates);
            await db.SaveChangesAsync(cancellationToken);
            return new Result(rates.Count);
        }
    }
}
