namespace CoSo.Core.Encounters;

public enum Disposition
{
    Home = 1,
    FollowUp = 2,
    Referred = 3,
    Admitted = 4,
}
