using CoSo.Core.Chronic;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Fhir;

/// <summary>The laboratory values a chronic follow-up recorded (fasting glucose, HbA1c) with its visit's time.</summary>
public sealed record FollowUpLab(Guid FollowUpId, Guid EncounterId, Guid PersonId, DateTimeOffset OccurredAt, decimal? FastingGlucose, decimal? HbA1c);

/// <summary>
/// What the patient summary needs beyond the served resources: the chronic follow-ups' laboratory values, which no
/// Observation search serves yet. Scoped like every resident's row; voided visits left out.
/// </summary>
public sealed class FhirSummaryQueries(CoSoDbContext db)
{
    /// <summary>A resident's follow-ups carrying a fasting glucose or an HbA1c, newest first.</summary>
    public async Task<IReadOnlyList<FollowUpLab>> FollowUpLabsAsync(Guid personId, CancellationToken ct = default)
    {
        var rows = await db.Set<ChronicFollowUp>().AsNoTracking().Where(f => f.PersonId == personId && (f.HbA1c != null || f.FastingGlucose != null))
            .Join(db.Encounters.AsNoTracking().Where(e => !e.Voided), f => f.EncounterId, e => e.Id, (f, e) => new FollowUpLab(f.Id, e.Id, f.PersonId, e.OccurredAt, f.FastingGlucose, f.HbA1c))
            .ToListAsync(ct);
        // Ordered here: SQLite cannot order by a DateTimeOffset.
        return rows.OrderByDescending(r => r.OccurredAt).ThenByDescending(r => r.FollowUpId).ToList();
    }
}
