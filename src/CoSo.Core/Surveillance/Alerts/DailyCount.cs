namespace CoSo.Core.Surveillance.Alerts;

/// <summary>Cases of one area × disease with onset on one day (<see cref="DateOnly.DayNumber"/>).</summary>
public readonly record struct DailyCount(int DayNumber, int Count);
