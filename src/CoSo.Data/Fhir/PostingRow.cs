using CoSo.Core.Organisation;
using CoSo.Core.Workforce;

namespace CoSo.Data.Fhir;

/// <summary>A posting with its worker (cadre) and the unit posted to (a village's station is its parent).</summary>
public sealed class PostingRow
{
    public required Posting Posting { get; init; }

    public required StaffMember Staff { get; init; }

    public required OrgUnit Unit { get; init; }
}
