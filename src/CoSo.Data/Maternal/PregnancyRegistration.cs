using CoSo.Core.Maternal;

namespace CoSo.Data.Maternal;

/// <summary>What the station records to register (or correct) a pregnancy: dating, obstetric history, known risks.</summary>
public sealed record PregnancyRegistration
{
    public DateOnly? FirstContactDate { get; init; }

    public DateOnly? LastMenstrualPeriod { get; init; }

    public DateOnly? UltrasoundDate { get; init; }

    /// <summary>Gestational age at the ultrasound: completed weeks…</summary>
    public int? UltrasoundWeeks { get; init; }

    /// <summary>…and days (0–6).</summary>
    public int? UltrasoundDays { get; init; }

    public DateOnly? ExpectedDeliveryDate { get; init; }

    public int? FirstContactGestationWeeks { get; init; }

    public int? Gravida { get; init; }

    public int? TermBirths { get; init; }

    public int? PretermBirths { get; init; }

    public int? Abortions { get; init; }

    public int? LivingChildren { get; init; }

    public bool PreviousCaesarean { get; init; }

    public bool Hypertension { get; init; }

    public bool Diabetes { get; init; }

    public bool Anaemia { get; init; }

    public InfectionStatus HivStatus { get; init; }

    public InfectionStatus SyphilisStatus { get; init; }

    public InfectionStatus HepatitisBStatus { get; init; }

    public string? Notes { get; init; }
}
