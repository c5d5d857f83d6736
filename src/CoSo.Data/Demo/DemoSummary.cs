namespace CoSo.Data.Demo;

/// <summary>What a demo seed wrote (all zero and <see cref="AlreadySeeded"/> when the province was already there).</summary>
public sealed record DemoSummary(bool AlreadySeeded, string ProvinceCode, int Stations, int Villages, int Households, int Residents, int Visits, int Users);
