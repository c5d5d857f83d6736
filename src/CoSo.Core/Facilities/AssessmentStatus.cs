namespace CoSo.Core.Facilities;

/// <summary>
/// Workflow of a yearly self-assessment: the commune drafts and submits; the province approves or returns it (a regional
/// health centre may return it, not approve it: <see cref="RecognitionPolicy"/>).
/// </summary>
public enum AssessmentStatus
{
    Draft = 1,
    Submitted = 2,
    Approved = 3,
    Returned = 4,
}
