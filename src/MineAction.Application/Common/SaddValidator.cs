namespace MineAction.Application.Hazards;

public sealed class SaddValidator : AbstractValidator<Sadd>
{
    public SaddValidator()
    {
        RuleFor(s => s.Girls).InclusiveBetween(0, Sadd.MaxPerGroup);
        RuleFor(s => s.Boys).InclusiveBetween(0, Sadd.MaxPerGroup);
        RuleFor(s => s.Women).InclusiveBetween(0, Sadd.MaxPerGroup);
        RuleFor(s => s.Men).InclusiveBetween(0, Sadd.MaxPerGroup);
    }
}
