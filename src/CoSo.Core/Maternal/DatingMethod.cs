namespace CoSo.Core.Maternal;

/// <summary>What the gestational age and expected delivery date of a pregnancy come from, in order of preference.</summary>
public enum DatingMethod
{
    /// <summary>Nothing to date the pregnancy by: gestational age unknown.</summary>
    None = 0,

    /// <summary>An ultrasound scan before 24 weeks (WHO 2016 recommendation B.2.4).</summary>
    EarlyUltrasound = 1,

    /// <summary>The first day of the last menstrual period, EDD by Naegele's rule.</summary>
    LastMenstrualPeriod = 2,

    /// <summary>An expected delivery date written elsewhere (the hospital, the mother-and-child handbook).</summary>
    GivenDeliveryDate = 3,

    /// <summary>An ultrasound scan from 24 weeks, used only when nothing earlier dates the pregnancy.</summary>
    LateUltrasound = 4,

    /// <summary>The weeks of pregnancy estimated at the first contact (fundal height, history).</summary>
    ClinicalEstimate = 5,
}
