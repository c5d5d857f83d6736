using CoSo.Core.People;
using CoSo.Core.Surveillance.Cases;
using CoSo.Data;

namespace CoSo.IntegrationTests.Surveillance;

internal static class SurveillanceSeed
{
    /// <summary>Adds <paramref name="count"/> non-resident cases with the given onset at a station.</summary>
    public static void Cases(CoSoDbContext db, Guid stationId, string disease, DateOnly onset, int count, CaseClassification classification = CaseClassification.Confirmed)
    {
        for (var i = 0; i < count; i++)
        {
            db.Set<CaseReport>().Add(new CaseReport
            {
                Id = Guid.CreateVersion7(), ProvinceCode = "38", OrgUnitId = stationId, NonResidentName = "Khách vãng lai", NonResidentSex = Sex.Female,
                NonResidentBirthYear = 1990, DiseaseCode = disease, Classification = classification, OnsetDate = onset,
                DiagnosedAt = DateTimeOffset.UtcNow, ReportedAt = DateTimeOffset.UtcNow, Version = 1,
            });
        }
    }
}
