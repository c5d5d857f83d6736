using CoSo.Core.Growth;

namespace CoSo.Data.Growth;

/// <summary>A measurement to record; the z-scores are computed by the service, never taken from the caller.</summary>
public sealed record GrowthInput(
    DateOnly MeasuredOn,
    decimal? WeightKg = null,
    decimal? LengthCm = null,
    MeasuredPosition? Position = null,
    int? MuacMm = null,
    bool Oedema = false,
    MeasurementOccasion? Occasion = null,
    Guid? EncounterId = null,
    Guid? SessionId = null);
