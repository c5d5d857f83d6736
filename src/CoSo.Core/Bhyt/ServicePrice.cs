namespace CoSo.Core.Bhyt;

/// <summary>A price of the station's technical-service list: exam, test, procedure or supply, with its source and
/// the dates it applies (data/bhyt/service-prices.csv).</summary>
public sealed record ServicePrice(string Code, int Group, string NameVi, string Unit, decimal Price, DateOnly ValidFrom, DateOnly? ValidTo, string Source);
