using CoSo.Core.Common;
using CoSo.Core.Encounters;
using CoSo.Core.Identity;
using CoSo.Core.Organisation;
using CoSo.Core.People;
using CoSo.Core.Records;
using CoSo.Data;
using CoSo.Data.Common;
using CoSo.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace CoSo.IntegrationTests.Indicators;

/// <summary>
/// A fresh database with the test org and a hand-built population, the clock fixed on 20/10/2026 (month 2026-10).
/// Expected values are worked out in the tests from the list below.
/// </summary>
public sealed class IndicatorTestData
{
    public static readonly DateTimeOffset Now = new(2026, 10, 20, 3, 0, 0, TimeSpan.Zero);

    private IndicatorTestData(string cs, TestOrg org, FakeTimeProvider time)
    {
        ConnectionString = cs;
        Org = org;
        Time = time;
    }

    public string ConnectionString { get; }

    public TestOrg Org { get; }

    public FakeTimeProvider Time { get; }

    public Guid P1 { get; private set; }

    public Guid P2 { get; private set; }

    public Guid P4 { get; private set; }

    /// <summary>The five visits by name: P1 02/10 A, P2 09/10 A, P4 31/10 A, P1 30/09 A, P2 01/10 B.</summary>
    public IReadOnlyDictionary<string, Guid> Visits { get; private set; } = new Dictionary<string, Guid>();

    public ServiceProvider Services() => Services(ConnectionString, Time);

    public static ServiceProvider Services(string cs, TimeProvider time)
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<ICurrentActor>(new SystemActor("system:test"));
        services.AddSingleton(time);
        services.AddCoSoData(DatabaseSettings.Parse(cs));
        return services.BuildServiceProvider();
    }

    public async Task<T> WithDbAsync<T>(Func<CoSoDbContext, IServiceProvider, Task<T>> work)
    {
        await using var sp = Services();
        await using var scope = sp.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<CoSoDbContext>(), scope.ServiceProvider);
    }

    /// <summary>
    /// Station A: P1 card valid all 2026, record with a history entry; P2 card expired 30/09/2026, two empty record versions; P3 card valid only
    /// from 01/11/2026; P4 no card; P5 died 15/10/2026 (card, record); P6 dies 05/11/2026 (card); P7 moved away, no
    /// date (card); P8 merged into P1 (card, record). Station B: P9 card valid; P10 no card.
    /// Visits in October at station A: BHYT, not BHYT, BHYT; in September at A: BHYT; in October at B (a resident of A): BHYT.
    /// </summary>
    public static async Task<IndicatorTestData> CreateAsync(string provider)
    {
        var cs = await TestDatabase.CreateAsync(provider, "coso_ind");
        var time = new FakeTimeProvider(Now);
        var data = new IndicatorTestData(cs, await TestDatabase.WithDbAsync(cs, TestOrg.SeedAsync), time);
        await data.WithDbAsync(async (db, _) =>
        {
            var (a, b) = (data.Org.StationA, data.Org.StationB);
            var year = (new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));
            var p1 = Add(db, a, year);
            var p2 = Add(db, a, (new DateOnly(2025, 10, 1), new DateOnly(2026, 9, 30)));
            Add(db, a, (new DateOnly(2026, 11, 1), new DateOnly(2027, 10, 31)));
            var p4 = Add(db, a, null);
            var p5 = Add(db, a, year, p => (p.IsDeceased, p.DeceasedOn) = (true, new DateOnly(2026, 10, 15)));
            Add(db, a, year, p => (p.IsDeceased, p.DeceasedOn) = (true, new DateOnly(2026, 11, 5)));
            Add(db, a, year, p => p.MovedAway = true);
            var p8 = Add(db, a, year, p => p.MergedIntoId = p1.Id);
            Add(db, b, year);
            Add(db, b, null);
            (data.P1, data.P2, data.P4) = (p1.Id, p2.Id, p4.Id);
            Record(db, p1, 1, history: "Viêm dạ dày 2019");
            Record(db, p2, 1);
            Record(db, p2, 2);
            Record(db, p5, 1);
            Record(db, p8, 1);
            data.Visits = new Dictionary<string, Guid>
            {
                ["P1 02/10 A"] = Visit(db, p1, a, new DateOnly(2026, 10, 2), true),
                ["P2 09/10 A"] = Visit(db, p2, a, new DateOnly(2026, 10, 9), false),
                ["P4 31/10 A"] = Visit(db, p4, a, new DateOnly(2026, 10, 31), true, systolic: 128),
                ["P1 30/09 A"] = Visit(db, p1, a, new DateOnly(2026, 9, 30), true),
                ["P2 01/10 B"] = Visit(db, p2, b, new DateOnly(2026, 10, 1), true),
            };
            return await db.SaveChangesAsync();
        });
        return data;
    }

    private static Person Add(CoSoDbContext db, OrgUnit station, (DateOnly From, DateOnly To)? card, Action<Person>? change = null)
    {
        var name = TestPeople.UniqueName();
        var person = new Person
        {
            Id = Guid.CreateVersion7(), ProvinceCode = "38", OrgUnitId = station.Id, FullName = name, NameKey = TextFolding.Fold(name),
            BirthYear = 1970, Sex = Sex.Female, CreatedAt = Now, UpdatedAt = Now, Version = 1,
            BhytNumber = card is null ? null : TestPeople.Bhyt(), BhytValidFrom = card?.From, BhytValidTo = card?.To,
        };
        change?.Invoke(person);
        db.People.Add(person);
        return person;
    }

    private static void Record(CoSoDbContext db, Person person, int version, string? history = null) =>
        db.HealthRecords.Add(new HealthRecordVersion { Id = Guid.CreateVersion7(), ProvinceCode = "38", OrgUnitId = person.OrgUnitId, PersonId = person.Id, VersionNo = version, RecordedAt = Now, MedicalHistory = history });

    public static Guid Visit(CoSoDbContext db, Person person, OrgUnit facility, DateOnly date, bool bhyt, int? systolic = null)
    {
        var visit = new Encounter
        {
            Id = Guid.CreateVersion7(), ProvinceCode = "38", OrgUnitId = person.OrgUnitId, FacilityId = facility.Id, PersonId = person.Id,
            OccurredAt = Now, VisitDate = date, BhytCovered = bhyt, CreatedAt = Now, Version = 1, Systolic = systolic, Diastolic = systolic is null ? null : 82,
        };
        db.Encounters.Add(visit);
        return visit.Id;
    }
}
