namespace CoSo.Core.Chronic;

/// <summary>Why a protocol suggestion is what it is; each flag has a message in the UI resources ("ChronicAdvice" + name).</summary>
public enum AdviceReason
{
    /// <summary>The reading is at target: same step.</summary>
    AtTarget = 1,

    /// <summary>The reading is above target: one step up.</summary>
    AboveTarget = 2,

    /// <summary>Nothing the protocol judges was measured: same step.</summary>
    NotMeasured = 3,

    /// <summary>Already at the last step and still above target: refer for review.</summary>
    LastStepRefer = 4,

    /// <summary>Adherence was partial or poor: counsel adherence before stepping up (HEARTS).</summary>
    CheckAdherence = 5,

    /// <summary>Glucose below 3.9 mmol/L: an alert; one step down (the sulfonylurea goes first).</summary>
    Hypoglycaemia = 6,

    /// <summary>Fasting glucose below the lower target but not hypoglycaemic: no step-up.</summary>
    BelowTarget = 7,

    /// <summary>Not type 2 diabetes (E10, E12, E13, E14 unconfirmed): no oral type 2 protocol, refer to a doctor/hospital.</summary>
    NotType2Refer = 8,

    /// <summary>Pregnant: an ARB/ACE inhibitor step is not suggested; refer.</summary>
    PregnancyNoArb = 9,

    /// <summary>A woman of child-bearing age: check pregnancy and contraception before an ARB/ACE inhibitor.</summary>
    CheckPregnancyBeforeArb = 10,
}
