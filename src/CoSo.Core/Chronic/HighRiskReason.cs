namespace CoSo.Core.Chronic;

public enum HighRiskReason
{
    Age = 1,
    Bmi = 2,
    Tobacco = 3,
    FamilyHistory = 4,
    RaisedReading = 5,
}
