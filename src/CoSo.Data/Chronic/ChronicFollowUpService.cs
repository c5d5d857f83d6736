using CoSo.Core.Chronic;
using CoSo.Core.Common;
using CoSo.Core.Encounters;
using CoSo.Core.Identity;
using CoSo.Core.Maternal;
using CoSo.Core.Pharmacy;
using CoSo.Data.Access;
using CoSo.Data.Encounters;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Chronic;

/// <summary>
/// A follow-up is an ordinary visit (BP, capillary glucose, prescription) plus a thin chronic row, in one transaction.
/// The protocol only suggests: nothing is prescribed and the step does not change unless the clinician sends the
/// prescription, the step, or <see cref="FollowUpInput.AcceptSuggestion"/> (docs/chronic-care.md, "Safety").
/// </summary>
public sealed class ChronicFollowUpService(CoSoDbContext db, VisitService visits, ChronicOptions options, TimeProvider time)
{
    /// <summary>The protocol's suggestion for these readings, without saving anything (the form shows it as readings are typed).</summary>
    public async Task<AdviceResult> AdviseAsync(Guid enrolmentId, FollowUpInput input, CancellationToken ct = default)
    {
        var enrolment = await db.FindEnrolmentAsync(enrolmentId, ct);
        var (protocol, patient) = await ContextAsync(enrolment, input, ct);
        return new AdviceResult(enrolment.PersonId, enrolment.ProvinceCode, protocol.Advise(enrolment.ProtocolStep, patient, Readings(input)));
    }

    public async Task<FollowUpResult> RecordAsync(Guid enrolmentId, FollowUpInput input, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.ChronicCare);
        var enrolment = await db.FindEnrolmentAsync(enrolmentId, ct);
        if (enrolment.Status != EnrolmentStatus.Active)
        {
            throw new DomainValidationException("enrolmentId", "chronic.enrolment.closed");
        }

        var (protocol, patient) = await ContextAsync(enrolment, input, ct);
        var advice = protocol.Advise(enrolment.ProtocolStep, patient, Readings(input));
        var errors = new ValidationErrors();
        if (input.ProtocolStep is { } asked && (asked < 1 || asked > protocol.Steps.Count))
        {
            errors.Add("protocolStep", "chronic.step.range", protocol.Steps.Count);
            errors.ThrowIfInvalid();
        }

        // The step moves only when the clinician says so: an explicit step, or the suggestion confirmed.
        var step = input.ProtocolStep ?? (input.AcceptSuggestion && advice.SuggestedStep is { } s ? s : enrolment.ProtocolStep);
        // Confirmed without a prescription: the drugs of the step chosen (the suggestion's, safety-filtered, when it is that step).
        var stepDrugs = step == advice.SuggestedStep ? advice.Drugs : protocol.Steps[step - 1].Drugs;
        var prescriptions = input.Prescriptions
            ?? (input.AcceptSuggestion && advice.SuggestedStep is not null
                ? stepDrugs.Select(d => new PrescriptionInput(d.Name, d.Strength, d.Dose, d.PerDay * input.Days, input.Days)).ToList()
                : []);
        // A follow-up belongs to its enrolment: a visit dated before the registration would be saved as a plain visit
        // and no follow-up row would link to it.
        if (input.OccurredAt is { } occurred && VietnamClock.LocalDate(occurred.ToUniversalTime()) < enrolment.RegisteredOn)
        {
            errors.Add("occurredAt", "chronic.followUp.beforeRegistration", enrolment.RegisteredOn.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture));
        }

        if (patient.Pregnant && await PrescribesReninAngiotensinBlockerAsync(prescriptions, ct))
        {
            errors.Add("prescriptions", "chronic.arb.pregnancy");
        }

        errors.ThrowIfInvalid();
        if (input.OlderAdultHealth is { } health && Enum.IsDefined(health))
        {
            enrolment.OlderAdultHealth = health;
        }

        // The visit is the follow-up: VisitService links it to the enrolment (ChronicVisitLink) in its own SaveChanges.
        var visit = await visits.RecordAsync(enrolment.PersonId, new VisitInput
        {
            OccurredAt = input.OccurredAt,
            FacilityId = enrolment.OrgUnitId,
            Reason = enrolment.Programme == ChronicProgramme.Hypertension ? "Tái khám tăng huyết áp" : "Tái khám đái tháo đường",
            Systolic = input.Systolic,
            Diastolic = input.Diastolic,
            CapillaryGlucoseMmol = input.CapillaryGlucoseMmol,
            WeightKg = input.WeightKg,
            Notes = input.Notes,
            FollowUpDate = input.NextAppointment,
            Diagnoses = [new DiagnosisInput(enrolment.EffectiveDiagnosisCode, true)],
            Prescriptions = prescriptions,
        }, new ChronicDetails(input.Adherence, input.FastingGlucose, input.HbA1c, step), ct);
        var row = await db.Set<ChronicFollowUp>().AsNoTracking().FirstAsync(f => f.ProvinceCode == enrolment.ProvinceCode && f.EncounterId == visit.Id && f.EnrolmentId == enrolment.Id, ct);
        var next = row.NextAppointment;
        return new FollowUpResult(row.Id, enrolment.Id, visit, step, advice.SuggestedStep ?? enrolment.ProtocolStep, next) { Advice = advice };
    }

    private async Task<(ChronicProtocol Protocol, ProtocolPatient Patient)> ContextAsync(ChronicEnrolment enrolment, FollowUpInput input, CancellationToken ct)
    {
        var protocol = options.Plan.Find(enrolment.ProtocolCode) ?? options.Plan.DefaultFor(enrolment.Programme);
        var person = await db.People.AsNoTracking().Where(p => p.ProvinceCode == enrolment.ProvinceCode && p.Id == enrolment.PersonId)
            .Select(p => new { p.BirthDate, p.BirthYear, p.Sex }).FirstAsync(ct);
        var today = VietnamClock.Today(time);
        var age = VietnamClock.AgeInYears(person.BirthDate ?? new DateOnly(person.BirthYear, 7, 1), today);
        var pregnant = input.Pregnant ?? await db.Set<Pregnancy>().AsNoTracking()
            .AnyAsync(p => p.ProvinceCode == enrolment.ProvinceCode && p.PersonId == enrolment.PersonId && (p.Status == PregnancyStatus.Active || p.Status == PregnancyStatus.Reported), ct);
        var health = input.OlderAdultHealth is { } h && Enum.IsDefined(h) ? h : enrolment.OlderAdultHealth;
        return (protocol, new ProtocolPatient(age, person.Sex, pregnant, enrolment.EffectiveDiagnosisCode, input.Adherence, health));
    }

    private static ProtocolReadings Readings(FollowUpInput i) => new(i.Systolic, i.Diastolic, i.FastingGlucose, i.CapillaryGlucoseMmol, i.HbA1c);

    /// <summary>ATC C09 = agents acting on the renin–angiotensin system (ACE inhibitors, ARBs and their combinations).</summary>
    private async Task<bool> PrescribesReninAngiotensinBlockerAsync(IReadOnlyList<PrescriptionInput> lines, CancellationToken ct)
    {
        if (lines.Count == 0)
        {
            return false;
        }

        var blockers = await db.Set<Drug>().AsNoTracking().Where(d => d.Atc != null && d.Atc.StartsWith("C09"))
            .Select(d => new { d.Code, d.ActiveIngredient, d.NameEn }).ToListAsync(ct);
        var codes = blockers.Select(b => b.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var names = blockers.SelectMany(b => new[] { b.ActiveIngredient, b.NameEn }).Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => TextFolding.Fold(n)).ToHashSet();
        return lines.Any(l => (l.DrugCode is { } c && codes.Contains(c)) || names.Any(n => TextFolding.Fold(l.Drug).Contains(n, StringComparison.Ordinal)));
    }
}
