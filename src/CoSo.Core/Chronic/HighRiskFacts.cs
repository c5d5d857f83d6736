using CoSo.Core.People;

namespace CoSo.Core.Chronic;

/// <summary>
/// What the high-risk rules look at, gathered from the person, the health record and past visits. Hypertension =
/// a hypertension diagnosis (I10–I15) at a visit; prediabetes = the health record's flag or an R73 diagnosis.
/// </summary>
public sealed record HighRiskFacts(int Age, decimal? LatestBmi, bool CurrentTobacco, bool FamilyHistory, int? MaxSystolic, int? MaxDiastolic)
{
    public Sex Sex { get; init; }

    public bool Hypertension { get; init; }

    /// <summary>False only when the record says the person is not physically active (unknown is not inactive).</summary>
    public bool Inactive { get; init; }

    public bool GestationalDiabetes { get; init; }

    public bool Prediabetes { get; init; }

    /// <summary>The latest waist circumference (cm) in the check period.</summary>
    public decimal? WaistCm { get; init; }
}
