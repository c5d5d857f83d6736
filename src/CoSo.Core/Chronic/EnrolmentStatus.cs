namespace CoSo.Core.Chronic;

public enum EnrolmentStatus
{
    Active = 1,
    Closed = 2,
}
