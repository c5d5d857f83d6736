namespace CoSo.Core.Growth;

/// <summary>Underweight from WAZ (or bilateral oedema, which counts as severe).</summary>
public enum WeightForAgeClass
{
    Normal = 0,

    /// <summary>WAZ &lt; −2 ("underweight", suy dinh dưỡng thể nhẹ cân).</summary>
    Underweight = 1,

    /// <summary>WAZ &lt; −3 or oedema ("severe-underweight").</summary>
    SevereUnderweight = 2,
}
