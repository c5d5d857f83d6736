namespace CoSo.Data.Demo;

/// <summary>Shape of a demo province. The same options (and <see cref="Today"/>) always give the same rows.</summary>
public sealed record DemoOptions
{
    public const string DemoPassword = "CoSo@2026";

    public int Seed { get; init; } = 2026;

    /// <summary>Current (2025) province code; Thanh Hóa by default, a province named in the directive's plans.</summary>
    public string ProvinceCode { get; init; } = "38";

    public int Stations { get; init; } = 10;

    public int PeoplePerStation { get; init; } = 300;

    /// <summary>The date ages, card validity and visits are relative to; defaults to today in Asia/Ho_Chi_Minh.</summary>
    public DateOnly? Today { get; init; }
}
