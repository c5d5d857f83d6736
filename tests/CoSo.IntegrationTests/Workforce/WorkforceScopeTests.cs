using CoSo.Core.Common;
using CoSo.Core.Identity;
using CoSo.Core.People;
using CoSo.Core.Workforce;
using CoSo.Data.Workforce;
using CoSo.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CoSo.IntegrationTests.Workforce;

public sealed class WorkforceScopeTests
{
    private static StaffInput Worker(Guid unit, Cadre cadre, EmploymentType employment, DateOnly since, IReadOnlyList<Guid>? villages = null, int? months = null) =>
        new(TestPeople.Cccd(Sex.Female, 1985), TestPeople.UniqueName("Trần Thị"), Sex.Female, new DateOnly(1985, 4, 2), cadre, employment, unit, since,
            TrainingMonths: months, VillageIds: villages, Qualifications: [new("Bác sĩ đa khoa", new DateOnly(2010, 6, 30))]);

    private static async Task<T> As<T>(string cs, AccessScope scope, Func<IServiceProvider, Task<T>> work)
    {
        await using var sp = TestDatabase.Services(cs, new ScopedActor("wf-test", scope));
        await using var s = sp.CreateAsyncScope();
        return await work(s.ServiceProvider);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_station_sees_its_own_staff_a_district_sees_its_stations_and_scope_all_sees_everyone(string provider)
    {
        var cs = await TestDatabase.CreateAsync(provider, "coso_wf");
        var org = await TestDatabase.WithDbAsync(cs, DistrictOrg.SeedAsync);
        var since = new DateOnly(2024, 1, 1);
        var (s1, s2, s3) = await As(cs, AccessScope.Everything, async sp =>
        {
            var svc = sp.GetRequiredService<WorkforceService>();
            var a = await svc.CreateAsync(Worker(org.S1.Id, Cadre.DoctorGeneral, EmploymentType.Permanent, since));
            var b = await svc.CreateAsync(Worker(org.S2.Id, Cadre.Nurse, EmploymentType.Contract, since));
            var c = await svc.CreateAsync(Worker(org.S3.Id, Cadre.Midwife, EmploymentType.Permanent, since));
            return (a.Id, b.Id, c.Id);
        });

        var station = await As(cs, org.ScopeOf(org.S1), sp => sp.GetRequiredService<WorkforceService>().ListAsync());
        var district = await As(cs, org.ScopeOf(org.D1), sp => sp.GetRequiredService<WorkforceService>().ListAsync());
        var all = await As(cs, AccessScope.Everything, sp => sp.GetRequiredService<WorkforceService>().ListAsync());

        Assert.Equal([s1], station.Select(s => s.Id));
        Assert.Equivalent(new[] { s1, s2 }, district.Select(s => s.Id));
        Assert.Equivalent(new[] { s1, s2, s3 }, all.Select(s => s.Id));
        await Assert.ThrowsAsync<NotFoundException>(() => As(cs, org.ScopeOf(org.S1), sp => sp.GetRequiredService<WorkforceService>().GetAsync(s3)));
        var stationsSeenByDistrict = await As(cs, org.ScopeOf(org.D1), sp => sp.GetRequiredService<StaffingQueries>().StationsAsync(since));
        Assert.Equivalent(new[] { org.S1.Id, org.S2.Id }, stationsSeenByDistrict.Select(s => s.StationId));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_doctor_seconded_by_the_district_counts_at_the_station_only_during_the_secondment_and_the_station_sees_them(string provider)
    {
        var cs = await TestDatabase.CreateAsync(provider, "coso_wf");
        var org = await TestDatabase.WithDbAsync(cs, DistrictOrg.SeedAsync);
        var doctor = await As(cs, org.ScopeOf(org.D1), async sp =>
        {
            var svc = sp.GetRequiredService<WorkforceService>();
            var d = await svc.CreateAsync(Worker(org.D1.Id, Cadre.DoctorFamilyMedicine, EmploymentType.Permanent, new DateOnly(2020, 1, 1)));
            await svc.AddPostingAsync(d.Id, new PostingInput(org.S1.Id, PostingKind.Secondment, new DateOnly(2026, 3, 1), new DateOnly(2026, 5, 31), org.D1.Id, "Hỗ trợ khám chữa bệnh"));
            return d.Id;
        });

        var staffing = await As(cs, org.ScopeOf(org.S1), async sp =>
        {
            var q = sp.GetRequiredService<StaffingQueries>();
            return (Before: await q.StationAsync(org.S1.Id, new DateOnly(2026, 2, 28)), First: await q.StationAsync(org.S1.Id, new DateOnly(2026, 3, 1)),
                Last: await q.StationAsync(org.S1.Id, new DateOnly(2026, 5, 31)), After: await q.StationAsync(org.S1.Id, new DateOnly(2026, 6, 1)),
                Seen: await sp.GetRequiredService<WorkforceService>().ListAsync());
        });

        Assert.False(staffing.Before.Staffing.HasDoctor);
        Assert.Equal(1, staffing.First.Staffing.SecondedDoctors);
        Assert.Equal(0, staffing.First.Staffing.PermanentDoctors);
        Assert.Equal(1, staffing.Last.Staffing.SecondedDoctors);
        Assert.False(staffing.After.Staffing.HasDoctor);
        Assert.Contains(staffing.Seen, s => s.Id == doctor);
        var district = await As(cs, org.ScopeOf(org.D1), sp => sp.GetRequiredService<StaffingQueries>().StationsAsync(new DateOnly(2026, 3, 1)));
        Assert.DoesNotContain(district, s => s.StationId == org.S2.Id && s.Staffing.HasDoctor);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_station_cannot_register_staff_at_another_station_and_a_bad_cccd_is_refused(string provider)
    {
        var cs = await TestDatabase.CreateAsync(provider, "coso_wf");
        var org = await TestDatabase.WithDbAsync(cs, DistrictOrg.SeedAsync);

        var other = await Assert.ThrowsAsync<DomainValidationException>(() => As(cs, org.ScopeOf(org.S1), sp => sp.GetRequiredService<WorkforceService>().CreateAsync(Worker(org.S2.Id, Cadre.Nurse, EmploymentType.Contract, new DateOnly(2024, 1, 1)))));
        Assert.Contains(other.Errors, e => e.Field == "orgUnitId");

        // The fourth digit 0 says "male, born 1900s" but the worker is female.
        var bad = Worker(org.S1.Id, Cadre.Nurse, EmploymentType.Contract, new DateOnly(2024, 1, 1)) with { Cccd = "038085123456" };
        var cccd = await Assert.ThrowsAsync<DomainValidationException>(() => As(cs, org.ScopeOf(org.S1), sp => sp.GetRequiredService<WorkforceService>().CreateAsync(bad)));
        Assert.Contains(cccd.Errors, e => e.Field == "cccd" && e.Code == "cccd.sexCentury");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_village_is_covered_only_by_a_worker_trained_at_least_six_months_and_cme_hours_add_up_in_the_window(string provider)
    {
        var cs = await TestDatabase.CreateAsync(provider, "coso_wf");
        var org = await TestDatabase.WithDbAsync(cs, DistrictOrg.SeedAsync);
        var today = VietnamClock.Today(TimeProvider.System);
        var (villages, cme, nurse) = await As(cs, org.ScopeOf(org.S1), async sp =>
        {
            var svc = sp.GetRequiredService<WorkforceService>();
            await svc.CreateAsync(Worker(org.S1.Id, Cadre.VillageHealthWorker, EmploymentType.Contract, new DateOnly(2024, 1, 1), [org.V1.Id], months: 3));
            var n = await svc.CreateAsync(Worker(org.S1.Id, Cadre.Nurse, EmploymentType.Permanent, new DateOnly(2024, 1, 1)));
            await svc.AddTrainingAsync(n.Id, new TrainingInput("Cấp cứu cơ bản", "Trung tâm Y tế", today.AddDays(-30), today.AddDays(-28), 24));
            await svc.AddTrainingAsync(n.Id, new TrainingInput("Cũ", "Trung tâm Y tế", new DateOnly(2015, 1, 1), new DateOnly(2015, 1, 5), 100));
            var q = sp.GetRequiredService<StaffingQueries>();
            return (await q.VillagesAsync(today), await q.CmeAsync(today), n.Id);
        });

        var v1 = Assert.Single(villages);
        Assert.Equal(0, v1.TrainedWorkers);
        Assert.Equal(1, v1.UntrainedWorkers);
        var row = Assert.Single(cme); // the village worker needs no CME
        Assert.Equal(nurse, row.StaffId);
        Assert.Equal(24m, row.Hours);
        Assert.Equal(96m, row.Shortfall);
    }
}
