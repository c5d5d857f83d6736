using CoSo.Core.People;

namespace CoSo.Core.Chronic;

/// <summary>
/// Who gets the yearly BP and glucose check (data/chronic/protocols.json, "highRisk"): the Ministry of Health's
/// screening criteria for type 2 diabetes and prediabetes (QĐ 3087/QĐ-BYT, 2020) — everyone aged ≥ 45, and adults with
/// BMI ≥ 23 plus at least one factor (hypertension, a first-degree relative with diabetes, physical inactivity,
/// a history of gestational diabetes, prediabetes, waist ≥ 90 cm for men / ≥ 80 cm for women). A raised BP reading
/// in a person without a diagnosis puts them on the list to confirm the diagnosis; it is not a T4 criterion by itself.
/// </summary>
public sealed record HighRiskRules
{
    public int? MinimumAge { get; init; } = 45;

    /// <summary>BMI at or above which one factor makes a person high-risk (Asian cut-off 23).</summary>
    public decimal? MinimumBmi { get; init; } = 23m;

    public int AdultAge { get; init; } = 18;

    /// <summary>Current tobacco use alone as a criterion: not one of the Ministry's criteria, off by default.</summary>
    public bool CurrentTobacco { get; init; }

    public bool FamilyHistory { get; init; } = true;

    public bool Hypertension { get; init; } = true;

    public bool Inactivity { get; init; } = true;

    public bool GestationalDiabetes { get; init; } = true;

    public bool Prediabetes { get; init; } = true;

    public WaistThresholds? Waist { get; init; } = new();

    /// <summary>A reading at or above this, without a diagnosis: confirm the diagnosis (and it counts as the hypertension factor).</summary>
    public ProtocolTarget? RaisedReading { get; init; } = new();

    public int CheckWithinMonths { get; init; } = 12;

    public string? Source { get; init; }

    public IReadOnlyList<HighRiskReason> Evaluate(HighRiskFacts facts)
    {
        var reasons = new List<HighRiskReason>();
        if (facts.Age < AdultAge)
        {
            return reasons;
        }

        if (MinimumAge is { } age && facts.Age >= age)
        {
            reasons.Add(HighRiskReason.Age);
        }

        var raised = RaisedReading is { } r && (facts.MaxSystolic >= r.Systolic || facts.MaxDiastolic >= r.Diastolic);
        var factors = new List<HighRiskReason>();
        if (Hypertension && (facts.Hypertension || raised))
        {
            factors.Add(HighRiskReason.Hypertension);
        }

        if (FamilyHistory && facts.FamilyHistory)
        {
            factors.Add(HighRiskReason.FamilyHistory);
        }

        if (Inactivity && facts.Inactive)
        {
            factors.Add(HighRiskReason.Inactivity);
        }

        if (GestationalDiabetes && facts.GestationalDiabetes && facts.Sex == Sex.Female)
        {
            factors.Add(HighRiskReason.GestationalDiabetes);
        }

        if (Prediabetes && facts.Prediabetes)
        {
            factors.Add(HighRiskReason.Prediabetes);
        }

        if (Waist is { } w && facts.WaistCm is { } waist && waist >= (facts.Sex == Sex.Female ? w.Female : w.Male))
        {
            factors.Add(HighRiskReason.Waist);
        }

        if (MinimumBmi is { } bmi && facts.LatestBmi >= bmi && factors.Count > 0)
        {
            reasons.Add(HighRiskReason.Bmi);
            reasons.AddRange(factors);
        }

        if (CurrentTobacco && facts.CurrentTobacco)
        {
            reasons.Add(HighRiskReason.Tobacco);
        }

        if (raised && !facts.Hypertension)
        {
            reasons.Add(HighRiskReason.RaisedReading);
        }

        return reasons;
    }

    /// <summary>High-risk for T4: any reason except a raised reading on its own (that one is to confirm).</summary>
    public static bool IsHighRisk(IReadOnlyList<HighRiskReason> reasons) => reasons.Any(r => r != HighRiskReason.RaisedReading);

    /// <summary>Checked = a BP and a glucose value (same visit or not) within the last N months, today included.</summary>
    public bool IsChecked(DateOnly? lastBpOn, DateOnly? lastGlucoseOn, DateOnly today)
    {
        var from = today.AddMonths(-CheckWithinMonths);
        return lastBpOn > from && lastGlucoseOn > from;
    }
}

/// <summary>Waist circumference at or above which the factor applies (cm).</summary>
public sealed record WaistThresholds(decimal Male = 90m, decimal Female = 80m);
