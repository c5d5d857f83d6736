using CoSo.Core.People;

namespace CoSo.Core.Maternal;

/// <summary>A postnatal visit of a mother and her newborn(s), at home or at the station; one check per newborn.</summary>
public sealed class PostnatalVisit : IPersonOwned
{
    public Guid Id { get; set; }

    public string ProvinceCode { get; set; } = string.Empty;

    public Guid OrgUnitId { get; set; }

    /// <summary>The mother.</summary>
    public Guid PersonId { get; set; }

    public Guid DeliveryId { get; set; }

    public DateOnly VisitDate { get; set; }

    public bool AtHome { get; set; } = true;

    public int? Systolic { get; set; }

    public int? Diastolic { get; set; }

    public decimal? TemperatureC { get; set; }

    public MotherDangerSigns DangerSigns { get; set; }

    public bool FamilyPlanningCounselled { get; set; }

    public bool Referred { get; set; }

    public string? Notes { get; set; }

    public List<NewbornCheck> Checks { get; set; } = [];

    public Guid? RecordedByUserId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    Guid? IPersonOwned.SubjectPersonId => PersonId;
}
