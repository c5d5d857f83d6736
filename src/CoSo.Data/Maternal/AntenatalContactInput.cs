using CoSo.Core.Maternal;

namespace CoSo.Data.Maternal;

public sealed record AntenatalContactInput
{
    public DateOnly? ContactDate { get; init; }

    public decimal? WeightKg { get; init; }

    public int? Systolic { get; init; }

    public int? Diastolic { get; init; }

    public Proteinuria Proteinuria { get; init; }

    public decimal? FundalHeightCm { get; init; }

    public int? FetalHeartRate { get; init; }

    public decimal? HaemoglobinGdl { get; init; }

    public InfectionStatus HivTest { get; init; }

    public InfectionStatus SyphilisTest { get; init; }

    public InfectionStatus HbsAgTest { get; init; }

    public decimal? FastingGlucoseMmol { get; init; }

    public int? IronFolicTablets { get; init; }

    public string? Notes { get; init; }
}
