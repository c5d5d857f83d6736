namespace CoSo.Core.Maternal;

/// <summary>Urine protein by dipstick at an antenatal contact.</summary>
public enum Proteinuria
{
    NotTested = 0,
    Negative = 1,
    Trace = 2,
    Plus1 = 3,
    Plus2 = 4,
    Plus3 = 5,
    Plus4 = 6,
}
