namespace CoSo.Core.Chronic;

/// <summary>
/// Why a person is on the high-risk list. <see cref="Age"/> alone is enough; <see cref="Bmi"/> is given only with at
/// least one factor (the factors follow it). <see cref="RaisedReading"/> alone is a suspected hypertension to confirm
/// (re-measure), not a high-risk person of T4.
/// </summary>
public enum HighRiskReason
{
    Age = 1,
    Bmi = 2,
    Tobacco = 3,
    FamilyHistory = 4,
    RaisedReading = 5,
    Hypertension = 6,
    Inactivity = 7,
    GestationalDiabetes = 8,
    Prediabetes = 9,
    Waist = 10,
}
