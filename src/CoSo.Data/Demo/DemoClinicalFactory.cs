using CoSo.Core.Common;
using CoSo.Core.Encounters;
using CoSo.Core.People;
using CoSo.Core.Pharmacy;
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
            CreatedAt = Instant(date),
            Version = 1,
        };
        encounter.Flags = systolic >= 180 || diastolic >= 110 ? "systolic;diastolic" : null;
        Cover(encounter, person);
        encounter.Diagnoses.Add(new EncounterDiagnosis { Id = random.NextGuid(), ProvinceCode = person.ProvinceCode, OrgUnitId = person.OrgUnitId, EncounterId = id, PersonId = person.Id, Code = code, NameVi = icdNames[code], IsMain = true });
        AddPrescription(encounter, code);
        return encounter;
    }

    /// <summary>A chronic follow-up visit on a given day: BP (and glucose for diabetes), the registry's code, its drug.</summary>
    public Encounter FollowUpVisit(Person person, Guid facilityId, Guid? staffUserId, string code, DateOnly date)
    {
        var id = random.NextGuid();
        var e = new Encounter
        {
            Id = id, ProvinceCode = person.ProvinceCode, OrgUnitId = person.OrgUnitId, FacilityId = facilityId, PersonId = person.Id, StaffUserId = staffUserId,
            OccurredAt = Instant(date), VisitDate = date, Reason = code == "I10" ? "Tái khám tăng huyết áp" : "Tái khám đái tháo đường",
            Systolic = (int)random.Normal(138, 10), Diastolic = (int)random.Normal(86, 6), Pulse = random.Next(62, 90),
            CapillaryGlucoseMmol = code == "E11" ? Math.Round(6.5m + ((decimal)random.NextDouble() * 4m), 1) : null,
            Disposition = code is "I10" or "E11" ? Disposition.FollowUp : Disposition.Home,
            FollowUpDate = code is "I10" or "E11" ? date.AddDays(30) : null, CreatedAt = Instant(date), Version = 1,
        };
        e.Diastolic = Math.Min(e.Diastolic!.Value, e.Systolic!.Value - 20);
        Cover(e, person);
        e.Diagnoses.Add(new EncounterDiagnosis { Id = random.NextGuid(), ProvinceCode = person.ProvinceCode, OrgUnitId = person.OrgUnitId, EncounterId = id, PersonId = person.Id, Code = code, NameVi = icdNames[code], IsMain = true });
        AddPrescription(e, code);
        return e;
    }

    /// <summary>The station's usual prescription for a code, as formulary lines (data/formulary/drugs.csv).</summary>
    public void AddPrescription(Encounter e, string code)
    {
        var (drugCode, ingredient, strength, unit, perTake, times, days, note) = code switch
        {
            "I10" => ("AMLO5", "Amlodipin", "5 mg", "viên", 1m, 1, 30, "buổi sáng"),
            "E11" => ("METF500", "Metformin", "500 mg", "viên", 1m, 2, 30, "sau ăn"),
            "J20.9" => ("AMOX500", "Amoxicilin", "500 mg", "viên", 1m, 3, 7, null),
            "K29.7" => ("OMEP20", "Omeprazol", "20 mg", "viên", 1m, 2, 14, "trước ăn 30 phút"),
            "A09" => ("ORS245", "Natri clorid + kali clorid + natri citrat + glucose khan", "0,52 g + 0,3 g + 0,58 g + 2,7 g (gói 4,1 g pha 200 ml)", "gói", 1m, 2, 5, "pha 200 ml nước"),
            "M54.5" => ("DICL50", "Diclofenac", "50 mg", "viên", 1m, 2, 5, "sau ăn"),
            _ => ("PARA500", "Paracetamol (acetaminophen)", "500 mg", "viên", 1m, 3, 5, "khi sốt hoặc đau, cách 6 giờ"),
        };
        e.Prescriptions.Add(new PrescriptionLine
        {
            Id = random.NextGuid(), ProvinceCode = e.ProvinceCode, OrgUnitId = e.OrgUnitId, EncounterId = e.Id, PersonId = e.PersonId, Drug = ingredient,
            Strength = strength, DrugCode = drugCode, Unit = unit, DosePerTake = perTake, TimesPerDay = times, Days = days,
            Quantity = Dosing.Quantity(perTake, times, days), Dose = Dosing.Instruction("uống", perTake, times, unit, note), BhytCovered = true,
        });
    }

    /// <summary>BHYT on the day of the visit: a valid card at a commune station is 100 % (category 1.2 since 2025).</summary>
    public static void Cover(Encounter e, Person person)
    {
        var valid = person.BhytNumber is not null && (person.BhytValidFrom is not { } from || e.VisitDate >= from) && (person.BhytValidTo is not { } to || e.VisitDate <= to);
        e.BhytCovered = valid;
        e.BhytCategory = valid ? (e.VisitDate >= new DateOnly(2025, 1, 1) ? "1.2" : "1.1") : Core.Reception.CoverageCheck.NotCoveredCategory;
        e.BhytBenefitPercent = valid ? 100 : 0;
        e.BhytRuleId = valid ? (e.VisitDate >= new DateOnly(2025, 1, 1) ? "R-CAP-BAN-DAU-HERE" : "R-XA-100") : "card.expired";
    }

    /// <summary>A time between 7:00 and 16:30 local on that date, as UTC.</summary>
    private DateTimeOffset Instant(DateOnly date)
    {
        var local = date.ToDateTime(new TimeOnly(7, 0)).AddMinutes(random.Next(0, 570));
        return new DateTimeOffset(local, VietnamClock.Zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
