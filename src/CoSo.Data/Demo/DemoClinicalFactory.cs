using CoSo.Core.Common;
using CoSo.Core.Encounters;
using CoSo.Core.People;
using CoSo.Core.Records;

namespace CoSo.Data.Demo;

/// <summary>Health records and visits with plausible vitals, real ICD-10 codes and common station prescriptions.</summary>
internal sealed class DemoClinicalFactory(DemoRandom random, DateOnly today, IReadOnlyDictionary<string, string> icdNames)
{
    private static readonly string[] AcuteCodes = ["J06.9", "J06.9", "K29.7", "M54.5", "J20.9", "A09", "R51"];
    private static readonly string[] DrugAllergies = ["Penicilin", "Amoxicilin", "Aspirin", "Sulfamid"];
    private static readonly string[] FoodAllergies = ["Hải sản", "Tôm", "Đậu phộng"];
    private static readonly string[] BloodGroups = ["O", "O", "A", "B", "AB"];
    private static readonly string[] Referrals = ["Trung tâm Y tế khu vực", "Bệnh viện Đa khoa tỉnh"];

    public HealthRecordVersion Record(Person person, bool hypertensive, bool diabetic)
    {
        var smoker = person.Sex == Sex.Male && person.BirthYear < today.Year - 18 && random.Chance(0.45);
        var chronic = new List<string>();
        if (hypertensive)
        {
            chronic.Add("I10");
        }

        if (diabetic)
        {
            chronic.Add("E11");
        }

        return new HealthRecordVersion
        {
            Id = random.NextGuid(),
            ProvinceCode = person.ProvinceCode,
            OrgUnitId = person.OrgUnitId,
            PersonId = person.Id,
            VersionNo = 1,
            RecordedAt = Instant(today.AddDays(-random.Next(30, 700))),
            BloodGroupAbo = random.Chance(0.6) ? random.Pick(BloodGroups) : null,
            BloodGroupRh = random.Chance(0.6) ? "+" : null,
            Tobacco = smoker ? RiskLevel.Current : random.Chance(0.1) ? RiskLevel.Former : RiskLevel.Never,
            Alcohol = person.Sex == Sex.Male && random.Chance(0.4) ? RiskLevel.Current : RiskLevel.Never,
            PhysicallyActive = random.Chance(0.5),
            ChronicConditionCodes = chronic.Count == 0 ? null : string.Join(';', chronic),
            FamilyHypertension = random.Chance(0.2),
            FamilyDiabetes = random.Chance(0.08),
            AllergyDrugs = random.Chance(0.06) ? random.Pick(DrugAllergies) : null,
            AllergyFood = random.Chance(0.04) ? random.Pick(FoodAllergies) : null,
        };
    }

    public Encounter Visit(Person person, Guid facilityId, Guid? staffUserId, bool hypertensive, bool diabetic)
    {
        var date = today.AddDays(-random.Next(1, 548));
        var id = random.NextGuid();
        var (systolic, diastolic) = hypertensive
            ? ((int)random.Normal(152, 12), (int)random.Normal(94, 7))
            : ((int)random.Normal(118, 11), (int)random.Normal(74, 7));
        diastolic = Math.Min(diastolic, systolic - 20);
        var weight = Math.Round((decimal)random.Normal(person.Sex == Sex.Male ? 60 : 51, 7), 1);
        var height = Math.Round((decimal)random.Normal(person.Sex == Sex.Male ? 165 : 154, 5), 1);
        var code = hypertensive && random.Chance(0.8) ? "I10" : diabetic && random.Chance(0.8) ? "E11" : random.Pick(AcuteCodes);
        if (!icdNames.ContainsKey(code))
        {
            code = icdNames.Keys.First();
        }

        var fever = code is "J06.9" or "J20.9" && random.Chance(0.5);
        var chronic = code is "I10" or "E11";
        var referred = random.Chance(0.03);
        var encounter = new Encounter
        {
            Id = id,
            ProvinceCode = person.ProvinceCode,
            OrgUnitId = person.OrgUnitId,
            FacilityId = facilityId,
            PersonId = person.Id,
            StaffUserId = staffUserId,
            OccurredAt = Instant(date),
            VisitDate = date,
            Reason = chronic ? "Khám định kỳ" : "Khám bệnh",
            Systolic = systolic,
            Diastolic = diastolic,
            Pulse = random.Next(62, 96),
            TemperatureC = fever ? Math.Round(38m + (decimal)random.NextDouble(), 1) : Math.Round(36.4m + ((decimal)random.NextDouble() * 0.8m), 1),
            RespiratoryRate = random.Next(14, 22),
            SpO2 = random.Next(95, 100),
            WeightKg = weight,
            HeightCm = height,
            Bmi = VisitRules.Bmi(weight, height),
            CapillaryGlucoseMmol = diabetic ? Math.Round(8m + ((decimal)random.NextDouble() * 6m), 1) : random.Chance(0.3) ? Math.Round(4.5m + ((decimal)random.NextDouble() * 2m), 1) : null,
            Disposition = referred ? Disposition.Referred : chronic ? Disposition.FollowUp : Disposition.Home,
            FollowUpDate = chronic && !referred ? date.AddDays(30) : null,
            ReferredTo = referred ? random.Pick(Referrals) : null,
            BhytCovered = person.BhytNumber is not null,
            CreatedAt = Instant(date),
            Version = 1,
        };
        encounter.Flags = systolic >= 180 || diastolic >= 110 ? "systolic;diastolic" : null;
        encounter.Diagnoses.Add(new EncounterDiagnosis { Id = random.NextGuid(), ProvinceCode = person.ProvinceCode, OrgUnitId = person.OrgUnitId, EncounterId = id, PersonId = person.Id, Code = code, NameVi = icdNames[code], IsMain = true });
        var (drug, strength, dose, quantity, days) = Prescription(code);
        encounter.Prescriptions.Add(new PrescriptionLine { Id = random.NextGuid(), ProvinceCode = person.ProvinceCode, OrgUnitId = person.OrgUnitId, EncounterId = id, PersonId = person.Id, Drug = drug, Strength = strength, Dose = dose, Quantity = quantity, Days = days });
        return encounter;
    }

    private static (string Drug, string Strength, string Dose, decimal Quantity, int Days) Prescription(string code) => code switch
    {
        "I10" => ("Amlodipin", "5mg", "1 viên x 1 lần/ngày", 30, 30),
        "E11" => ("Metformin", "500mg", "1 viên x 2 lần/ngày", 60, 30),
        "J20.9" => ("Amoxicilin", "500mg", "1 viên x 3 lần/ngày", 21, 7),
        "K29.7" => ("Omeprazol", "20mg", "1 viên x 2 lần/ngày", 28, 14),
        "A09" => ("Oresol", "245mOsm", "1 gói pha 200ml, uống sau mỗi lần đi ngoài", 10, 5),
        "M54.5" => ("Meloxicam", "7,5mg", "1 viên x 1 lần/ngày sau ăn", 10, 10),
        _ => ("Paracetamol", "500mg", "1 viên khi sốt hoặc đau, cách 6 giờ", 15, 5),
    };

    /// <summary>A time between 7:00 and 16:30 local on that date, as UTC.</summary>
    private DateTimeOffset Instant(DateOnly date)
    {
        var local = date.ToDateTime(new TimeOnly(7, 0)).AddMinutes(random.Next(0, 570));
        return new DateTimeOffset(local, VietnamClock.Zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
