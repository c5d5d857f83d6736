namespace CoSo.Core.People;

public enum Sex
{
    Male = 1,
    Female = 2,
}
