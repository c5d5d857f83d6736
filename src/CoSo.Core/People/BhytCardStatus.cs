namespace CoSo.Core.People;

public enum BhytCardStatus
{
    None = 0,
    Valid = 1,
    ExpiringSoon = 2,
    Expired = 3,
    NotYetValid = 4,
}
