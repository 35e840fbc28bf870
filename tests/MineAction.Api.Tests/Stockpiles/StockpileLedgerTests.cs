using MineAction.Domain.Common;
using MineAction.Application.Auditing;
using MineAction.Application.Stockpiles;

namespace MineAction.Api.Tests.Stockpiles;

/// <summary>Lots of stockpiled and retained munitions: quantities from reviewed movements, never below zero, every change audited.</summary>
public sealed class StockpileLedgerTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    private readonly Stockpile _k = new(app);
    private HttpClient Im => app.ClientFor(Roles.InformationManager);
    private HttpClient Operator => app.ClientFor(Roles.OperatorDataEntry);

    private async Task<List<GetAuditTrail.AuditEntryDto>> TrailAsync(string entity, Guid id) =>
        [.. (await Im.GetAsync<PagedResult<GetAuditTrail.AuditEntryDto>>($"/api/v1/audit?entity={entity}&id={id}&pageSize=500")).Items.Reverse()];

    [Fact]
    public async Task A_lot_holds_what_was_declared_added_destroyed_and_transferred_and_says_who_verified_it()
    {
        var lot = (await _k.LotAsync(quantity: 500)).Lot;
        Assert.Equal((500, 0), (lot.Quantity, lot.PendingChange));

        await (await Stockpile.MoveAsync(Im, lot.Id, "Added", 20, "2021-03-01", note: "Handed in by a village")).ReadAsync<MovementDto>();
        var destroyed = await (await Stockpile.DestroyAsync(Im, lot.Id, 300, "2022-05-10")).ReadAsync<MovementDto>();
        await (await Stockpile.MoveAsync(Im, lot.Id, "TransferredOut", 20, "2022-06-01", counterpart: "Retained lot at the demining school"))
            .ReadAsync<MovementDto>();

        var detail = await Im.GetAsync<LotDetailDto>($"/api/v1/stockpiles/lots/{lot.Id}");
        Assert.Equal(200, detail.Lot.Quantity);
        Assert.Equal(["Declared", "Added", "Destroyed", "TransferredOut"], detail.Movements.Select(m => m.Kind.ToString()));
        Assert.Equal(("NMAA quality assurance", -300), (destroyed.VerifiedBy, destroyed.Change));
        var listed = await Im.GetAsync<PagedResult<LotDto>>("/api/v1/stockpiles/lots?purpose=Stockpile&pageSize=500");
        Assert.Contains(listed.Items, l => l.Id == lot.Id && l.Quantity == 200);
    }

    [Fact]
    public async Task A_lot_never_gives_more_than_it_holds_on_the_day()
    {
        var lot = (await _k.LotAsync(quantity: 10)).Lot;

        Assert.Equal("QUANTITY_NEGATIVE", await (await Stockpile.DestroyAsync(Im, lot.Id, 11, "2021-01-01")).RuleAsync());

        // 15 added in 2022 do not cover a destruction of 15 in 2021.
        await (await Stockpile.MoveAsync(Im, lot.Id, "Added", 15, "2022-01-01", note: "Found")).ReadAsync<MovementDto>();
        Assert.Equal("QUANTITY_NEGATIVE", await (await Stockpile.DestroyAsync(Im, lot.Id, 15, "2021-06-01")).RuleAsync());
        await (await Stockpile.DestroyAsync(Im, lot.Id, 25, "2022-01-01")).ReadAsync<MovementDto>();

        Assert.Equal(0, (await Im.GetAsync<LotDetailDto>($"/api/v1/stockpiles/lots/{lot.Id}")).Lot.Quantity);
    }

    [Fact]
    public async Task Taking_back_an_addition_that_later_movements_needed_is_refused()
    {
        var lot = (await _k.LotAsync(quantity: 5)).Lot;
        var added = await (await Stockpile.MoveAsync(Operator, lot.Id, "Added", 10, "2021-01-01", note: "Found")).ReadAsync<MovementDto>();
        Assert.Equal(ApprovalStatus.Submitted, added.ApprovalStatus);
        await (await Stockpile.DestroyAsync(Im, lot.Id, 12, "2021-02-01")).ReadAsync<MovementDto>();

        var returned = await Im.PostAsJsonAsync($"/api/v1/stockpiles/movements/{added.Id}/return", new { comment = "Which village?" });
        Assert.Equal("QUANTITY_NEGATIVE", await returned.RuleAsync());
        var archived = await Im.PostAsJsonAsync($"/api/v1/stockpiles/movements/{added.Id}/archive", new { reason = "Entered twice" });
        Assert.Equal("QUANTITY_NEGATIVE", await archived.RuleAsync());

        var approved = await Im.PostAsJsonAsync($"/api/v1/stockpiles/movements/{added.Id}/approve", new { });
        Assert.Equal(ApprovalStatus.Approved, (await approved.ReadAsync<MovementDto>()).ApprovalStatus);
        Assert.Equal(3, (await Im.GetAsync<LotDetailDto>($"/api/v1/stockpiles/lots/{lot.Id}")).Lot.Quantity);
    }

    [Fact]
    public async Task An_operators_movements_count_once_approved()
    {
        var lot = (await _k.LotAsync(Operator, quantity: 40)).Lot;
        Assert.Equal((0, 40), (lot.Quantity, lot.PendingChange));
        var detail = await Im.GetAsync<LotDetailDto>($"/api/v1/stockpiles/lots/{lot.Id}");
        await Im.PostAsJsonAsync($"/api/v1/stockpiles/movements/{detail.Movements[0].Id}/approve", new { });

        Assert.Equal(40, (await Im.GetAsync<LotDetailDto>($"/api/v1/stockpiles/lots/{lot.Id}")).Lot.Quantity);
    }

    [Fact]
    public async Task Each_kind_of_movement_asks_for_what_it_needs()
    {
        var stockpile = (await _k.LotAsync(quantity: 50)).Lot;
        var retained = (await _k.LotAsync(quantity: 50, purpose: "Retained")).Lot;

        Assert.Equal("DESTRUCTION_DETAILS", await (await Stockpile.MoveAsync(Im, stockpile.Id, "Destroyed", 1, "2021-01-01")).RuleAsync());
        Assert.Equal("TRANSFER_COUNTERPART", await (await Stockpile.MoveAsync(Im, stockpile.Id, "TransferredOut", 1, "2021-01-01")).RuleAsync());
        Assert.Equal("NOT_RETAINED", await (await Stockpile.MoveAsync(Im, stockpile.Id, "Consumed", 1, "2021-01-01", note: "Training")).RuleAsync());
        Assert.Equal("CONSUMPTION_PURPOSE", await (await Stockpile.MoveAsync(Im, retained.Id, "Consumed", 1, "2021-01-01")).RuleAsync());
        Assert.Equal("MOVEMENT_KIND", await (await Stockpile.MoveAsync(Im, retained.Id, "Declared", 1, "2021-01-01")).RuleAsync());
        Assert.Equal("DATE_ORDER", await (await Stockpile.MoveAsync(Im, retained.Id, "Added", 1, "2019-01-01", note: "x")).RuleAsync());
        Assert.Equal("DATE_IN_FUTURE", await (await Stockpile.MoveAsync(Im, retained.Id, "Added", 1, "2099-01-01", note: "x")).RuleAsync());
        await (await Stockpile.MoveAsync(Im, retained.Id, "Added", 0, "2021-01-01")).FieldErrorAsync("quantity");
        await (await Stockpile.MoveAsync(Im, retained.Id, "Consumed", 5, "2021-01-01", note: "Detection dog training")).ReadAsync<MovementDto>();
        Assert.Equal(45, (await Im.GetAsync<LotDetailDto>($"/api/v1/stockpiles/lots/{retained.Id}")).Lot.Quantity);
    }

    [Fact]
    public async Task A_lot_is_refused_when_its_number_is_taken_or_its_munitions_are_not_treaty_items()
    {
        var body = await _k.LotBodyAsync();
        await Im.PostAsync<LotDetailDto>("/api/v1/stockpiles/lots", body);
        Assert.Equal("LOT_NUMBER_TAKEN", await (await Im.PostAsJsonAsync("/api/v1/stockpiles/lots", body)).RuleAsync(HttpStatusCode.Conflict));

        Assert.Equal("LOT_CATEGORY", await (await Im.PostAsJsonAsync("/api/v1/stockpiles/lots",
            await _k.LotBodyAsync(category: "AntiVehicleMine"))).RuleAsync());
        Assert.Equal("SUBMUNITIONS_PER_MUNITION", await (await Im.PostAsJsonAsync("/api/v1/stockpiles/lots",
            await _k.LotBodyAsync(category: "ClusterMunition", type: "CBU-87"))).RuleAsync());
        var cluster = (await _k.LotAsync(quantity: 12, category: "ClusterMunition", submunitionsPerMunition: 202, type: "CBU-87")).Lot;
        Assert.Equal(12 * 202, cluster.Submunitions);
    }

    [Fact]
    public async Task An_archived_lot_leaves_the_list_and_every_change_is_audited()
    {
        var lot = (await _k.LotAsync(quantity: 7)).Lot;
        await (await Stockpile.DestroyAsync(Im, lot.Id, 7, "2021-01-01")).ReadAsync<MovementDto>();
        var archived = await Im.PostAsync<LotDetailDto>($"/api/v1/stockpiles/lots/{lot.Id}/archive", new { reason = "Registered twice" });
        Assert.NotNull(archived.Lot.ArchivedAt);

        var listed = await Im.GetAsync<PagedResult<LotDto>>("/api/v1/stockpiles/lots?pageSize=500");
        Assert.DoesNotContain(listed.Items, l => l.Id == lot.Id);
        var audit = await TrailAsync("MunitionLot", lot.Id);
        Assert.Equal(["Created", "Archived"], audit.Select(a => a.Action));
        var movements = await Im.GetAsync<LotDetailDto>($"/api/v1/stockpiles/lots/{lot.Id}");
        var destroyed = Assert.Single(await TrailAsync("LotMovement", movements.Movements[1].Id));
        Assert.Equal("OpenDetonation", destroyed.Changes.GetProperty("method").GetProperty("new").ToString());
    }
}
