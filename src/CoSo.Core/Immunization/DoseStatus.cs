namespace CoSo.Core.Immunization;

/// <summary>Status of one dose on the evaluation date; <see cref="DoseStatusCodes"/> gives the wire names.</summary>
public enum DoseStatus
{
    Given,
    Invalid,
    Upcoming,
    Due,
    Overdue,
    NotApplicable,
}
