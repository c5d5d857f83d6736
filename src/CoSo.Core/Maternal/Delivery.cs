using CoSo.Core.People;

namespace CoSo.Core.Maternal;

/// <summary>
/// The delivery that ends a pregnancy: when, where, by whom, how, the mother's complications and referral, and whether
/// she died. Each baby is a <see cref="BirthOutcome"/>; a live birth is also a resident of the mother's household.
/// </summary>
public sealed class Delivery : IPersonOwned
{
    public Guid Id { get; set; }

    public string ProvinceCode { get; set; } = string.Empty;

    public Guid OrgUnitId { get; set; }

    /// <summary>The mother.</summary>
    public Guid PersonId { get; set; }

    public Guid PregnancyId { get; set; }

    /// <summary>The day of the birth in Vietnam.</summary>
    public DateOnly DeliveryDate { get; set; }

    /// <summary>The instant of the birth (UTC) when the time is known.</summary>
    public DateTimeOffset? DeliveredAt { get; set; }

    public DeliveryPlace Place { get; set; }

    /// <summary>The facility's name, or where the home is.</summary>
    public string? PlaceName { get; set; }

    public BirthAttendant Attendant { get; set; }

    public DeliveryMode Mode { get; set; }

    public MaternalComplications Complications { get; set; }

    public string? ComplicationNote { get; set; }

    public bool Referred { get; set; }

    public string? ReferredTo { get; set; }

    /// <summary>The mother died of the pregnancy or the delivery (within 42 days).</summary>
    public bool MaternalDeath { get; set; }

    public DateOnly? MaternalDeathDate { get; set; }

    public List<BirthOutcome> Outcomes { get; set; } = [];

    public Guid? RecordedByUserId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public int Version { get; set; } = 1;

    Guid? IPersonOwned.SubjectPersonId => PersonId;

    /// <summary>In a health facility: the first 24 hours of postnatal care happen there.</summary>
    public bool InFacility => Place is DeliveryPlace.Station or DeliveryPlace.Hospital or DeliveryPlace.PrivateFacility;

    public bool SkilledAttendant => Births.IsSkilled(Attendant);
}
