namespace CoSo.Core.Bhyt;

/// <summary>
/// Where a claim version stands: draft (made, with findings to correct) → checked (no finding) → submitted →
/// accepted / rejected (with the gateway's reason) → corrected (a new version after the visit was corrected) →
/// resubmitted. A held claim (uncovered, no cost) is never sent.
/// </summary>
public enum ClaimStatus
{
    Held = 0,
    Draft = 1,
    Checked = 2,
    Submitted = 3,
    Accepted = 4,
    Rejected = 5,
    Corrected = 6,
    Resubmitted = 7,
}
