namespace CoSo.Core.Growth;

/// <summary>How length/height was measured; WHO's reference is lying below 731 days and standing from 731.</summary>
public enum MeasuredPosition
{
    Lying = 1,
    Standing = 2,
}
