using CoSo.Core.Common;
using CoSo.Core.Identity;
using CoSo.Core.Organisation;
using CoSo.Core.People;
using CoSo.Core.Surveillance;
using CoSo.Data.Facilities;
using CoSo.Data.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CoSo.Data.Demo;

/// <summary>
/// Seeds a synthetic but realistic province: org tree, villages, households, residents, records, visits and demo
/// users. Deterministic for a seed (all rows but the audit entries and user accounts come from one random stream).
/// </summary>
public sealed class DemoSeeder(
    CoSoDbContext db, TimeProvider time, ILogger<DemoSeeder> logger, TechnicalServiceCatalogue technicalServices, NotifiableDiseaseCatalogue diseases,
    Reception.CoverageRulesProvider coverageRules, Encounters.VisitService visits, Bhyt.ClaimService claims)
{
    private const int BatchRows = 2_000;
    private static readonly string[] IcdCodes = ["I10", "E11", "J06.9", "K29.7", "M54.5", "J20.9", "A09", "R51"];

    public static string DepartmentCode(string provinceCode) => "SYT-" + provinceCode;

    public async Task<DemoSummary> SeedAsync(DemoOptions options, CancellationToken ct = default)
    {
        var province = options.ProvinceCode;
        if (await db.OrgUnits.AnyAsync(u => u.Code == DepartmentCode(province), ct))
        {
            logger.LogInformation("Demo province {Province} already present; nothing to do", province);
            return new DemoSummary(true, province, 0, 0, 0, 0, 0, 0);
        }

        var provinceUnit = await db.AdminUnits.AsNoTracking()
            .FirstOrDefaultAsync(a => a.Edition == AdminEdition.Current2025 && a.Level == AdminLevel.Province && a.Code == province, ct)
            ?? throw new DomainValidationException("province", "orgUnit.unknown", province);
        var communes = await db.AdminUnits.AsNoTracking()
            .Where(a => a.Edition == AdminEdition.Current2025 && a.Level == AdminLevel.Commune && a.ProvinceCode == province)
            .OrderBy(a => a.Code).Take(options.Stations).ToListAsync(ct);
        var icdNames = await db.IcdCodes.AsNoTracking().Where(c => IcdCodes.Contains(c.Code)).ToDictionaryAsync(c => c.Code, c => c.NameVi, ct);

        var random = new DemoRandom(options.Seed);
        var today = options.Today ?? VietnamClock.Today(time);
        var nation = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Code == "VN", ct);
        var tree = BuildTree(random, provinceUnit, communes, nation);

        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            db.OrgUnits.AddRange(tree.NewUnits);
            db.StationCatchments.AddRange(tree.Catchments);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();

            var users = await CreateUsersAsync(tree, ct);
            var people = new DemoPopulationWriter(db, random, today, time.GetUtcNow(), new DemoClinicalFactory(random, today, icdNames), BatchRows);
            for (var i = 0; i < tree.Stations.Count; i++)
            {
                var (station, communeName, villages) = tree.Stations[i];
                var staff = i < users.StationStaff.Count ? users.StationStaff[i] : (Guid?)null;
                await people.WriteStationAsync(station, communeName, villages, options.PeoplePerStation, staff, ct);
            }

            await people.FlushAsync(ct);

            // The station's day: registries, this morning's queue, the pharmacy (which hands out what the visits prescribed).
            var dayRandom = new DemoRandom(options.Seed + 65537);
            var dayClinical = new DemoClinicalFactory(dayRandom, today, icdNames);
            var chronic = new DemoChronicWriter(db, dayRandom, today, time.GetUtcNow(), dayClinical);
            var queue = new DemoQueueWriter(db, dayRandom, today, dayClinical, coverageRules.Rules);
            var pharmacy = new DemoPharmacyWriter(db, dayRandom, today, time.GetUtcNow());
            var motherChild = new DemoMotherChildWriter(db, new DemoRandom(options.Seed + 31337), today, time.GetUtcNow());
            // Its own random stream, so the other writers' data stay what the seed gave before doses were seeded.
            var immunization = new DemoImmunizationWriter(db, new Random(options.Seed + 524287), today, time.GetUtcNow());
            for (var i = 0; i < tree.Stations.Count; i++)
            {
                var staff = i < users.StationStaff.Count ? users.StationStaff[i] : (Guid?)null;
                await chronic.WriteAsync(tree.Stations[i].Station, staff, ct);
                if (staff is not null)
                {
                    await queue.WriteAsync(tree.Stations[i].Station, staff, DemoLogins.All.Where(l => l.Role == Role.StationClinician).ElementAtOrDefault(i)?.UserName, ct);
                }

                await pharmacy.WriteAsync(tree.Stations[i].Station, ct);
                await motherChild.WriteAsync(tree.Stations[i].Station, staff, i == 0 ? tree.Stations[0].Villages[0].Id : null, ct);
                await immunization.WriteAsync(tree.Stations[i].Station, staff, ct);
            }

            // Its own random stream: adding workers must not change the residents a seed gives.
            var workforce = new DemoWorkforceWriter(db, new DemoRandom(options.Seed + 7919), today, time.GetUtcNow());
            await workforce.WriteAsync(tree, ct);
            var facilities = new DemoFacilityWriter(db, new DemoRandom(options.Seed + 15485863), today, time.GetUtcNow());
            await facilities.WriteAsync(tree, technicalServices.All, ct);
            var populationFigures = new DemoPopulationFiguresWriter(db, time.GetUtcNow());
            await populationFigures.WriteAsync(tree, options.PeoplePerStation, ct);
            var surveillance = new DemoSurveillanceWriter(db, new DemoRandom(options.Seed + 104729), today, time.GetUtcNow());
            await surveillance.WriteAsync(tree, diseases, ct);
            var summary = new DemoSummary(false, province, tree.Stations.Count, tree.Stations.Sum(s => s.Villages.Count), people.Households, people.Residents, people.Visits, users.Count);
            logger.LogInformation("Seeded demo province {Province}: {Stations} stations, {Residents} residents, {Visits} visits, {Enrolled} chronic patients, {Arrivals} arrivals today, {Lots} stock lots, {Measurements} child measurements, {Doses} immunization doses, {Vitamin} vitamin A doses, {Contraception} contraceptive users, {Pregnancies} pregnancies, {Deliveries} recent deliveries, {Staff} health workers, {Cases} case reports",
                province, summary.Stations, summary.Residents, summary.Visits, chronic.Enrolled, queue.Arrivals, pharmacy.Lots, motherChild.Measurements, immunization.Doses, motherChild.VitaminADoses, motherChild.ContraceptiveUsers, motherChild.Pregnancies, motherChild.Deliveries, workforce.Staff, surveillance.Cases);
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = true;
            // Through the visit and claim services (change tracking on): one visit of each BHYT branch and the month's claims.
            if (tree.Stations.Count > 1)
            {
                var claimed = await new DemoClaimsWriter(db, visits, claims, time).WriteAsync(tree.Stations[0].Station, tree.Stations[1].Station, ct);
                logger.LogInformation("Seeded {Visits} BHYT claim visits at the demo station", claimed);
            }

            return summary;
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = true;
        }
    }

    private static DemoOrgTree BuildTree(DemoRandom random, AdminUnit province, List<AdminUnit> communes, OrgUnit? existingNation)
    {
        var tree = new DemoOrgTree();
        var code = province.Code;
        tree.Nation = existingNation ?? DemoOrgTree.Unit(random.NextGuid(), "VN", "Bộ Y tế", OrgUnitKind.Nation, null, string.Empty, null);
        if (existingNation is null)
        {
            tree.NewUnits.Add(tree.Nation);
        }

        tree.Department = DemoOrgTree.Unit(random.NextGuid(), DepartmentCode(code), "Sở Y tế " + province.Name, OrgUnitKind.ProvincialHealthDepartment, tree.Nation, code, code);
        tree.NewUnits.Add(tree.Department);
        for (var i = 0; i < communes.Count; i++)
        {
            // One regional centre per five stations, as after the 2025 reorganisation.
            if (i % 5 == 0)
            {
                var n = (i / 5) + 1;
                var centre = DemoOrgTree.Unit(random.NextGuid(), $"TTYT-{code}-{n:00}", $"Trung tâm Y tế khu vực {n}", OrgUnitKind.RegionalHealthCentre, tree.Department, code, null);
                tree.Centres.Add(centre);
                tree.NewUnits.Add(centre);
            }

            var commune = communes[i];
            var station = DemoOrgTree.Unit(random.NextGuid(), "TYT-" + commune.Code, "Trạm Y tế " + commune.Name, OrgUnitKind.CommuneHealthStation, tree.Centres[^1], code, commune.Code);
            station.BhytFacilityCode = $"{code}{(i + 1) % 1000:000}";
            // The head of the station's social-insurance number (MA_TTDV of the referral and appointment papers); derived, not drawn, so the random stream is unchanged.
            station.BhytHeadNumber = $"{code}{i + 1:00000000}";
            tree.NewUnits.Add(station);
            tree.Catchments.Add(new StationCatchment { OrgUnitId = station.Id, CommuneCode = commune.Code });
            var villages = new List<OrgUnit>();
            var count = random.Next(4, 9);
            var urban = commune.Type.StartsWith("Phường", StringComparison.Ordinal);
            var words = DemoNames.VillageWords.OrderBy(_ => random.Next(1000)).ToList();
            for (var v = 1; v <= count; v++)
            {
                var name = urban ? $"Tổ dân phố {v}" : v <= 3 || words.Count < v - 3 ? $"Thôn {v}" : "Thôn " + words[v - 4];
                var village = DemoOrgTree.Unit(random.NextGuid(), $"{station.Code}-T{v:00}", name, OrgUnitKind.Village, station, code, commune.Code);
                villages.Add(village);
                tree.NewUnits.Add(village);
            }

            tree.Stations.Add((station, commune.Name, villages));
        }

        return tree;
    }

    private async Task<(int Count, List<Guid> StationStaff)> CreateUsersAsync(DemoOrgTree tree, CancellationToken ct)
    {
        var admin = new UserAdministration(db, time);
        var staff = new List<Guid>();
        var count = 0;
        async Task<Guid?> Add(string name, string display, Role role, OrgUnit? unit)
        {
            if (unit is null || await db.Users.AnyAsync(u => u.UserName == name, ct))
            {
                return null;
            }

            count++;
            var user = await admin.CreateAsync(new NewUser(name, DemoOptions.DemoPassword, role, [unit.Code], display), enforcePasswordPolicy: false, ct);
            db.ChangeTracker.Clear();
            return user.Id;
        }

        var stations = tree.Stations.Select(s => s.Station).ToList();
        foreach (var login in DemoLogins.All)
        {
            var unit = login.Role switch
            {
                Role.Administrator => tree.Nation,
                Role.StationClinician => stations.ElementAtOrDefault(login.StationIndex),
                Role.VillageHealthWorker => tree.Stations.Count > 0 ? tree.Stations[0].Villages[0] : null,
                Role.DistrictManager => tree.Centres.FirstOrDefault(),
                _ => tree.Department,
            };
            if (await Add(login.UserName, login.DisplayName, login.Role, unit) is { } id && login.Role == Role.StationClinician)
            {
                staff.Add(id);
            }
        }

        return (count, staff);
    }
}
