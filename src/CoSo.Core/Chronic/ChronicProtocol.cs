namespace CoSo.Core.Chronic;

/// <summary>A treatment protocol from data/chronic/protocols.json: ordered drug steps and the follow-up interval.</summary>
public sealed record ChronicProtocol
{
    public string Code { get; init; } = string.Empty;

    public ChronicProgramme Programme { get; init; }

    public string NameVi { get; init; } = string.Empty;

    public string NameEn { get; init; } = string.Empty;

    public int FollowUpDays { get; init; } = 30;

    /// <summary>The control threshold of the HEARTS/Simple indicators (a reading strictly below it is controlled).</summary>
    public ProtocolTarget Target { get; init; } = new();

    /// <summary>
    /// ICD-10 codes (prefixes) the protocol is written for; empty = every code of the programme. The oral type 2
    /// diabetes protocol lists E11 only: type 1 (E10) and other diabetes are referred, never put on it.
    /// </summary>
    public IReadOnlyList<string> AppliesTo { get; init; } = [];

    /// <summary>Treatment targets by age and health status (diabetes); empty = <see cref="Target"/> decides.</summary>
    public IReadOnlyList<GlycaemicTarget> TreatmentTargets { get; init; } = [];

    /// <summary>Glucose strictly below this (mmol/L) is a hypoglycaemia (Ministry of Health 2020: &lt; 3.9 mmol/L, level 1).</summary>
    public decimal HypoglycaemiaBelow { get; init; } = 3.9m;

    public IReadOnlyList<ProtocolStep> Steps { get; init; } = [];

    public string? Source { get; init; }

    public bool Covers(string? diagnosisCode) =>
        AppliesTo.Count == 0 || (diagnosisCode is not null && AppliesTo.Any(p => diagnosisCode.StartsWith(p, StringComparison.OrdinalIgnoreCase)));

    /// <summary>The target row that applies to the patient (highest minimum age not above theirs, their health status).</summary>
    public GlycaemicTarget? TargetFor(int ageYears, OlderAdultHealth? health)
    {
        var byAge = TreatmentTargets.Where(t => t.MinimumAge <= ageYears).ToList();
        if (byAge.Count == 0)
        {
            return null;
        }

        var age = byAge.Max(t => t.MinimumAge);
        var rows = byAge.Where(t => t.MinimumAge == age).ToList();
        return rows.FirstOrDefault(t => t.Health == (health ?? OlderAdultHealth.Healthy)) ?? rows.FirstOrDefault(t => t.Health is null) ?? rows[0];
    }

    /// <summary>
    /// The step to prescribe after a visit: one up when the reading is at or above target (never past the last
    /// step), the same step otherwise or when nothing was measured. No safety rule: see <see cref="Advise"/>.
    /// </summary>
    public int SuggestStep(int currentStep, int? systolic, int? diastolic, decimal? fastingGlucose, decimal? hbA1c)
    {
        var current = Math.Clamp(currentStep, 1, Math.Max(1, Steps.Count));
        var raised = Programme == ChronicProgramme.Hypertension
            ? systolic >= Target.Systolic || diastolic >= Target.Diastolic
            : (hbA1c is { } a ? a >= Target.HbA1c : fastingGlucose >= Target.FastingGlucose);
        return raised ? Math.Min(current + 1, Steps.Count) : current;
    }

    /// <summary>
    /// The suggestion for one follow-up, with the safety rules: the diagnosis the protocol is written for, the
    /// individual glycaemic target, hypoglycaemia (step down), adherence before a step-up, no ARB/ACE inhibitor in
    /// pregnancy. A suggestion only: the caller shows it and the clinician confirms it.
    /// </summary>
    public ProtocolAdvice Advise(int currentStep, ProtocolPatient patient, ProtocolReadings r)
    {
        var current = Math.Clamp(currentStep, 1, Math.Max(1, Steps.Count));
        var flags = new List<AdviceReason>();
        if (!Covers(patient.DiagnosisCode))
        {
            return new ProtocolAdvice(current, null, [], [AdviceReason.NotType2Refer], null);
        }

        GlycaemicTarget? target = null;
        int next;
        if (Programme == ChronicProgramme.Hypertension)
        {
            if (r.Systolic is null && r.Diastolic is null)
            {
                flags.Add(AdviceReason.NotMeasured);
                next = current;
            }
            else if (r.Systolic >= Target.Systolic || r.Diastolic >= Target.Diastolic)
            {
                next = StepUp(current, patient, flags);
            }
            else
            {
                flags.Add(AdviceReason.AtTarget);
                next = current;
            }
        }
        else
        {
            target = TargetFor(patient.AgeYears, patient.OlderAdultHealth)
                ?? new GlycaemicTarget { HbA1c = Target.HbA1c, FastingLow = 0m, FastingHigh = Target.FastingGlucose - 0.1m };
            var lowest = new[] { r.FastingGlucose, r.CapillaryGlucose }.Where(g => g is not null).Min();
            if (lowest < HypoglycaemiaBelow)
            {
                flags.Add(AdviceReason.Hypoglycaemia);
                next = Math.Max(1, current - 1);
            }
            else if (r.HbA1c is { } a)
            {
                next = a >= target.HbA1c ? StepUp(current, patient, flags) : Stay(current, flags, r.FastingGlucose < target.FastingLow);
            }
            else if (r.FastingGlucose is { } g)
            {
                next = g > target.FastingHigh ? StepUp(current, patient, flags) : Stay(current, flags, g < target.FastingLow);
            }
            else
            {
                flags.Add(AdviceReason.NotMeasured);
                next = current;
            }
        }

        next = GuardPregnancy(current, next, patient, flags);
        var drugs = Steps[next - 1].Drugs.Where(d => !(patient.Pregnant && d.IsReninAngiotensinBlocker)).ToList();
        return new ProtocolAdvice(current, next, drugs, flags, target);
    }

    private int StepUp(int current, ProtocolPatient patient, List<AdviceReason> flags)
    {
        flags.Add(AdviceReason.AboveTarget);
        if (patient.Adherence is Adherence.Partial or Adherence.Poor)
        {
            flags.Add(AdviceReason.CheckAdherence);
            return current;
        }

        if (current >= Steps.Count)
        {
            flags.Add(AdviceReason.LastStepRefer);
            return current;
        }

        return current + 1;
    }

    private static int Stay(int current, List<AdviceReason> flags, bool belowTarget)
    {
        flags.Add(belowTarget ? AdviceReason.BelowTarget : AdviceReason.AtTarget);
        return current;
    }

    /// <summary>ARBs and ACE inhibitors are contraindicated in pregnancy: the highest step without one, and a referral.</summary>
    private int GuardPregnancy(int current, int next, ProtocolPatient patient, List<AdviceReason> flags)
    {
        if (!Steps[next - 1].Drugs.Any(d => d.IsReninAngiotensinBlocker))
        {
            return next;
        }

        if (patient.Pregnant)
        {
            flags.Add(AdviceReason.PregnancyNoArb);
            var safe = Enumerable.Range(1, next).LastOrDefault(s => !Steps[s - 1].Drugs.Any(d => d.IsReninAngiotensinBlocker));
            return safe == 0 ? next : safe;
        }

        if (patient.ChildBearingAge)
        {
            flags.Add(AdviceReason.CheckPregnancyBeforeArb);
        }

        return next;
    }
}
