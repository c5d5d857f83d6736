namespace CoSo.Core.Growth;

/// <summary>Where a child was weighed and measured.</summary>
public enum MeasurementOccasion
{
    /// <summary>A visit at the station (khám bệnh).</summary>
    Visit = 1,

    /// <summary>An immunization session (buổi tiêm chủng).</summary>
    ImmunizationSession = 2,

    /// <summary>The yearly nutrition survey (điều tra dinh dưỡng), or the village's growth-monitoring day.</summary>
    NutritionSurvey = 3,

    Other = 4,
}
