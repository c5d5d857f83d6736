namespace CoSo.Data.Demo;

/// <summary>A station's code and its villages' codes, as the people generator needs them for CSV rows.</summary>
public sealed record DemoStation(string StationCode, IReadOnlyList<string> VillageCodes, string? AddressSuffix = null);
