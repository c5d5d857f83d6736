using CoSo.Core.People;

namespace CoSo.Core.Records;

/// <summary>
/// One version of a resident's personal health record (hồ sơ sức khỏe, form of QĐ 831/QĐ-BYT, part II history and
/// related factors; the administrative part I lives on <see cref="Person"/>). Each update appends a version, so the
/// history is kept; the current record is the highest version number.
/// </summary>
public sealed class HealthRecordVersion : IPersonOwned
{
    public Guid Id { get; set; }

    public string ProvinceCode { get; set; } = string.Empty;

    public Guid OrgUnitId { get; set; }

    public Guid PersonId { get; set; }

    public int VersionNo { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public Guid? RecordedByUserId { get; set; }

    /// <summary>ABO group: A, B, AB, O.</summary>
    public string? BloodGroupAbo { get; set; }

    /// <summary>Rh: + or -.</summary>
    public string? BloodGroupRh { get; set; }

    public RiskLevel Tobacco { get; set; }

    public RiskLevel Alcohol { get; set; }

    /// <summary>Physical activity: true when at least 150 minutes of moderate activity a week.</summary>
    public bool? PhysicallyActive { get; set; }

    public string? DietNotes { get; set; }

    /// <summary>Personal chronic conditions as ICD-10 codes separated by ';'.</summary>
    public string? ChronicConditionCodes { get; set; }

    public string? MedicalHistory { get; set; }

    public string? SurgicalHistory { get; set; }

    public bool FamilyHypertension { get; set; }

    public bool FamilyDiabetes { get; set; }

    /// <summary>History of gestational diabetes (a diabetes screening factor, QĐ 3087/QĐ-BYT 2020).</summary>
    public bool GestationalDiabetes { get; set; }

    /// <summary>Prediabetes known before (impaired fasting glucose / glucose tolerance, HbA1c 5.7–6.4 %).</summary>
    public bool Prediabetes { get; set; }

    public string? FamilyHistory { get; set; }

    public string? AllergyDrugs { get; set; }

    public string? AllergyFood { get; set; }

    public string? AllergyOther { get; set; }

    public string? Disabilities { get; set; }

    public string? OccupationalExposure { get; set; }

    public string? ReproductiveHealth { get; set; }

    public string? OtherProblems { get; set; }

    Guid? IPersonOwned.SubjectPersonId => PersonId;

    public bool HasAllergies => !string.IsNullOrWhiteSpace(AllergyDrugs) || !string.IsNullOrWhiteSpace(AllergyFood) || !string.IsNullOrWhiteSpace(AllergyOther);
}
