using CoSo.Core.Facilities;

namespace CoSo.Data.Demo;

/// <summary>
/// The demo stations' premises, BHYT contracts, equipment and technical services, so that the facility pages and
/// targets T8, T10 and T12 have figures: most stations solid, with utilities and a BHYT contract in force and ≥ 90 % of
/// the commune technical-service list; by station number, the 5th semi-solid without internet, the 9th degraded without
/// clean water (short of T12), the 4th with a contract that has expired, the 6th not eligible for BHYT; the 2nd and 7th
/// short of the service list. National-criteria assessments are left to the users: they need a reviewer's approval.
/// Deterministic for a seed, from a random stream of its own.
/// </summary>
internal sealed class DemoFacilityWriter(CoSoDbContext db, DemoRandom random, DateOnly today, DateTimeOffset now)
{
    private static readonly (string Name, int Quantity)[] Equipment =
    [
        ("Máy đo huyết áp", 3), ("Máy đo đường huyết mao mạch", 2), ("Tủ lạnh bảo quản vắc xin", 1), ("Máy khí dung", 1),
        ("Cân sức khỏe trẻ em", 2), ("Bộ dụng cụ đỡ đẻ", 2), ("Máy điện tim", 1), ("Máy siêu âm", 1),
    ];

    public async Task WriteAsync(DemoOrgTree tree, IReadOnlyList<TechnicalService> services, CancellationToken ct)
    {
        for (var i = 0; i < tree.Stations.Count; i++)
        {
            var station = tree.Stations[i].Station;
            var n = i % 10;
            var version = new StationFacilityVersion
            {
                Id = random.NextGuid(),
                OrgUnitId = station.Id,
                EffectiveFrom = today.AddYears(-random.Next(1, 4)).AddDays(-random.Next(0, 365)),
                BuildingCondition = n switch { 4 => BuildingCondition.SemiSolid, 8 => BuildingCondition.Degraded, _ => BuildingCondition.Solid },
                BuildYear = today.Year - random.Next(3, 30),
                Rooms = random.Next(8, 17),
                CleanWater = n != 8,
                Electricity = true,
                Internet = n is not (4 or 8),
                MedicineCategories = "Thuốc thiết yếu tuyến xã; thuốc điều trị tăng huyết áp, đái tháo đường",
                BhytEligible = n != 5,
                BhytContractStart = n == 5 ? null : new DateOnly(today.Year - 2, 1, 1),
                BhytContractEnd = n switch { 5 => null, 3 => today.AddDays(-45), _ => new DateOnly(today.Year + 1, 12, 31) },
                RecordedAt = now,
            };
            db.Add(version);
            var current = version.ToFacility();
            current.UpdatedAt = now;
            db.Add(current);

            foreach (var (name, quantity) in Equipment)
            {
                if (name == "Máy siêu âm" && random.Chance(0.6))
                {
                    continue;
                }

                var roll = random.NextDouble();
                db.Add(new EquipmentItem
                {
                    Id = random.NextGuid(),
                    OrgUnitId = station.Id,
                    Name = name,
                    Quantity = quantity,
                    Condition = roll < 0.8 ? EquipmentCondition.Working : roll < 0.93 ? EquipmentCondition.NeedsRepair : EquipmentCondition.Broken,
                    ReceivedOn = today.AddYears(-random.Next(1, 10)),
                });
            }

            // All but 0–2 services of the list (≥ 90 %) at most stations; 30 % of it missing at the 2nd and 7th.
            var missing = n is 1 or 6 ? (int)Math.Ceiling(services.Count * 0.3) : random.Next(0, 3);
            var skipped = new HashSet<int>();
            while (skipped.Count < Math.Min(missing, services.Count))
            {
                skipped.Add(random.Next(services.Count));
            }

            for (var s = 0; s < services.Count; s++)
            {
                if (!skipped.Contains(s))
                {
                    db.Add(new StationService { OrgUnitId = station.Id, ServiceCode = services[s].Code, Since = version.EffectiveFrom });
                }
            }
        }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }
}
