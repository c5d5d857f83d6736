namespace CoSo.Core.FamilyPlanning;

/// <summary>The methods a commune station provides or records (biện pháp tránh thai).</summary>
public enum ContraceptiveMethod
{
    Pill = 1,
    Injectable = 2,
    Implant = 3,
    Iud = 4,
    Condom = 5,
    FemaleSterilisation = 6,
    MaleSterilisation = 7,

    /// <summary>Lactational amenorrhoea, calendar and withdrawal: recorded, not counted as modern.</summary>
    Traditional = 8,
}
