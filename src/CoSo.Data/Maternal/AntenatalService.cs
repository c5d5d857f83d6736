using CoSo.Core.Common;
using CoSo.Core.Identity;
using CoSo.Core.Maternal;
using CoSo.Data.Access;
using CoSo.Data.People;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Maternal;

/// <summary>
/// Antenatal contacts. A contact on a reported pregnancy confirms it; a test done at the contact (HIV, syphilis, HBsAg)
/// becomes the woman's status for this pregnancy; being seen takes her off the due list's calls.
/// </summary>
public sealed class AntenatalService(CoSoDbContext db, TimeProvider time)
{
    public async Task<AntenatalContactDto> RecordAsync(Guid pregnancyId, AntenatalContactInput input, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.MaternalCare);
        ArgumentNullException.ThrowIfNull(input);
        var p = await db.FindPregnancyAsync(pregnancyId, ct);
        var today = VietnamClock.Today(time);
        var errors = new ValidationErrors();
        if (!p.IsOpen)
        {
            errors.Add("pregnancyId", "maternal.pregnancy.closed");
        }

        var dating = p.Dating;
        var earliest = dating.Start is { } start && start < p.FirstContactDate ? start : p.FirstContactDate;
        if (input.ContactDate is not { } date)
        {
            errors.Add("contactDate", "required");
        }
        else if (date > today || date < earliest)
        {
            errors.Add("contactDate", "maternal.contact.date");
        }

        Validate(input, errors);
        errors.ThrowIfInvalid();

        var contact = new AntenatalContact
        {
            Id = Guid.CreateVersion7(), ProvinceCode = p.ProvinceCode, OrgUnitId = p.OrgUnitId, PersonId = p.PersonId, PregnancyId = p.Id,
            ContactDate = input.ContactDate!.Value, WeightKg = input.WeightKg, Systolic = input.Systolic, Diastolic = input.Diastolic,
            Proteinuria = input.Proteinuria, FundalHeightCm = input.FundalHeightCm, FetalHeartRate = input.FetalHeartRate, HaemoglobinGdl = input.HaemoglobinGdl,
            HivTest = input.HivTest, SyphilisTest = input.SyphilisTest, HbsAgTest = input.HbsAgTest, FastingGlucoseMmol = input.FastingGlucoseMmol,
            IronFolicTablets = input.IronFolicTablets, Notes = string.IsNullOrWhiteSpace(input.Notes) ? null : TextFolding.Nfc(input.Notes.Trim()),
            RecordedByUserId = db.Actor.UserId, CreatedAt = time.GetUtcNow(),
        };
        db.Set<AntenatalContact>().Add(contact);
        if (p.Status == PregnancyStatus.Reported)
        {
            p.Status = PregnancyStatus.Active;
            p.ConfirmedOn = contact.ContactDate;
        }

        p.HivStatus = input.HivTest == InfectionStatus.Unknown ? p.HivStatus : input.HivTest;
        p.SyphilisStatus = input.SyphilisTest == InfectionStatus.Unknown ? p.SyphilisStatus : input.SyphilisTest;
        p.HepatitisBStatus = input.HbsAgTest == InfectionStatus.Unknown ? p.HepatitisBStatus : input.HbsAgTest;
        p.SnoozedUntil = null;
        p.CallAttempts = 0;
        p.UpdatedAt = time.GetUtcNow();
        p.Version++;
        await db.SaveChangesAsync(ct);
        return AntenatalContactDto.From(contact, dating);
    }

    public async Task<IReadOnlyList<AntenatalContactDto>> ListAsync(Guid pregnancyId, CancellationToken ct = default)
    {
        var p = await db.Visible<Pregnancy>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == pregnancyId, ct) ?? throw new NotFoundException();
        var rows = await db.Set<AntenatalContact>().Unfiltered(UnscopedReason.ThroughVisibleResident).AsNoTracking()
            .Where(c => c.ProvinceCode == p.ProvinceCode && c.PregnancyId == p.Id).OrderBy(c => c.ContactDate).ToListAsync(ct);
        var dating = p.Dating;
        return rows.Select(c => AntenatalContactDto.From(c, dating)).ToList();
    }

    /// <summary>Plausible ranges (the form checks them as they are typed; the API checks them again).</summary>
    internal static void Validate(AntenatalContactInput input, ValidationErrors errors)
    {
        PregnancyRules.Range(errors, "weightKg", input.WeightKg, 25m, 200m);
        if ((input.Systolic is null) != (input.Diastolic is null) || input.Systolic <= input.Diastolic)
        {
            errors.Add("systolic", "maternal.bp.pair");
        }

        PregnancyRules.Range(errors, "systolic", input.Systolic, 60, 260);
        PregnancyRules.Range(errors, "diastolic", input.Diastolic, 30, 160);
        PregnancyRules.Range(errors, "fundalHeightCm", input.FundalHeightCm, 5m, 50m);
        PregnancyRules.Range(errors, "fetalHeartRate", input.FetalHeartRate, 60, 220);
        PregnancyRules.Range(errors, "haemoglobinGdl", input.HaemoglobinGdl, 3m, 20m);
        PregnancyRules.Range(errors, "fastingGlucoseMmol", input.FastingGlucoseMmol, 1m, 40m);
        PregnancyRules.Range(errors, "ironFolicTablets", input.IronFolicTablets, 0, 200);
        if (!Enum.IsDefined(input.Proteinuria))
        {
            errors.Add("proteinuria", "maternal.value.unknown");
        }

        if (input.Notes is { Length: > 1000 })
        {
            errors.Add("notes", "tooLong", 1000);
        }
    }
}
