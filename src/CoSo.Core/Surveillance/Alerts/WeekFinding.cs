namespace CoSo.Core.Surveillance.Alerts;

/// <summary>A finding for the week at <paramref name="WeekIndex"/> of the series it was evaluated on.</summary>
public readonly record struct WeekFinding(int WeekIndex, AlertFinding Finding);
