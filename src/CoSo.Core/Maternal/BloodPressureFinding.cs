namespace CoSo.Core.Maternal;

/// <summary>What a pregnant woman's blood pressure at a contact means (<see cref="PreEclampsiaRule"/>).</summary>
public enum BloodPressureFinding
{
    None = 0,

    /// <summary>≥ 140/90 before 20 weeks: hypertension that was there before the pregnancy, not pre-eclampsia.</summary>
    HypertensionBefore20Weeks = 1,

    /// <summary>≥ 140/90 when the gestational age is unknown.</summary>
    RaisedUndated = 2,

    /// <summary>≥ 140/90 from 20 weeks: the pre-eclampsia warning (test urine protein, refer).</summary>
    PreEclampsiaWarning = 3,

    /// <summary>≥ 140/90 from 20 weeks with proteinuria 2+ or more: suspected pre-eclampsia, refer.</summary>
    SuspectedPreEclampsia = 4,

    /// <summary>≥ 160 systolic or ≥ 110 diastolic from 20 weeks: severe, refer at once.</summary>
    Severe = 5,
}
