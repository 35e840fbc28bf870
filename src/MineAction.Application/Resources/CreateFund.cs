namespace MineAction.Application.Resources;

public static class CreateFund
{
    public sealed record Command(string? Name, FundKind? Kind, Guid? ManagingOrganisationId, string? Description) : ICommand<FundDto>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Name).NotEmpty().MaximumLength(Fund.MaxNameLength);
            RuleFor(c => c.Kind).NotNull().IsInEnum();
            RuleFor(c => c.ManagingOrganisationId).NotNull();
            RuleFor(c => c.Description).MaximumLength(2000);
        }
    }

    public sealed class Handler(IMineActionDb db, ICurrentUser user) : ICommandHandler<Command, FundDto>
    {
        public async ValueTask<FundDto> Handle(Command c, CancellationToken cancellationToken)
        {
            user.EnsureFinance();
            await db.EnsureOrganisationAsync(c.ManagingOrganisationId, "managingOrganisationId", cancellationToken);
            var name = c.Name!.Trim();
            if (await db.Funds.IncludingArchived().AnyAsync(f => f.Name == name, cancellationToken))
            {
                throw new ConflictException("FUND_EXISTS", $"A fund named '{name}' exists.", [name]);
            }

            var fund = new Fund(name, c.Kind!.Value, c.ManagingOrganisationId!.Value, c.Description);
            db.Funds.Add(fund);
            await db.SaveChangesAsync(cancellationToken);
            return (await ListFunds.RowsAsync(db, fund.Id, cancellationToken)).Single();
        }
    }
}
