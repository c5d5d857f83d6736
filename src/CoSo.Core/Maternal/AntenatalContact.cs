using CoSo.Core.People;

namespace CoSo.Core.Maternal;

/// <summary>
/// One antenatal contact (lần khám thai). Gestational age and the blood-pressure finding are not stored: they follow
/// from the pregnancy's dating at read time, so re-dating the pregnancy re-reads every contact.
/// </summary>
public sealed class AntenatalContact : IPersonOwned
{
    public Guid Id { get; set; }

    public string ProvinceCode { get; set; } = string.Empty;

    public Guid OrgUnitId { get; set; }

    public Guid PersonId { get; set; }

    public Guid PregnancyId { get; set; }

    public DateOnly ContactDate { get; set; }

    public decimal? WeightKg { get; set; }

    public int? Systolic { get; set; }

    public int? Diastolic { get; set; }

    public Proteinuria Proteinuria { get; set; }

    public decimal? FundalHeightCm { get; set; }

    /// <summary>Fetal heart rate, beats per minute.</summary>
    public int? FetalHeartRate { get; set; }

    public decimal? HaemoglobinGdl { get; set; }

    public InfectionStatus HivTest { get; set; }

    public InfectionStatus SyphilisTest { get; set; }

    public InfectionStatus HbsAgTest { get; set; }

    /// <summary>Fasting plasma glucose, mmol/L.</summary>
    public decimal? FastingGlucoseMmol { get; set; }

    /// <summary>Iron–folic acid tablets handed out at this contact (0 or null: none).</summary>
    public int? IronFolicTablets { get; set; }

    public string? Notes { get; set; }

    public Guid? RecordedByUserId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    Guid? IPersonOwned.SubjectPersonId => PersonId;
}
