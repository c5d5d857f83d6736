namespace CoSo.Core.Immunization;

public enum AefiOutcome
{
    Unknown = 0,
    Recovered = 1,
    Sequelae = 2,
    Died = 3,
}
