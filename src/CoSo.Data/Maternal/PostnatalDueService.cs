using CoSo.Core.Common;
using CoSo.Core.Maternal;
using CoSo.Data.Access;
using CoSo.Data.People;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Maternal;

/// <summary>
/// Mothers and newborns due for a postnatal visit: deliveries of the last eight weeks whose next contact on the
/// national postnatal schedule is due or overdue, while the mother or a live-born baby is alive.
/// </summary>
public sealed class PostnatalDueService(CoSoDbContext db, TimeProvider time)
{
    public async Task<PostnatalDueList> ListAsync(Guid? stationId, Guid? villageId, CancellationToken ct = default)
    {
        var schedule = MaternalSchedules.LoadDefault().PostnatalDefault;
        var today = VietnamClock.Today(time);
        var since = today.AddDays(-schedule.Slots.Max(s => s.ToDays));
        var query = db.Visible<Delivery>().AsNoTracking().Where(d => d.DeliveryDate >= since);
        if (stationId is { } s)
        {
            query = query.Where(d => d.OrgUnitId == s);
        }

        var rows = await query
            .Join(db.People.Unfiltered(UnscopedReason.ThroughVisibleResident), d => new { d.ProvinceCode, Id = d.PersonId }, x => new { x.ProvinceCode, x.Id }, (d, x) => new { d, x })
            .Where(r => !r.x.MovedAway && r.x.MergedIntoId == null && (villageId == null || r.x.VillageId == villageId))
            .Select(r => new { Delivery = r.d, r.x.FullName, r.x.Phone, r.x.VillageId, r.x.IsDeceased })
            .ToListAsync(ct);
        var visits = (await db.Set<PostnatalVisit>().Unfiltered(UnscopedReason.ThroughVisibleResident).AsNoTracking()
            .Where(v => query.Any(d => d.ProvinceCode == v.ProvinceCode && d.Id == v.DeliveryId)).Select(v => new { v.DeliveryId, v.VisitDate }).ToListAsync(ct))
            .ToLookup(v => v.DeliveryId, v => v.VisitDate);
        var outcomes = (await db.Set<BirthOutcome>().Unfiltered(UnscopedReason.ThroughVisibleResident).AsNoTracking()
            .Where(o => query.Any(d => d.ProvinceCode == o.ProvinceCode && d.Id == o.DeliveryId)).ToListAsync(ct)).ToLookup(o => o.DeliveryId);
        var newbornIds = outcomes.SelectMany(g => g).Where(o => o.NewbornPersonId != null).Select(o => o.NewbornPersonId!.Value).ToList();
        var newborns = await db.People.Unfiltered(UnscopedReason.ThroughVisibleResident).AsNoTracking().Where(x => newbornIds.Contains(x.Id) && !x.IsDeceased && x.MergedIntoId == null)
            .ToDictionaryAsync(x => x.Id, x => x.FullName, ct);
        var villageIds = rows.Where(r => r.VillageId != null).Select(r => r.VillageId!.Value).Distinct().ToList();
        var villages = await db.OrgUnits.AsNoTracking().Where(u => villageIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);

        var items = new List<PostnatalDueItem>();
        foreach (var r in rows)
        {
            var d = r.Delivery;
            var babies = outcomes[d.Id].Where(o => o.NewbornPersonId is { } id && newborns.ContainsKey(id)).OrderBy(o => o.BirthOrder)
                .Select(o => new PostnatalDueNewborn(o.NewbornPersonId!.Value, newborns[o.NewbornPersonId.Value], o.BirthWeightGrams, o.LowBirthWeight)).ToList();
            if (r.IsDeceased && babies.Count == 0)
            {
                continue;
            }

            var dates = visits[d.Id].ToList();
            var progress = CareProgress.From(schedule, CareScheduleEngine.Evaluate(schedule, d.DeliveryDate, dates, today, d.InFacility), dates.Count);
            if (!progress.IsDue || progress.Next is not { } next)
            {
                continue;
            }

            items.Add(new PostnatalDueItem
            {
                DeliveryId = d.Id, PregnancyId = d.PregnancyId, MotherId = d.PersonId, ProvinceCode = d.ProvinceCode, MotherName = r.FullName, Phone = r.Phone,
                VillageId = r.VillageId, VillageName = r.VillageId is { } v ? villages.GetValueOrDefault(v) : null, DeliveryDate = d.DeliveryDate,
                DaysSinceBirth = today.DayNumber - d.DeliveryDate.DayNumber, InFacility = d.InFacility, Newborns = babies, ContactNumber = next.Number,
                ContactLabelVi = next.LabelVi, ContactLabelEn = next.LabelEn, Status = next.Status, DueFrom = next.DueFrom, OverdueFrom = next.OverdueFrom,
                VisitCount = dates.Count,
            });
        }

        return new PostnatalDueList(today, items.OrderByDescending(i => i.Status == CareSlotStatus.Overdue).ThenBy(i => i.DueFrom)
            .ThenBy(i => i.MotherName, StringComparer.Ordinal).ToList());
    }
}
