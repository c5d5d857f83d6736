namespace CoSo.Core.Organisation;

/// <summary>
/// An administrative unit of one edition of the GSO list: the two-level list of 07/2025 (province, commune)
/// or the three-level list before it (province, district, commune), which BHYT cards and old records still carry.
/// </summary>
public sealed class AdminUnit
{
    public AdminEdition Edition { get; set; }

    public string Code { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string NameKey { get; set; } = string.Empty;

    /// <summary>Tỉnh, Thành phố Trung ương, Quận, Huyện, Xã, Phường, Thị trấn, Đặc khu…</summary>
    public string Type { get; set; } = string.Empty;

    public AdminLevel Level { get; set; }

    public string? ParentCode { get; set; }

    public string ProvinceCode { get; set; } = string.Empty;
}
