namespace CoSo.Core.Chronic;

/// <summary>A treatment protocol from data/chronic/protocols.json: ordered drug steps and the follow-up interval.</summary>
public sealed record ChronicProtocol
{
    public string Code { get; init; } = string.Empty;

    public ChronicProgramme Programme { get; init; }

    public string NameVi { get; init; } = string.Empty;

    public string NameEn { get; init; } = string.Empty;

    public int FollowUpDays { get; init; } = 30;

    public ProtocolTarget Target { get; init; } = new();

    public IReadOnlyList<ProtocolStep> Steps { get; init; } = [];

    public string? Source { get; init; }

    /// <summary>
    /// The step to prescribe after a visit: one up when the reading is at or above target (never past the last
    /// step), the same step otherwise or when nothing was measured.
    /// </summary>
    public int SuggestStep(int currentStep, int? systolic, int? diastolic, decimal? fastingGlucose, decimal? hbA1c)
    {
        var current = Math.Clamp(currentStep, 1, Math.Max(1, Steps.Count));
        var raised = Programme == ChronicProgramme.Hypertension
            ? systolic >= Target.Systolic || diastolic >= Target.Diastolic
            : (hbA1c is { } a ? a >= Target.HbA1c : fastingGlucose >= Target.FastingGlucose);
        return raised ? Math.Min(current + 1, Steps.Count) : current;
    }
}
