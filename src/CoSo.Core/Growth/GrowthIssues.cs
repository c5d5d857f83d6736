namespace CoSo.Core.Growth;

/// <summary>What the calculator flags (the contract's <c>flags</c>); stored as one integer with a measurement.</summary>
[Flags]
public enum GrowthIssues
{
    None = 0,

    /// <summary>60 months or older (age in days ≥ 1827): nothing is computed.</summary>
    AgeOutOfRange = 1,

    /// <summary>WAZ &lt; −6 or &gt; 5.</summary>
    WazImplausible = 2,

    /// <summary>|HAZ| &gt; 6.</summary>
    HazImplausible = 4,

    /// <summary>|WHZ| &gt; 5.</summary>
    WhzImplausible = 8,

    /// <summary>|BAZ| &gt; 5.</summary>
    BazImplausible = 16,
}
