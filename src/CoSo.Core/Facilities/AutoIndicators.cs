namespace CoSo.Core.Facilities;

/// <summary>Keys of the indicators CoSo can compute from its own data (the "autoKey" of an auto indicator).</summary>
public static class AutoIndicators
{
    /// <summary>1 when a doctor (own or seconded) is posted at the station on the assessment date.</summary>
    public const string DoctorPresent = "doctorPresent";

    /// <summary>1 when a midwife or an OB/paediatric assistant physician is posted at the station.</summary>
    public const string MaternalCarePresent = "maternalCarePresent";

    /// <summary>1 when the station is BHYT-eligible with a contract in force.</summary>
    public const string BhytEligible = "bhytEligible";

    /// <summary>Percent of the station's residents with at least one health-record version.</summary>
    public const string HealthRecordShare = "healthRecordShare";

    /// <summary>Percent of the commune-level technical-service list the station performs.</summary>
    public const string TechnicalServiceShare = "technicalServiceShare";

    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        DoctorPresent, MaternalCarePresent, BhytEligible, HealthRecordShare, TechnicalServiceShare,
    };
}
