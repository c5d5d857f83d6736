using CoSo.Core.Common;
using CoSo.Core.Identity;
using CoSo.Core.Maternal;
using CoSo.Data.Access;
using CoSo.Data.People;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Maternal;

/// <summary>Postnatal visits of a mother and her live-born babies (one check per newborn) after a recorded delivery.</summary>
public sealed class PostnatalService(CoSoDbContext db, TimeProvider time)
{
    /// <summary>Visits are recorded up to 8 weeks after the birth (the last window of the schedules ends in week 8).</summary>
    public const int MaxDaysAfterBirth = 56;

    public async Task<PostnatalVisitDto> RecordAsync(Guid pregnancyId, PostnatalVisitInput input, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.MaternalCare);
        ArgumentNullException.ThrowIfNull(input);
        var p = await db.Visible<Pregnancy>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == pregnancyId, ct) ?? throw new NotFoundException();
        var delivery = await db.Set<Delivery>().Unfiltered(UnscopedReason.ThroughVisibleResident).Include(d => d.Outcomes)
            .FirstOrDefaultAsync(d => d.ProvinceCode == p.ProvinceCode && d.PregnancyId == p.Id, ct)
            ?? throw new DomainValidationException("pregnancyId", "maternal.pregnancy.noDelivery");
        var today = VietnamClock.Today(time);
        var errors = new ValidationErrors();
        if (input.VisitDate is not { } date)
        {
            errors.Add("visitDate", "required");
        }
        else if (date < delivery.DeliveryDate || date > today || date > delivery.DeliveryDate.AddDays(MaxDaysAfterBirth))
        {
            errors.Add("visitDate", "maternal.postnatal.date");
        }

        if ((input.Systolic is null) != (input.Diastolic is null) || input.Systolic <= input.Diastolic)
        {
            errors.Add("systolic", "maternal.bp.pair");
        }

        PregnancyRules.Range(errors, "systolic", input.Systolic, 60, 260);
        PregnancyRules.Range(errors, "diastolic", input.Diastolic, 30, 160);
        PregnancyRules.Range(errors, "temperatureC", input.TemperatureC, 30m, 43m);
        if (input.Notes is { Length: > 1000 })
        {
            errors.Add("notes", "tooLong", 1000);
        }

        var live = delivery.Outcomes.Where(o => o.NewbornPersonId is not null).ToDictionary(o => o.Id);
        for (var i = 0; i < input.Newborns.Count; i++)
        {
            var n = input.Newborns[i];
            if (!live.ContainsKey(n.BirthOutcomeId) || input.Newborns.Take(i).Any(x => x.BirthOutcomeId == n.BirthOutcomeId))
            {
                errors.Add($"newborns[{i}].birthOutcomeId", "maternal.postnatal.newborn");
            }

            PregnancyRules.Range(errors, $"newborns[{i}].weightGrams", n.WeightGrams, 300, 8000);
            PregnancyRules.Range(errors, $"newborns[{i}].temperatureC", n.TemperatureC, 30m, 43m);
        }

        errors.ThrowIfInvalid();
        var visit = new PostnatalVisit
        {
            Id = Guid.CreateVersion7(), ProvinceCode = p.ProvinceCode, OrgUnitId = p.OrgUnitId, PersonId = p.PersonId, DeliveryId = delivery.Id,
            VisitDate = input.VisitDate!.Value, AtHome = input.AtHome, Systolic = input.Systolic, Diastolic = input.Diastolic, TemperatureC = input.TemperatureC,
            DangerSigns = input.DangerSigns, FamilyPlanningCounselled = input.FamilyPlanningCounselled, Referred = input.Referred,
            Notes = string.IsNullOrWhiteSpace(input.Notes) ? null : TextFolding.Nfc(input.Notes.Trim()),
            RecordedByUserId = db.Actor.UserId, CreatedAt = time.GetUtcNow(),
        };
        foreach (var n in input.Newborns)
        {
            visit.Checks.Add(new NewbornCheck
            {
                Id = Guid.CreateVersion7(), ProvinceCode = p.ProvinceCode, OrgUnitId = p.OrgUnitId, PersonId = live[n.BirthOutcomeId].NewbornPersonId!.Value,
                PostnatalVisitId = visit.Id, BirthOutcomeId = n.BirthOutcomeId, WeightGrams = n.WeightGrams, TemperatureC = n.TemperatureC,
                DangerSigns = n.DangerSigns, Breastfeeding = n.Breastfeeding, KangarooCare = n.KangarooCare, Referred = n.Referred,
            });
        }

        db.Set<PostnatalVisit>().Add(visit);
        await db.SaveChangesAsync(ct);
        return PostnatalMapper.ToDto(visit, delivery);
    }
}
