using System.Globalization;
using System.Security;
using CoSo.Core.Chronic;
using CoSo.Core.Common;
using CoSo.Data.Fhir;
using Hl7.Fhir.Model;

namespace CoSo.Web.Fhir.Resources;

/// <summary>
/// <c>Patient/{id}/$summary</c>: an International Patient Summary document (Bundle type document, the Composition
/// first, then every resource its sections name). Each section is built from the resource handlers' own searches and
/// mappers (scope included): problems (active chronic registry problems as problem-list Conditions, and the latest
/// visit diagnosis per ICD-10 code), allergies, medications (active prescriptions), immunizations, vital signs (the
/// latest per code), results (laboratory Observations: capillary glucose, and the chronic follow-ups' fasting glucose and HbA1c, the latest 3 per code) and plan of care (active CarePlans with
/// their next follow-up). The three sections IPS requires (problems, allergies, medications) are always present, with
/// <c>emptyReason</c> <c>unavailable</c> when CoSo holds nothing; the others are omitted when empty.
/// </summary>
public sealed class PatientSummary(FhirOperationHandler operations, FhirPatientQueries patients, FhirClinicalQueries clinical, FhirSummaryQueries summaries, OrganizationHandler organizations, IHttpContextAccessor accessor, TimeProvider time)
{
    private const string Xhtml = "http://www.w3.org/1999/xhtml";

    private sealed record Section(string Code, string Display, string Title, bool Required, List<(Resource Resource, string FullUrl, string Line)> Entries);

    public async Task<FhirAnswer> BuildAsync(Guid personId, CancellationToken ct)
    {
        var person = await patients.FindAsync(personId, ct) ?? throw new NotFoundException();
        var http = accessor.HttpContext!;
        var baseUrl = FhirJson.Base(http.Request);
        var today = VietnamClock.Today(time);
        var patientFilter = new[] { ("patient", personId.ToString()) };
        string Url(Resource r) => $"{baseUrl}/{r.TypeName}/{r.Id}";

        // Problems: the chronic registries the resident is enrolled in, then the latest diagnosis per ICD-10 code.
        var problems = new List<(Resource, string, string)>();
        var enrolments = await clinical.EnrolmentsAsync(new ClinicalCriteria { Patients = [[personId]] }, [[EnrolmentStatus.Active]], null, FhirSearch.MaxCount, ct);
        foreach (var e in enrolments.Items)
        {
            var condition = RegistryProblem(e);
            problems.Add((condition, "urn:uuid:" + condition.Id, condition.Code!.Text ?? string.Empty));
        }

        var diagnoses = (await operations.SearchAllAsync("Condition", patientFilter, ct)).Cast<Condition>()
            .Where(c => c.VerificationStatus is null)
            .GroupBy(c => c.Code!.Coding[0].Code)
            .Select(g => g.OrderByDescending(c => c.RecordedDate, StringComparer.Ordinal).First())
            .OrderByDescending(c => c.RecordedDate, StringComparer.Ordinal);
        problems.AddRange(diagnoses.Select(c => ((Resource)c, Url(c), $"{c.Code!.Coding[0].Code} {c.Code.Text} ({c.RecordedDate?[..10]})")));

        var allergies = (await operations.SearchAllAsync("AllergyIntolerance", patientFilter, ct)).Cast<AllergyIntolerance>()
            .Select(a => ((Resource)a, Url(a), a.Code?.Text ?? string.Empty)).ToList();
        var medications = (await operations.SearchAllAsync("MedicationRequest", patientFilter, ct)).Cast<MedicationRequest>()
            .Where(m => m.Status == MedicationRequest.MedicationrequestStatus.Active)
            .Select(m => ((Resource)m, Url(m), $"{(m.Medication as CodeableConcept)?.Text}: {m.DosageInstruction.FirstOrDefault()?.Text} ({m.AuthoredOn?[..10]})")).ToList();
        var immunizations = (await operations.SearchAllAsync("Immunization", patientFilter, ct)).Cast<Immunization>()
            .OrderBy(i => i.Occurrence is FhirDateTime d ? d.Value : null, StringComparer.Ordinal)
            .Select(i => ((Resource)i, Url(i), $"{i.VaccineCode?.Text} ({(i.Occurrence as FhirDateTime)?.Value?[..10]})")).ToList();

        var measured = new ClinicalCriteria { Patients = [[personId]] };
        var vitals = (await operations.LatestAsync(measured, VitalSign.All.Where(k => k.Category == VitalSign.VitalSigns).ToList(), 1, ct))
            .SelectMany(k => k.Value.Select(v => Observation(v, k.Key))).Select(o => ((Resource)o, Url(o), Line(o))).ToList();
        var results = (await operations.LatestAsync(measured, VitalSign.All.Where(k => k.Category == VitalSign.Laboratory).ToList(), 3, ct))
            .SelectMany(k => k.Value.Select(v => Observation(v, k.Key))).Select(o => ((Resource)o, Url(o), Line(o))).ToList();
        // The chronic follow-ups' fasting glucose and HbA1c (not served as Observations on their own: urn:uuid entries).
        var labs = await summaries.FollowUpLabsAsync(personId, ct);
        foreach (var (code, display, ucum, value) in new (string, string, string, Func<FollowUpLab, decimal?>)[]
        {
            (FastingGlucose, "Fasting glucose [Moles/volume] in Serum or Plasma", "mmol/L", l => l.FastingGlucose),
            (HbA1c, "Hemoglobin A1c/Hemoglobin.total in Blood", "%", l => l.HbA1c),
        })
        {
            foreach (var lab in labs.Where(l => value(l) is not null).Take(3))
            {
                var o = LabObservation(lab, code, display, ucum, value(lab)!.Value);
                results.Add((o, "urn:uuid:" + o.Id, Line(o)));
            }
        }

        var plans = enrolments.Items.Select(e => CarePlanHandler.ToFhir(e, today))
            .Select(p => ((Resource)p, Url(p), p.Activity.FirstOrDefault()?.Detail?.Scheduled is Period next ? $"{p.Title}: tái khám / next visit {next.Start}" : p.Title ?? string.Empty)).ToList();

        Section[] sections =
        [
            new("11450-4", "Problem list - Reported", "Vấn đề sức khỏe / Problems", true, problems),
            new("48765-2", "Allergies and adverse reactions Document", "Dị ứng / Allergies and intolerances", true, allergies),
            new("10160-0", "History of Medication use Narrative", "Thuốc đang dùng / Medication summary", true, medications),
            new("11369-6", "History of Immunization Narrative", "Tiêm chủng / Immunizations", false, immunizations),
            new("8716-3", "Vital signs", "Sinh hiệu gần nhất / Vital signs", false, vitals),
            new("30954-2", "Relevant diagnostic tests/laboratory data Narrative", "Xét nghiệm / Results", false, results),
            new("18776-5", "Plan of care note", "Kế hoạch chăm sóc / Plan of care", false, plans),
        ];

        var author = (Organization)(await organizations.ReadAsync(person.OrgUnitId.ToString(), ct)).Resource;
        var patient = PatientMapper.ToFhir(person);
        var now = time.GetUtcNow();
        var composition = new Composition
        {
            Id = Guid.CreateVersion7().ToString(),
            Status = CompositionStatus.Final,
            Type = new CodeableConcept(FhirSystems.Loinc, "60591-5", "Patient summary Document"),
            Subject = new ResourceReference("Patient/" + person.Id),
            DateElement = FhirDates.Instant(now),
            Author = [new ResourceReference("Organization/" + author.Id)],
            Custodian = new ResourceReference("Organization/" + author.Id),
            Title = "Tóm tắt hồ sơ sức khỏe / Patient summary",
        };
        var entries = new List<(Resource Resource, string FullUrl)> { (composition, "urn:uuid:" + composition.Id), (patient, Url(patient)), (author, Url(author)) };
        foreach (var s in sections.Where(s => s.Required || s.Entries.Count > 0))
        {
            var section = new Composition.SectionComponent
            {
                Title = s.Title,
                Code = new CodeableConcept(FhirSystems.Loinc, s.Code, s.Display),
            };
            if (s.Entries.Count == 0)
            {
                section.Text = Html(["Không có thông tin / No information"]);
                section.EmptyReason = new CodeableConcept("http://terminology.hl7.org/CodeSystem/list-empty-reason", "unavailable", "Unavailable");
            }
            else
            {
                section.Text = Html(s.Entries.Select(e => e.Line));
                foreach (var (resource, fullUrl, _) in s.Entries)
                {
                    section.Entry.Add(new ResourceReference(fullUrl.StartsWith("urn:", StringComparison.Ordinal) ? fullUrl : $"{resource.TypeName}/{resource.Id}"));
                    entries.Add((resource, fullUrl));
                }
            }

            composition.Section.Add(section);
        }

        var bundleId = Guid.CreateVersion7();
        var bundle = new Bundle
        {
            Id = bundleId.ToString(),
            Type = Bundle.BundleType.Document,
            Identifier = new Identifier("urn:ietf:rfc:3986", "urn:uuid:" + bundleId),
            Timestamp = now,
            Meta = new Meta { LastUpdated = now },
        };
        foreach (var (resource, fullUrl) in entries.DistinctBy(e => e.FullUrl))
        {
            bundle.Entry.Add(new Bundle.EntryComponent { FullUrl = fullUrl, Resource = resource });
        }

        return new FhirAnswer(bundle, [(person.Id, person.ProvinceCode)]);
    }

    /// <summary>A chronic registry enrolment as a problem-list Condition (not served on its own: a urn:uuid entry).</summary>
    private static Condition RegistryProblem(ChronicEnrolment e)
    {
        var text = e.Programme == ChronicProgramme.Hypertension ? "Tăng huyết áp (sổ quản lý) / hypertension registry" : "Đái tháo đường (sổ quản lý) / diabetes registry";
        return new Condition
        {
            Id = Guid.CreateVersion7().ToString(),
            ClinicalStatus = new CodeableConcept("http://terminology.hl7.org/CodeSystem/condition-clinical", "active", "Active"),
            VerificationStatus = new CodeableConcept("http://terminology.hl7.org/CodeSystem/condition-ver-status", "confirmed", "Confirmed"),
            Category = [new CodeableConcept("http://terminology.hl7.org/CodeSystem/condition-category", "problem-list-item", "Problem List Item")],
            Code = new CodeableConcept { Coding = [new Coding(FhirSystems.Icd10, e.EffectiveDiagnosisCode)], Text = text },
            Subject = new ResourceReference("Patient/" + e.PersonId),
            RecordedDateElement = FhirDates.Date(e.RegisteredOn),
        };
    }

    /// <summary>LOINC of the follow-up's laboratory values (fhir-notes §3): fasting glucose in mmol/L, HbA1c in %.</summary>
    public const string FastingGlucose = "14771-0";

    public const string HbA1c = "4548-4";

    private static Observation LabObservation(FollowUpLab lab, string code, string display, string ucum, decimal value) => new()
    {
        Id = Guid.CreateVersion7().ToString(),
        Status = ObservationStatus.Final,
        Category = [new CodeableConcept(FhirSystems.ObservationCategory, VitalSign.Laboratory, "Laboratory")],
        Code = new CodeableConcept(FhirSystems.Loinc, code, display) { Text = display },
        Subject = new ResourceReference("Patient/" + lab.PersonId),
        Encounter = new ResourceReference("Encounter/" + lab.EncounterId),
        Effective = FhirDates.Instant(lab.OccurredAt),
        Value = new Quantity { Value = value, Unit = ucum, System = FhirSystems.Ucum, Code = ucum },
    };

    private static Observation Observation(Core.Encounters.Encounter visit, VitalSign kind) => ObservationHandler.ToFhir(visit, kind);

    private static string Line(Observation o)
    {
        var inv = CultureInfo.InvariantCulture;
        var value = o.Value is Quantity q ? $"{q.Value?.ToString(inv)} {q.Unit}"
            : string.Join("/", o.Component.Select(c => (c.Value as Quantity)?.Value?.ToString(inv))) + " mmHg";
        return $"{o.Code?.Text}: {value} ({(o.Effective as FhirDateTime)?.Value?[..10]})";
    }

    private static Narrative Html(IEnumerable<string> lines) => new()
    {
        Status = Narrative.NarrativeStatus.Generated,
        Div = $"<div xmlns=\"{Xhtml}\"><ul>{string.Concat(lines.Select(l => "<li>" + SecurityElement.Escape(l) + "</li>"))}</ul></div>",
    };
}
