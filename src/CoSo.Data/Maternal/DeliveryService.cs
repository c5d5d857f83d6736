using CoSo.Core.Common;
using CoSo.Core.Identity;
using CoSo.Core.Maternal;
using CoSo.Core.People;
using CoSo.Data.Access;
using CoSo.Data.People;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Maternal;

/// <summary>
/// Records the delivery that ends a pregnancy, in one transaction: the delivery and its babies, each live birth
/// registered as a resident of the mother's household and station (so on the children's immunization register), a
/// neonatal death marking the newborn deceased, a maternal death marking the mother deceased.
/// </summary>
public sealed class DeliveryService(CoSoDbContext db, TimeProvider time, PeopleService people)
{
    public const int MaxBabies = 4;

    /// <summary>Before 22 completed weeks the end of a pregnancy is a miscarriage, not a birth (WHO perinatal definitions).</summary>
    public const int EarliestBirthDays = 154;

    public async Task<DeliveryDto> RecordAsync(Guid pregnancyId, DeliveryInput input, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.MaternalCare);
        ArgumentNullException.ThrowIfNull(input);
        var p = await db.FindPregnancyAsync(pregnancyId, ct);
        var mother = await db.People.Unfiltered(UnscopedReason.ThroughVisibleResident).FirstAsync(x => x.ProvinceCode == p.ProvinceCode && x.Id == p.PersonId, ct);
        var lastContact = await db.Set<AntenatalContact>().Unfiltered(UnscopedReason.ThroughVisibleResident).Where(c => c.ProvinceCode == p.ProvinceCode && c.PregnancyId == p.Id)
            .MaxAsync(c => (DateOnly?)c.ContactDate, ct);
        var now = time.GetUtcNow();
        var deliveredAt = Validate(p, input, lastContact, VietnamClock.Today(time), now);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var delivery = new Delivery
        {
            Id = Guid.CreateVersion7(), ProvinceCode = p.ProvinceCode, OrgUnitId = p.OrgUnitId, PersonId = p.PersonId, PregnancyId = p.Id,
            DeliveryDate = input.DeliveryDate!.Value, DeliveredAt = deliveredAt, Place = input.Place, PlaceName = Clean(input.PlaceName),
            Attendant = input.Attendant, Mode = input.Mode, Complications = input.Complications, ComplicationNote = Clean(input.ComplicationNote),
            Referred = input.Referred, ReferredTo = Clean(input.ReferredTo), MaternalDeath = input.MaternalDeath,
            MaternalDeathDate = input.MaternalDeath ? input.MaternalDeathDate ?? input.DeliveryDate : null,
            RecordedByUserId = db.Actor.UserId, CreatedAt = now,
        };
        var names = new Dictionary<Guid, string>();
        var order = 0;
        foreach (var baby in input.Babies)
        {
            var outcome = new BirthOutcome
            {
                Id = Guid.CreateVersion7(), ProvinceCode = p.ProvinceCode, OrgUnitId = p.OrgUnitId, PersonId = p.PersonId, DeliveryId = delivery.Id,
                BirthOrder = ++order, Kind = baby.Kind, Sex = baby.Sex, BirthWeightGrams = baby.BirthWeightGrams, BirthLengthCm = baby.BirthLengthCm,
                BornAt = deliveredAt, NeonatalDeathDate = baby.Kind == BirthOutcomeKind.LiveBirth ? baby.NeonatalDeathDate : null,
            };
            if (baby.Kind == BirthOutcomeKind.LiveBirth)
            {
                PersonDto newborn;
                try
                {
                    newborn = await people.RegisterAsync(NewbornInput(mother, baby, delivery.DeliveryDate, input.DeliveryTime), ct);
                }
                catch (DomainValidationException ex)
                {
                    // The resident's rules (the name) answer for the baby's fields.
                    throw new DomainValidationException(ex.Errors.Select(e => e with { Field = $"babies[{order - 1}].{e.Field}" }).ToList());
                }

                outcome.NewbornPersonId = newborn.Id;
                names[newborn.Id] = newborn.FullName;
            }

            delivery.Outcomes.Add(outcome);
        }

        db.Set<Delivery>().Add(delivery);
        p.Status = PregnancyStatus.Delivered;
        p.EndedOn = delivery.DeliveryDate;
        p.UpdatedAt = now;
        p.Version++;
        if (delivery.MaternalDeath)
        {
            await MaternalDeaths.MarkDeceasedAsync(db, time, mother.ProvinceCode, mother.Id, delivery.MaternalDeathDate!.Value, ct);
        }

        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return DeliveryMapper.ToDto(delivery, p.Dating, names);
    }

    /// <summary>
    /// The newborn as a resident: the mother's station, village, household and address, born on the delivery day at
    /// the delivery's time when recorded (the HepB birth dose's 24 hours are counted from it).
    /// </summary>
    private PersonInput NewbornInput(Person mother, BabyInput baby, DateOnly born, TimeOnly? at) => new()
    {
        FullName = string.IsNullOrWhiteSpace(baby.FullName) ? PlaceholderName(mother.FullName) : baby.FullName.Trim(),
        BirthDate = born,
        BirthTime = at,
        Sex = baby.Sex,
        EthnicityCode = mother.EthnicityCode,
        AddressLine = mother.AddressLine,
        OrgUnitId = db.Actor.Scope.Allows(mother.OrgUnitId) ? mother.OrgUnitId : null,
        VillageId = mother.VillageId,
        HouseholdId = mother.HouseholdId,
        RelationshipToHead = mother.HouseholdId is null ? null : mother.RelationshipToHead switch
        {
            HouseholdRelationship.Head or HouseholdRelationship.Spouse => HouseholdRelationship.Child,
            HouseholdRelationship.Child or HouseholdRelationship.ChildInLaw => HouseholdRelationship.Grandchild,
            _ => HouseholdRelationship.OtherRelative,
        },
        IsDeceased = baby.NeonatalDeathDate is not null,
        DeceasedOn = baby.NeonatalDeathDate,
    };

    /// <summary>"Con của Nguyễn Thị Hoa": how a newborn is written until named (stored in Vietnamese, like every name).</summary>
    public static string PlaceholderName(string motherName)
    {
        var name = Messages.Get("maternal.newborn.placeholder", Messages.Vietnamese, motherName);
        return name.Length <= 100 ? name : name[..100].TrimEnd();
    }

    private static DateTimeOffset? Validate(Pregnancy p, DeliveryInput input, DateOnly? lastContact, DateOnly today, DateTimeOffset now)
    {
        var errors = new ValidationErrors();
        if (!p.IsOpen)
        {
            errors.Add("pregnancyId", "maternal.pregnancy.closed");
        }

        DateTimeOffset? at = null;
        if (input.DeliveryDate is not { } date)
        {
            errors.Add("deliveryDate", "required");
        }
        else
        {
            if (date > today || date < p.FirstContactDate || (lastContact is { } c && date < c))
            {
                errors.Add("deliveryDate", "maternal.delivery.date");
            }
            else if (p.Dating.On(date) is { Days: < EarliestBirthDays })
            {
                errors.Add("deliveryDate", "maternal.delivery.tooEarly");
            }

            if (input.DeliveryTime is { } t)
            {
                var local = date.ToDateTime(t, DateTimeKind.Unspecified);
                at = new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, VietnamClock.Zone), TimeSpan.Zero);
                if (at > now)
                {
                    errors.Add("deliveryTime", "maternal.delivery.future");
                }
            }

            if (input.MaternalDeath && input.MaternalDeathDate is { } died && (died < date || died > date.AddDays(Births.PostpartumDays) || died > today))
            {
                errors.Add("maternalDeathDate", "maternal.delivery.deathDate");
            }

            ValidateBabies(input.Babies, date, today, errors);
        }

        if (!Enum.IsDefined(input.Place))
        {
            errors.Add("place", "maternal.value.unknown");
        }

        if (!Enum.IsDefined(input.Attendant))
        {
            errors.Add("attendant", "maternal.value.unknown");
        }

        if (!Enum.IsDefined(input.Mode))
        {
            errors.Add("mode", "maternal.value.unknown");
        }

        foreach (var (field, text, max) in new[] { ("placeName", input.PlaceName, 200), ("complicationNote", input.ComplicationNote, 500), ("referredTo", input.ReferredTo, 200) })
        {
            if (text is { } s && s.Length > max)
            {
                errors.Add(field, "tooLong", max);
            }
        }

        errors.ThrowIfInvalid();
        return at;
    }

    private static void ValidateBabies(IReadOnlyList<BabyInput> babies, DateOnly date, DateOnly today, ValidationErrors errors)
    {
        if (babies.Count is < 1 or > MaxBabies)
        {
            errors.Add("babies", "maternal.delivery.babies", MaxBabies);
            return;
        }

        for (var i = 0; i < babies.Count; i++)
        {
            var b = babies[i];
            var prefix = $"babies[{i}].";
            if (!Enum.IsDefined(b.Kind))
            {
                errors.Add(prefix + "kind", "maternal.value.unknown");
            }

            if (b.Kind == BirthOutcomeKind.LiveBirth && b.Sex is not (Sex.Male or Sex.Female))
            {
                errors.Add(prefix + "sex", "maternal.baby.sex");
            }

            PregnancyRules.Range(errors, prefix + "birthWeightGrams", b.BirthWeightGrams, 300, 6500);
            PregnancyRules.Range(errors, prefix + "birthLengthCm", b.BirthLengthCm, 20m, 65m);
            if (b.NeonatalDeathDate is { } died && (died < date || died >= date.AddDays(Births.NeonatalDays) || died > today))
            {
                errors.Add(prefix + "neonatalDeathDate", "maternal.baby.death");
            }
        }
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : TextFolding.Nfc(text.Trim());
}
