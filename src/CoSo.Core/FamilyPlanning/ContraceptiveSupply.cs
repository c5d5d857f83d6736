using CoSo.Core.People;

namespace CoSo.Core.FamilyPlanning;

/// <summary>A supply given for a use (cycles of pills, an injection, condoms, an insertion): the station's activity count.</summary>
public sealed class ContraceptiveSupply : IPersonOwned
{
    public Guid Id { get; set; }

    public string ProvinceCode { get; set; } = string.Empty;

    public Guid OrgUnitId { get; set; }

    public Guid PersonId { get; set; }

    public Guid UseId { get; set; }

    public ContraceptiveMethod Method { get; set; }

    public DateOnly GivenOn { get; set; }

    public decimal Quantity { get; set; }

    public Guid? GivenByUserId { get; set; }

    Guid? IPersonOwned.SubjectPersonId => PersonId;
}
