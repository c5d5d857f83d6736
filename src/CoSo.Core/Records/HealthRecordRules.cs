using CoSo.Core.Common;

namespace CoSo.Core.Records;

public static class HealthRecordRules
{
    private static readonly string[] AboGroups = ["A", "B", "AB", "O"];

    public static ValidationErrors Validate(HealthRecordInput input, Func<string, bool> icdExists)
    {
        var errors = new ValidationErrors();
        if (input.BloodGroupAbo is { } abo && !AboGroups.Contains(abo))
        {
            errors.Add("bloodGroupAbo", "import.value", abo);
        }

        if (input.BloodGroupRh is { } rh && rh is not ("+" or "-"))
        {
            errors.Add("bloodGroupRh", "import.value", rh);
        }

        foreach (var code in SplitCodes(input.ChronicConditionCodes))
        {
            if (!icdExists(code))
            {
                errors.Add("chronicConditionCodes", "icd.unknown", code);
            }
        }

        // Free text of the record (security finding B14 stored a diet note of 1,000,000 characters).
        InputLimits.CheckText(errors, "dietNotes", input.DietNotes);
        InputLimits.CheckText(errors, "chronicConditionCodes", input.ChronicConditionCodes);
        InputLimits.CheckText(errors, "medicalHistory", input.MedicalHistory);
        InputLimits.CheckText(errors, "surgicalHistory", input.SurgicalHistory);
        InputLimits.CheckText(errors, "familyHistory", input.FamilyHistory);
        InputLimits.CheckText(errors, "allergyDrugs", input.AllergyDrugs);
        InputLimits.CheckText(errors, "allergyFood", input.AllergyFood);
        InputLimits.CheckText(errors, "allergyOther", input.AllergyOther);
        InputLimits.CheckText(errors, "disabilities", input.Disabilities);
        InputLimits.CheckText(errors, "occupationalExposure", input.OccupationalExposure);
        InputLimits.CheckText(errors, "reproductiveHealth", input.ReproductiveHealth);
        InputLimits.CheckText(errors, "otherProblems", input.OtherProblems);
        return errors;
    }

    public static IEnumerable<string> SplitCodes(string? codes) =>
        (codes ?? string.Empty).Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(c => c.ToUpperInvariant());

    public static void Apply(HealthRecordInput input, HealthRecordVersion record)
    {
        record.BloodGroupAbo = input.BloodGroupAbo;
        record.BloodGroupRh = input.BloodGroupRh;
        record.Tobacco = input.Tobacco;
        record.Alcohol = input.Alcohol;
        record.PhysicallyActive = input.PhysicallyActive;
        record.DietNotes = Clean(input.DietNotes);
        record.ChronicConditionCodes = string.Join(';', SplitCodes(input.ChronicConditionCodes));
        record.MedicalHistory = Clean(input.MedicalHistory);
        record.SurgicalHistory = Clean(input.SurgicalHistory);
        record.FamilyHypertension = input.FamilyHypertension;
        record.FamilyDiabetes = input.FamilyDiabetes;
        record.GestationalDiabetes = input.GestationalDiabetes;
        record.Prediabetes = input.Prediabetes;
        record.FamilyHistory = Clean(input.FamilyHistory);
        record.AllergyDrugs = Clean(input.AllergyDrugs);
        record.AllergyFood = Clean(input.AllergyFood);
        record.AllergyOther = Clean(input.AllergyOther);
        record.Disabilities = Clean(input.Disabilities);
        record.OccupationalExposure = Clean(input.OccupationalExposure);
        record.ReproductiveHealth = Clean(input.ReproductiveHealth);
        record.OtherProblems = Clean(input.OtherProblems);
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : TextFolding.Nfc(s);
}
