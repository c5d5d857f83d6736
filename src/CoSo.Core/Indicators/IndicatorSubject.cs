namespace CoSo.Core.Indicators;

/// <summary>What the numerator counts: residents (the list behind is a list of people, audited) or units (stations, villages).</summary>
public enum IndicatorSubject
{
    Residents = 1,
    Visits = 2,
    Units = 3,
}
