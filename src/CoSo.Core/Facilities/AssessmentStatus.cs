namespace CoSo.Core.Facilities;

/// <summary>Workflow of a yearly self-assessment: the commune drafts and submits; the district approves or returns it.</summary>
public enum AssessmentStatus
{
    Draft = 1,
    Submitted = 2,
    Approved = 3,
    Returned = 4,
}
