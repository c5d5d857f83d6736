namespace CoSo.Core.Immunization;

/// <summary>The status names used by the CLI and the API (a contract: do not rename).</summary>
public static class DoseStatusCodes
{
    public const string Given = "given";
    public const string Invalid = "invalid";
    public const string Upcoming = "upcoming";
    public const string Due = "due";
    public const string Overdue = "overdue";
    public const string NotApplicable = "not-applicable";

    public static string ToCode(DoseStatus status) => status switch
    {
        DoseStatus.Given => Given,
        DoseStatus.Invalid => Invalid,
        DoseStatus.Upcoming => Upcoming,
        DoseStatus.Due => Due,
        DoseStatus.Overdue => Overdue,
        DoseStatus.NotApplicable => NotApplicable,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
