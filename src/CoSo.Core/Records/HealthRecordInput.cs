namespace CoSo.Core.Records;

public sealed record HealthRecordInput
{
    public string? BloodGroupAbo { get; init; }

    public string? BloodGroupRh { get; init; }

    public RiskLevel Tobacco { get; init; }

    public RiskLevel Alcohol { get; init; }

    public bool? PhysicallyActive { get; init; }

    public string? DietNotes { get; init; }

    public string? ChronicConditionCodes { get; init; }

    public string? MedicalHistory { get; init; }

    public string? SurgicalHistory { get; init; }

    public bool FamilyHypertension { get; init; }

    public bool FamilyDiabetes { get; init; }

    public bool GestationalDiabetes { get; init; }

    public bool Prediabetes { get; init; }

    public string? FamilyHistory { get; init; }

    public string? AllergyDrugs { get; init; }

    public string? AllergyFood { get; init; }

    public string? AllergyOther { get; init; }

    public string? Disabilities { get; init; }

    public string? OccupationalExposure { get; init; }

    public string? ReproductiveHealth { get; init; }

    public string? OtherProblems { get; init; }
}
