namespace CoSo.Core.Organisation;

public enum AdminEdition
{
    /// <summary>Three levels, 63 provinces (GSO list as of 01/03/2025).</summary>
    Pre2025 = 2020,

    /// <summary>Two levels, 34 provinces, 3,321 communes (from 01/07/2025).</summary>
    Current2025 = 2025,
}
