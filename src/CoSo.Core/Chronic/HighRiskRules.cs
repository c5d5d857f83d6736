namespace CoSo.Core.Chronic;

/// <summary>Who gets an annual BP and glucose check (data/chronic/protocols.json, "highRisk"); any one rule is enough.</summary>
public sealed record HighRiskRules
{
    public int? MinimumAge { get; init; } = 40;

    public decimal? MinimumBmi { get; init; } = 25m;

    public bool CurrentTobacco { get; init; } = true;

    public bool FamilyHistory { get; init; } = true;

    public ProtocolTarget? RaisedReading { get; init; } = new();

    public int CheckWithinMonths { get; init; } = 12;

    public IReadOnlyList<HighRiskReason> Evaluate(HighRiskFacts facts)
    {
        var reasons = new List<HighRiskReason>();
        if (MinimumAge is { } age && facts.Age >= age)
        {
            reasons.Add(HighRiskReason.Age);
        }

        if (MinimumBmi is { } bmi && facts.LatestBmi >= bmi)
        {
            reasons.Add(HighRiskReason.Bmi);
        }

        if (CurrentTobacco && facts.CurrentTobacco)
        {
            reasons.Add(HighRiskReason.Tobacco);
        }

        if (FamilyHistory && facts.FamilyHistory)
        {
            reasons.Add(HighRiskReason.FamilyHistory);
        }

        if (RaisedReading is { } r && (facts.MaxSystolic >= r.Systolic || facts.MaxDiastolic >= r.Diastolic))
        {
            reasons.Add(HighRiskReason.RaisedReading);
        }

        return reasons;
    }

    /// <summary>Checked = a BP and a glucose value (same visit or not) within the last N months, today included.</summary>
    public bool IsChecked(DateOnly? lastBpOn, DateOnly? lastGlucoseOn, DateOnly today)
    {
        var from = today.AddMonths(-CheckWithinMonths);
        return lastBpOn > from && lastGlucoseOn > from;
    }
}
