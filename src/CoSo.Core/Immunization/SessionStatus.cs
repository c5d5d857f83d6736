namespace CoSo.Core.Immunization;

public enum SessionStatus
{
    Planned = 1,
    Held = 2,
}
