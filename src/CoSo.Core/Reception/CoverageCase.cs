namespace CoSo.Core.Reception;

/// <summary>The situations a coverage rule is written for (field "case" of data/bhyt/coverage-rules.json).</summary>
public enum CoverageCase
{
    /// <summary>The card's registered facility (MA_DKBD) is this station.</summary>
    RegisteredHere = 1,

    /// <summary>Registered at another facility of the same province (first two digits of MA_DKBD).</summary>
    RegisteredSameProvince = 2,

    /// <summary>Registered at a facility of another province.</summary>
    RegisteredOtherProvince = 3,

    Emergency = 4,
}
