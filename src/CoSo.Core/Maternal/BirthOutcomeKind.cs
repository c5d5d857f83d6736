namespace CoSo.Core.Maternal;

public enum BirthOutcomeKind
{
    LiveBirth = 1,
    Stillbirth = 2,
}
