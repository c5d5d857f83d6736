namespace CoSo.Core.Maternal;

/// <summary>Complications of the mother at or after a delivery (the five main obstetric complications, and others).</summary>
[Flags]
public enum MaternalComplications
{
    None = 0,
    Haemorrhage = 1,
    Eclampsia = 2,
    Infection = 4,
    ObstructedLabour = 8,
    RupturedUterus = 16,
    Other = 32,
}
