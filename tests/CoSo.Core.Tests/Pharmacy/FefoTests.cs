using CoSo.Core.Pharmacy;

namespace CoSo.Core.Tests.Pharmacy;

public sealed class FefoTests
{
    private static readonly DateOnly Today = new(2026, 12, 2);

    private static StockLot Lot(string number, DateOnly expiry, decimal quantity) =>
        new() { Id = Guid.NewGuid(), LotNumber = number, ExpiryDate = expiry, Quantity = quantity, ReceivedOn = new DateOnly(2026, 1, 1) };

    [Fact]
    public void An_issue_takes_the_lot_that_expires_first_then_the_next()
    {
        var late = Lot("B", new DateOnly(2028, 1, 1), 100);
        var soon = Lot("A", new DateOnly(2027, 1, 31), 20);
        var takes = Fefo.Allocate([late, soon], 30, Today)!;
        Assert.Equal([("A", 20m), ("B", 10m)], takes.Select(t => (t.Lot.LotNumber, t.Quantity)));
    }

    [Fact]
    public void An_expired_lot_is_never_issued_even_when_it_would_cover_the_need()
    {
        var expired = Lot("OLD", new DateOnly(2026, 12, 1), 500);
        var good = Lot("NEW", new DateOnly(2027, 6, 30), 10);
        Assert.Null(Fefo.Allocate([expired, good], 30, Today));
        Assert.Equal("NEW", Fefo.Allocate([expired, good], 10, Today)!.Single().Lot.LotNumber);
    }

    [Fact]
    public void A_lot_expiring_on_the_day_of_issue_is_still_usable_that_day() =>
        Assert.NotNull(Fefo.Allocate([Lot("X", Today, 5)], 5, Today));

    [Fact]
    public void More_than_the_stock_gives_no_allocation_rather_than_a_negative_lot()
    {
        var lot = Lot("A", new DateOnly(2027, 1, 1), 29);
        Assert.Null(Fefo.Allocate([lot], 30, Today));
        Assert.Equal(29, lot.Quantity);
    }
}
