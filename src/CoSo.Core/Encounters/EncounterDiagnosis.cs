using CoSo.Core.People;

namespace CoSo.Core.Encounters;

public sealed class EncounterDiagnosis : IPersonOwned
{
    public Guid Id { get; set; }

    public string ProvinceCode { get; set; } = string.Empty;

    public Guid OrgUnitId { get; set; }

    public Guid EncounterId { get; set; }

    public Guid PersonId { get; set; }

    public string Code { get; set; } = string.Empty;

    public string NameVi { get; set; } = string.Empty;

    public bool IsMain { get; set; }

    Guid? IPersonOwned.SubjectPersonId => PersonId;
}
