using CoSo.Core.Common;
using CoSo.Core.People;
using CoSo.Data;
using CoSo.Data.Demo;
using CoSo.IntegrationTests.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoSo.IntegrationTests.Demo;

public sealed class DemoSeederTests
{
    private static readonly DemoOptions Small = new() { Seed = 7, Stations = 2, PeoplePerStation = 60, Today = new DateOnly(2026, 11, 22) };

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Demo_seed_gives_the_same_residents_in_the_same_order_for_the_same_seed(string provider)
    {
        await using var first = await ImportTestDatabase.CreateAsync(provider);
        await using var second = await ImportTestDatabase.CreateAsync(provider);

        var a = await SeedAndReadAsync(first, Small);
        var b = await SeedAndReadAsync(second, Small);

        Assert.Equal(120, a.Count);
        Assert.Equal(a.Select(p => (p.Id, p.Cccd, p.FullName, p.BirthYear)), b.Select(p => (p.Id, p.Cccd, p.FullName, p.BirthYear)));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Every_seeded_cccd_and_bhyt_card_passes_the_validators(string provider)
    {
        await using var database = await ImportTestDatabase.CreateAsync(provider);

        var people = await SeedAndReadAsync(database, Small with { PeoplePerStation = 150 });

        Assert.Equal(people.Count, people.Select(p => p.Cccd).Distinct().Count());
        Assert.InRange(people.Count(p => p.BhytNumber is not null), people.Count * 7 / 10, people.Count);
        foreach (var p in people)
        {
            var errors = new ValidationErrors();
            CccdValidator.Validate(p.Cccd, p.Sex, p.BirthYear, errors);
            BhytCard.Validate(p.BhytNumber, p.BhytValidFrom, p.BhytValidTo, p.BhytFacilityCode, errors);
            Assert.True(errors.IsValid, $"{p.Id}: {string.Join(", ", errors.Errors.Select(e => e.Field + ":" + e.Code))}");
            Assert.NotNull(p.Cccd);
        }
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Seeding_a_province_twice_adds_nothing_the_second_time(string provider)
    {
        await using var database = await ImportTestDatabase.CreateAsync(provider);
        await SeedAndReadAsync(database, Small);

        await using var scope = database.Scope();
        var summary = await ActivatorUtilities.CreateInstance<DemoSeeder>(scope.ServiceProvider).SeedAsync(Small);

        Assert.True(summary.AlreadySeeded);
        var db = scope.ServiceProvider.GetRequiredService<CoSoDbContext>();
        Assert.Equal(120, await db.People.CountAsync());
        Assert.Equal(6, await db.Users.CountAsync());
    }

    private static async Task<List<Person>> SeedAndReadAsync(ImportTestDatabase database, DemoOptions options)
    {
        await using var scope = database.Scope();
        var summary = await ActivatorUtilities.CreateInstance<DemoSeeder>(scope.ServiceProvider).SeedAsync(options);
        Assert.False(summary.AlreadySeeded);
        var db = scope.ServiceProvider.GetRequiredService<CoSoDbContext>();
        return await db.People.AsNoTracking().OrderBy(p => p.Id).ToListAsync();
    }
}
