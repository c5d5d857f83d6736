namespace CoSo.Core.Surveillance.Cases;

/// <summary>TT 54/2015 deadlines: a report is late when it comes more than the disease's hours after diagnosis.</summary>
public static class ReportingDeadline
{
    public static DateTimeOffset Due(NotifiableDisease disease, DateTimeOffset diagnosedAt) =>
        diagnosedAt.AddHours(disease.ReportingDeadlineHours);

    public static bool IsLate(NotifiableDisease disease, DateTimeOffset diagnosedAt, DateTimeOffset reportedAt) =>
        reportedAt > Due(disease, diagnosedAt);
}
