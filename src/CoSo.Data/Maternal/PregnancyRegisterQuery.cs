using CoSo.Core.Common;
using CoSo.Core.Maternal;
using CoSo.Data.Access;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Maternal;

/// <summary>Register lines for a query of pregnancies: three statements (pregnancies with their women, contacts, deliveries).</summary>
internal static class PregnancyRegisterQuery
{
    public static async Task<IReadOnlyList<PregnancySummary>> SummariesAsync(CoSoDbContext db, TimeProvider time, IQueryable<Pregnancy> query, CancellationToken ct)
    {
        var rows = await query.AsNoTracking()
            .Join(db.People.Unfiltered(UnscopedReason.ThroughVisibleResident), p => new { p.ProvinceCode, Id = p.PersonId }, x => new { x.ProvinceCode, x.Id }, (p, x) => new
            {
                Pregnancy = p, x.FullName, x.Phone, x.BirthDate, x.BirthYear,
                Village = db.OrgUnits.Where(u => u.Id == x.VillageId).Select(u => u.Name).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var contacts = (await db.Set<AntenatalContact>().Unfiltered(UnscopedReason.ThroughVisibleResident).AsNoTracking().Where(c => query.Any(p => p.ProvinceCode == c.ProvinceCode && p.Id == c.PregnancyId))
            .ToListAsync(ct)).ToLookup(c => c.PregnancyId);
        var deliveries = await db.Set<Delivery>().Unfiltered(UnscopedReason.ThroughVisibleResident).AsNoTracking().Where(d => query.Any(p => p.ProvinceCode == d.ProvinceCode && p.Id == d.PregnancyId))
            .Select(d => new { d.PregnancyId, d.DeliveryDate }).ToDictionaryAsync(d => d.PregnancyId, d => d.DeliveryDate, ct);
        var today = VietnamClock.Today(time);
        return rows.Select(r =>
        {
            var p = r.Pregnancy;
            var dating = p.Dating;
            var delivered = deliveries.TryGetValue(p.Id, out var d) ? d : (DateOnly?)null;
            var ga = dating.On(delivered ?? p.EndedOn ?? today);
            var birth = r.BirthDate ?? new DateOnly(r.BirthYear, 7, 1);
            return new PregnancySummary(p.Id, p.PersonId, p.ProvinceCode, r.FullName, r.Phone, r.Village, p.Status, p.FirstContactDate, dating.ExpectedDelivery,
                ga?.Days, ga?.ToString(), RiskFactors.Evaluate(p, birth, contacts[p.Id]), contacts[p.Id].Count(), delivered);
        })
        .OrderBy(s => s.Status is PregnancyStatus.Reported or PregnancyStatus.Active ? 0 : 1)
        .ThenBy(s => s.ExpectedDelivery ?? DateOnly.MaxValue).ThenBy(s => s.FullName, StringComparer.Ordinal).ToList();
    }
}
