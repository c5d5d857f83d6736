using CoSo.Core.Records;

namespace CoSo.Web.Components.Records;

/// <summary>Mutable form model for the QĐ 831 record (part II), bound by the editor page.</summary>
public sealed class HealthRecordForm
{
    public string? BloodGroupAbo { get; set; }

    public string? BloodGroupRh { get; set; }

    public RiskLevel Tobacco { get; set; }

    public RiskLevel Alcohol { get; set; }

    public bool PhysicallyActive { get; set; }

    public bool FamilyHypertension { get; set; }

    public bool FamilyDiabetes { get; set; }

    public bool GestationalDiabetes { get; set; }

    public bool Prediabetes { get; set; }

    public string? ChronicConditionCodes { get; set; }

    public string? MedicalHistory { get; set; }

    public string? FamilyHistory { get; set; }

    public string? AllergyDrugs { get; set; }

    public string? AllergyFood { get; set; }

    public string? AllergyOther { get; set; }

    public string? Disabilities { get; set; }

    public static HealthRecordForm From(HealthRecordInput r) => new()
    {
        BloodGroupAbo = r.BloodGroupAbo,
        BloodGroupRh = r.BloodGroupRh,
        Tobacco = r.Tobacco,
        Alcohol = r.Alcohol,
        PhysicallyActive = r.PhysicallyActive ?? false,
        FamilyHypertension = r.FamilyHypertension,
        FamilyDiabetes = r.FamilyDiabetes,
        GestationalDiabetes = r.GestationalDiabetes,
        Prediabetes = r.Prediabetes,
        ChronicConditionCodes = r.ChronicConditionCodes,
        MedicalHistory = r.MedicalHistory,
        FamilyHistory = r.FamilyHistory,
        AllergyDrugs = r.AllergyDrugs,
        AllergyFood = r.AllergyFood,
        AllergyOther = r.AllergyOther,
        Disabilities = r.Disabilities,
    };

    /// <summary>Fields the form does not show (diet, surgery, exposure…) are carried over from the current version.</summary>
    public HealthRecordInput ToInput(HealthRecordInput current) => current with
    {
        BloodGroupAbo = string.IsNullOrWhiteSpace(BloodGroupAbo) ? null : BloodGroupAbo,
        BloodGroupRh = string.IsNullOrWhiteSpace(BloodGroupRh) ? null : BloodGroupRh,
        Tobacco = Tobacco,
        Alcohol = Alcohol,
        PhysicallyActive = PhysicallyActive,
        FamilyHypertension = FamilyHypertension,
        FamilyDiabetes = FamilyDiabetes,
        GestationalDiabetes = GestationalDiabetes,
        Prediabetes = Prediabetes,
        ChronicConditionCodes = ChronicConditionCodes,
        MedicalHistory = MedicalHistory,
        FamilyHistory = FamilyHistory,
        AllergyDrugs = AllergyDrugs,
        AllergyFood = AllergyFood,
        AllergyOther = AllergyOther,
        Disabilities = Disabilities,
    };
}
