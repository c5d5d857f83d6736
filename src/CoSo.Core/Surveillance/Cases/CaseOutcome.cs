namespace CoSo.Core.Surveillance.Cases;

public enum CaseOutcome
{
    Unknown = 0,
    UnderTreatment = 1,
    Recovered = 2,
    Died = 3,
    TransferredOut = 4,
}
