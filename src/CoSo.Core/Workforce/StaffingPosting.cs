namespace CoSo.Core.Workforce;

/// <summary>Input of <see cref="Staffing.StaffingOnDate"/>: one posting with the worker's cadre and employment type.</summary>
public sealed record StaffingPosting(Guid StaffId, Guid UnitId, Cadre Cadre, EmploymentType Employment, PostingKind Kind, DateOnly Start, DateOnly? End, bool PartTime = false)
{
    /// <summary>Start and end are both inclusive: a posting ending 2026-03-01 still counts on 2026-03-01.</summary>
    public bool ActiveOn(DateOnly date) => Start <= date && (End is null || date <= End.Value);

    public bool IsTemporary => Kind is PostingKind.Rotation or PostingKind.Secondment;
}
