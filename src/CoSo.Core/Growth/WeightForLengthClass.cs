namespace CoSo.Core.Growth;

/// <summary>Wasting and overweight from WHZ (or bilateral oedema, which counts as severe wasting).</summary>
public enum WeightForLengthClass
{
    Normal = 0,

    /// <summary>WHZ &lt; −2 ("wasting", suy dinh dưỡng thể gầy còm).</summary>
    Wasting = 1,

    /// <summary>WHZ &lt; −3 or oedema ("severe-wasting").</summary>
    SevereWasting = 2,

    /// <summary>WHZ &gt; 2 ("overweight", thừa cân).</summary>
    Overweight = 3,

    /// <summary>WHZ &gt; 3 ("obese", béo phì).</summary>
    Obese = 4,
}
