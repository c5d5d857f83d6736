namespace CoSo.Core.People;

public enum SearchKind
{
    Name = 1,
    Cccd = 2,
    Bhyt = 3,
    PhoneOrSocialInsuranceNumber = 4,
}
