using System.Text.Json;
using CoSo.Core.Audit;
using CoSo.Core.Common;
using CoSo.Core.Encounters;
using CoSo.Core.Identity;
using CoSo.Data.Access;
using CoSo.Data.Chronic;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Encounters;

/// <summary>
/// Correcting a visit: an edit (If-Match on the visit's version) that keeps the previous version in
/// encounter_revisions, or a void with a reason (the visit stays, marked, out of indicators). Both are audited by the
/// data context's write audit, in the same transaction.
/// </summary>
public sealed class VisitCorrections(CoSoDbContext db, TimeProvider time, VisitService visits, VisitPrescriptions prescriptions, ChronicVisitLink chronic)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<VisitDto> UpdateAsync(Guid personId, Guid visitId, VisitInput input, int expectedVersion, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.RecordVisits);
        var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == personId, ct) ?? throw new NotFoundException();
        var e = await LoadAsync(personId, visitId, expectedVersion, ct);
        var now = time.GetUtcNow();
        var corrected = input with { OccurredAt = input.OccurredAt ?? e.OccurredAt };
        var (errors, names) = await visits.ValidateAsync(person, corrected, now, ct);
        var dispensed = e.Prescriptions.Where(l => l.DispensedQuantity > 0).ToList();
        var samePrescription = SameLines(e.Prescriptions, corrected.Prescriptions);
        if (dispensed.Count > 0 && !samePrescription)
        {
            errors.Add("prescriptions", "visit.dispensedLines");
        }

        Keep(e, "update", null, now);
        VisitService.Apply(e, corrected, errors);
        e.OccurredAt = corrected.OccurredAt!.Value.ToUniversalTime();
        e.VisitDate = VietnamClock.LocalDate(e.OccurredAt);
        foreach (var d in e.Diagnoses.ToList())
        {
            e.Diagnoses.Remove(d);
        }

        VisitService.AddDiagnoses(e, corrected.Diagnoses, names);
        if (!samePrescription)
        {
            foreach (var l in e.Prescriptions.ToList())
            {
                e.Prescriptions.Remove(l);
            }

            e.Prescriptions.AddRange(await prescriptions.BuildAsync(e, corrected.Prescriptions, await visits.AllergyNoteAsync(person, ct), errors, ct));
        }

        errors.ThrowIfInvalid();
        if (e.Diagnoses.All(d => Core.Chronic.ChronicCodes.ProgrammeOf(d.Code) is null))
        {
            await chronic.UndoAsync(e, ct);
        }
        else
        {
            await chronic.ApplyAsync(e, null, ct);
        }

        e.Version++;
        e.UpdatedAt = now;
        await SaveAsync(ct);
        return await visits.GetAsync(personId, visitId, ct);
    }

    public async Task<VisitDto> VoidAsync(Guid personId, Guid visitId, string? reason, int expectedVersion, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.RecordVisits);
        var e = await LoadAsync(personId, visitId, expectedVersion, ct);
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainValidationException("reason", "visit.voidReason");
        }

        var now = time.GetUtcNow();
        Keep(e, "void", reason.Trim(), now);
        e.Voided = true;
        e.VoidReason = TextFolding.Nfc(reason.Trim());
        e.VoidedAt = now;
        e.VoidedByUserId = db.Actor.UserId;
        e.Version++;
        e.UpdatedAt = now;
        await chronic.UndoAsync(e, ct);
        db.AuditRead(AuditActions.Void, nameof(Encounter), e.Id, e.PersonId, e.ProvinceCode);
        await SaveAsync(ct);
        return await visits.GetAsync(personId, visitId, ct);
    }

    /// <summary>Hands out, now, what a saved visit prescribed from the formulary and did not dispense yet.</summary>
    public async Task<VisitDto> DispenseAsync(Guid personId, Guid visitId, int expectedVersion, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.Dispense);
        var e = await LoadAsync(personId, visitId, expectedVersion, ct);
        var errors = new ValidationErrors();
        await prescriptions.DispenseAsync(e, e.Prescriptions, errors, ct);
        errors.ThrowIfInvalid();
        e.Version++;
        e.UpdatedAt = time.GetUtcNow();
        await SaveAsync(ct);
        return await visits.GetAsync(personId, visitId, ct);
    }

    public async Task<IReadOnlyList<VisitRevisionDto>> HistoryAsync(Guid personId, Guid visitId, CancellationToken ct = default)
    {
        _ = await visits.GetAsync(personId, visitId, ct);
        var rows = await db.Set<EncounterRevision>().AsNoTracking().Where(r => r.EncounterId == visitId && r.PersonId == personId)
            .OrderByDescending(r => r.Version).ToListAsync(ct);
        return rows.Select(r => new VisitRevisionDto(r.Version, r.Change, r.Reason, r.ChangedAt, r.ChangedByName, JsonSerializer.Deserialize<VisitDto>(r.Snapshot, Json)!)).ToList();
    }

    private async Task<Encounter> LoadAsync(Guid personId, Guid visitId, int expectedVersion, CancellationToken ct)
    {
        var e = await db.Encounters.Include(x => x.Diagnoses).Include(x => x.Prescriptions)
            .FirstOrDefaultAsync(x => x.Id == visitId && x.PersonId == personId, ct) ?? throw new NotFoundException();
        if (e.Version != expectedVersion)
        {
            throw new ConcurrencyConflictException();
        }

        return e.Voided ? throw new DomainValidationException("visitId", "visit.voided") : e;
    }

    private void Keep(Encounter e, string change, string? reason, DateTimeOffset now) => db.Add(new EncounterRevision
    {
        Id = Guid.CreateVersion7(), ProvinceCode = e.ProvinceCode, OrgUnitId = e.OrgUnitId, PersonId = e.PersonId, EncounterId = e.Id, Version = e.Version,
        Snapshot = JsonSerializer.Serialize(VisitDto.From(e, null), Json), Change = change, Reason = reason, ChangedAt = now,
        ChangedByUserId = db.Actor.UserId, ChangedByName = db.Actor.UserName,
    });

    private static bool SameLines(List<PrescriptionLine> stored, IReadOnlyList<PrescriptionInput> input) =>
        stored.Count == input.Count && stored.Zip(input).All(p =>
            (p.Second.DrugCode is null ? string.Equals(TextFolding.Fold(p.First.Drug), TextFolding.Fold(p.Second.Drug), StringComparison.Ordinal) : p.First.DrugCode == p.Second.DrugCode)
            && p.First.Quantity == p.Second.EffectiveQuantity && p.First.Days == p.Second.Days);

    private async Task SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException();
        }
    }
}
