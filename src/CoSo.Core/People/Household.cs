namespace CoSo.Core.People;

/// <summary>A household (hộ gia đình) in a village of a station's catchment.</summary>
public sealed class Household : IPersonOwned
{
    public Guid Id { get; set; }

    public string ProvinceCode { get; set; } = string.Empty;

    public Guid OrgUnitId { get; set; }

    public Guid? VillageId { get; set; }

    /// <summary>Household number (mã hộ), unique within the province.</summary>
    public string Code { get; set; } = string.Empty;

    public string? AddressLine { get; set; }

    public Guid? HeadPersonId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public int Version { get; set; }

    Guid? IPersonOwned.SubjectPersonId => HeadPersonId;
}
