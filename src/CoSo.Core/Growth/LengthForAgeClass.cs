namespace CoSo.Core.Growth;

/// <summary>Stunting from HAZ.</summary>
public enum LengthForAgeClass
{
    Normal = 0,

    /// <summary>HAZ &lt; −2 ("stunting", suy dinh dưỡng thể thấp còi).</summary>
    Stunting = 1,

    /// <summary>HAZ &lt; −3 ("severe-stunting").</summary>
    SevereStunting = 2,
}
