namespace CoSo.Core.Surveillance.Cases;

/// <summary>Case classification (TT 54/2015): discarded cases are kept but not counted.</summary>
public enum CaseClassification
{
    Suspected = 1,
    Probable = 2,
    Confirmed = 3,
    Discarded = 4,
}
