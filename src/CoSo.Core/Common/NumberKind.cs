namespace CoSo.Core.Common;

/// <summary>What a typed number is: it decides which separators are accepted and how they are read.</summary>
public enum NumberKind
{
    /// <summary>A measurement (6,5 kg; 37.5 °C): one decimal mark, comma or point; no thousands grouping.</summary>
    Measurement = 1,

    /// <summary>A count (150 mmHg, 30 tablets): digits only.</summary>
    Count = 2,

    /// <summary>Money in đồng (1.250.000; 315,5): thousands grouping allowed, and a single mark before exactly three
    /// digits is read as grouping, as Vietnamese write prices ("12.600" is twelve thousand six hundred).</summary>
    Amount = 3,

    /// <summary>A coordinate in decimal degrees (21,0285; 105.852): one decimal mark, comma or point, never grouping, so
    /// "105,852" is 105.852 — a degree has no thousands.</summary>
    Coordinate = 4,
}
