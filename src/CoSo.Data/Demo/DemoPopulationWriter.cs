using CoSo.Core.Common;
using CoSo.Core.Organisation;
using CoSo.Core.People;

namespace CoSo.Data.Demo;

/// <summary>
/// Writes one station's households, residents, records and visits through EF in batches (change detection off,
/// the tracker cleared after each batch), so the context's automatic audit covers every person-level row.
/// </summary>
internal sealed class DemoPopulationWriter(CoSoDbContext db, DemoRandom random, DateOnly today, DateTimeOffset now, DemoClinicalFactory clinical, int batchRows)
{
    private int _pending;

    public int Households { get; private set; }

    public int Residents { get; private set; }

    public int Visits { get; private set; }

    public async Task WriteStationAsync(OrgUnit station, string communeName, List<OrgUnit> villages, int people, Guid? staffUserId, CancellationToken ct)
    {
        var factory = new DemoHouseholdFactory(random, station.ProvinceCode, today);
        var written = 0;
        var number = 0;
        while (written < people)
        {
            var village = random.Pick(villages);
            var members = factory.NextHousehold(people - written);
            number++;
            var household = new Household
            {
                Id = random.NextGuid(),
                ProvinceCode = station.ProvinceCode,
                OrgUnitId = station.Id,
                VillageId = village.Id,
                Code = $"HGD-{station.AdminUnitCode}-{number:00000}",
                AddressLine = $"{village.Name}, {communeName}",
                CreatedAt = now,
                Version = 1,
            };
            db.Households.Add(household);
            _pending++;
            foreach (var member in members)
            {
                var person = ToPerson(member, station, village, household);
                if (member.Relationship == HouseholdRelationship.Head)
                {
                    household.HeadPersonId = person.Id;
                }

                db.People.Add(person);
                _pending++;
                AddClinical(person, member.AgeOn(today), station.Id, staffUserId);
            }

            Households++;
            Residents += members.Count;
            written += members.Count;
            if (_pending >= batchRows)
            {
                await FlushAsync(ct);
            }
        }
    }

    public async Task FlushAsync(CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        _pending = 0;
    }

    private void AddClinical(Person person, int age, Guid facilityId, Guid? staffUserId)
    {
        var hypertensive = age > 40 && random.Chance(0.25);
        var diabetic = age > 40 && random.Chance(0.08);
        if (random.Chance(0.5))
        {
            db.HealthRecords.Add(clinical.Record(person, hypertensive, diabetic));
            _pending++;
        }

        if (age < 18 || !random.Chance(0.4))
        {
            return;
        }

        var visits = hypertensive || diabetic ? random.Next(2, 5) : random.Next(1, 3);
        for (var i = 0; i < visits; i++)
        {
            var visit = clinical.Visit(person, facilityId, staffUserId, hypertensive, diabetic);
            db.Encounters.Add(visit);
            _pending += 1 + visit.Diagnoses.Count + visit.Prescriptions.Count;
            Visits++;
        }
    }

    private Person ToPerson(DemoResident r, OrgUnit station, OrgUnit village, Household household)
    {
        var name = TextFolding.Nfc(r.FullName);
        return new Person
        {
            Id = random.NextGuid(),
            ProvinceCode = station.ProvinceCode,
            OrgUnitId = station.Id,
            VillageId = village.Id,
            CommuneCode = station.AdminUnitCode,
            HouseholdId = household.Id,
            RelationshipToHead = r.Relationship,
            Cccd = r.Cccd,
            FullName = name,
            NameKey = TextFolding.Fold(name),
            BirthDate = r.BirthDate,
            BirthYear = r.BirthYear,
            Sex = r.Sex,
            EthnicityCode = r.EthnicityCode,
            Phone = r.Phone,
            AddressLine = household.AddressLine,
            BhytNumber = r.BhytNumber,
            SocialInsuranceNumber = r.BhytNumber is { } card ? BhytCard.SocialInsuranceNumber(card) : null,
            BhytValidFrom = r.BhytValidFrom,
            BhytValidTo = r.BhytValidTo,
            BhytFacilityCode = r.BhytNumber is null ? null : station.BhytFacilityCode,
            CreatedAt = now,
            UpdatedAt = now,
            Version = 1,
        };
    }
}
