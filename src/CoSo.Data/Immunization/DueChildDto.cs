using CoSo.Core.Immunization;

namespace CoSo.Data.Immunization;

/// <summary>
/// A child on a session's due list: who to call (mother, phone) and which doses it needs that day.
/// <see cref="ShownPeople"/> are the household members whose name or phone the row shows (the mother, the head whose
/// phone is given): residents too, audited with the child (not serialised).
/// </summary>
public sealed record DueChildDto(
    Guid PersonId, string ProvinceCode, string FullName, DateOnly BirthDate, string? MotherName, string? Phone, IReadOnlyList<DoseEvaluation> Needs)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<Guid> ShownPeople { get; init; } = [];
}
