using CoSo.Core.People;

namespace CoSo.Core.Maternal;

/// <summary>
/// One baby of a delivery: live or stillborn, sex, birth weight and length, the time of birth (which the hepatitis B
/// birth dose within 24 hours is measured from), the resident created for a live birth, and a neonatal death.
/// Owned by the mother (it moves with her record); the newborn's own record is <see cref="NewbornPersonId"/>.
/// </summary>
public sealed class BirthOutcome : IPersonOwned
{
    public Guid Id { get; set; }

    public string ProvinceCode { get; set; } = string.Empty;

    public Guid OrgUnitId { get; set; }

    /// <summary>The mother.</summary>
    public Guid PersonId { get; set; }

    public Guid DeliveryId { get; set; }

    /// <summary>1 for a single birth; 1, 2… for twins in birth order.</summary>
    public int BirthOrder { get; set; } = 1;

    public BirthOutcomeKind Kind { get; set; }

    public Sex? Sex { get; set; }

    public int? BirthWeightGrams { get; set; }

    public decimal? BirthLengthCm { get; set; }

    /// <summary>The instant of birth (UTC) when known: the start of the 24 hours of the hepatitis B birth dose.</summary>
    public DateTimeOffset? BornAt { get; set; }

    /// <summary>The resident registered for a live birth, in the mother's household.</summary>
    public Guid? NewbornPersonId { get; set; }

    /// <summary>A live-born baby who died in the first 28 days.</summary>
    public DateOnly? NeonatalDeathDate { get; set; }

    Guid? IPersonOwned.SubjectPersonId => PersonId;

    /// <summary>Below 2,500 g (WHO): kangaroo mother care.</summary>
    public bool LowBirthWeight => BirthWeightGrams < Births.LowBirthWeightGrams;
}
