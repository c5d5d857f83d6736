using CoSo.Core.Maternal;

namespace CoSo.Data.Maternal;

/// <summary>A contact with what follows from the pregnancy's dating: gestational age and the blood-pressure finding.</summary>
public sealed record AntenatalContactDto(
    Guid Id, DateOnly ContactDate, int? GestationDays, string? Gestation, decimal? WeightKg, int? Systolic, int? Diastolic, Proteinuria Proteinuria,
    decimal? FundalHeightCm, int? FetalHeartRate, decimal? HaemoglobinGdl, InfectionStatus HivTest, InfectionStatus SyphilisTest, InfectionStatus HbsAgTest,
    decimal? FastingGlucoseMmol, int? IronFolicTablets, string? Notes, BloodPressureFinding Finding, bool Anaemia, bool RaisedGlucose)
{
    public static AntenatalContactDto From(AntenatalContact c, PregnancyDating dating)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(dating);
        var ga = dating.On(c.ContactDate);
        return new AntenatalContactDto(
            c.Id, c.ContactDate, ga?.Days, ga?.ToString(), c.WeightKg, c.Systolic, c.Diastolic, c.Proteinuria, c.FundalHeightCm, c.FetalHeartRate,
            c.HaemoglobinGdl, c.HivTest, c.SyphilisTest, c.HbsAgTest, c.FastingGlucoseMmol, c.IronFolicTablets, c.Notes,
            PreEclampsiaRule.Evaluate(ga, c.Systolic, c.Diastolic, c.Proteinuria),
            c.HaemoglobinGdl < RiskFactors.AnaemiaBelowGdl, c.FastingGlucoseMmol >= RiskFactors.RaisedFastingGlucoseMmol);
    }
}
