using CoSo.Core.Encounters;

namespace CoSo.Data.Encounters;

/// <summary>A prescription line as stored: the drug, how to take it, what was handed out from the station's stock.</summary>
public sealed record PrescriptionLineDto(
    Guid Id, string? DrugCode, string Drug, string? Strength, string? Dose, string? Unit, decimal? DosePerTake, int? TimesPerDay, decimal Quantity, int Days,
    bool FreeText, bool BhytCovered, decimal DispensedQuantity, decimal DispensedValue, string? AllergyOverrideReason)
{
    public static PrescriptionLineDto From(PrescriptionLine l) =>
        new(l.Id, l.DrugCode, l.Drug, l.Strength, l.Dose, l.Unit, l.DosePerTake, l.TimesPerDay, l.Quantity, l.Days, l.DrugCode is null, l.BhytCovered,
            l.DispensedQuantity, l.DispensedValue, l.AllergyOverrideReason);
}
