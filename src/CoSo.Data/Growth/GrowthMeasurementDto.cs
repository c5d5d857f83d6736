using CoSo.Core.Growth;

namespace CoSo.Data.Growth;

/// <summary>
/// A stored measurement with its z-scores; <see cref="Flags"/> and <see cref="Classification"/> are the strings of the
/// <c>coso growth zscores</c> contract, so the API and the CLI speak alike.
/// </summary>
public sealed record GrowthMeasurementDto(
    Guid Id,
    Guid PersonId,
    DateOnly MeasuredOn,
    int AgeDays,
    decimal? WeightKg,
    decimal? LengthCm,
    MeasuredPosition? Position,
    int? MuacMm,
    bool Oedema,
    MeasurementOccasion Occasion,
    Guid? EncounterId,
    Guid? SessionId,
    decimal? Waz,
    decimal? Haz,
    decimal? Whz,
    decimal? Baz,
    IReadOnlyList<string> Flags,
    IReadOnlyList<string> Classification,
    bool SevereAcuteMalnutrition)
{
    internal static GrowthMeasurementDto From(GrowthMeasurement m)
    {
        var assessment = m.ToAssessment();
        return new(m.Id, m.PersonId, m.MeasuredOn, m.AgeDays, m.WeightKg, m.LengthCm, m.Position, m.MuacMm, m.Oedema, m.Occasion, m.EncounterId,
            m.SessionId, m.Waz, m.Haz, m.Whz, m.Baz, assessment.FlagCodes, assessment.ClassificationCodes, m.SevereAcuteMalnutrition);
    }
}
