namespace CoSo.Core.Organisation;

public enum AdminLevel
{
    Province = 1,
    District = 2,
    Commune = 3,
}
