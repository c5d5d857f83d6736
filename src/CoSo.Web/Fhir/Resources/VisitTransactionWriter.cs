using System.Globalization;
using CoSo.Core.Common;
using CoSo.Core.Encounters;
using CoSo.Data;
using CoSo.Data.Encounters;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;
using CoSoEncounter = Hl7.Fhir.Model.Encounter;

namespace CoSo.Web.Fhir.Resources;

/// <summary>
/// <c>POST /fhir</c> with a <c>transaction</c> Bundle of one visit: one Encounter, its vital-sign Observations, its
/// Conditions (ICD-10) and MedicationRequests become one <see cref="VisitInput"/> recorded by
/// <see cref="VisitService.RecordAsync(Guid, VisitInput, CancellationToken)"/> — the save of
/// <c>POST /api/v1/people/{id}/visits</c>, one SaveChanges, so all or nothing, with its range checks, ICD-10 list,
/// formulary and allergy rules. Every error names the Bundle element it comes from
/// (<c>Bundle.entry[2].resource.valueQuantity.value</c>) and nothing is saved.
/// </summary>
public sealed class VisitTransactionWriter(VisitService visits, CoSoDbContext db, TimeProvider time)
{
    private sealed record Measure(string Field, string Ucum, bool Integer);

    /// <summary>LOINC → the visit field it fills (the codes of <see cref="VitalSign"/>; BMI is computed by CoSo, not taken).</summary>
    private static readonly Dictionary<string, Measure> Measures = new(StringComparer.Ordinal)
    {
        [VitalSign.Systolic] = new("systolic", "mm[Hg]", true),
        [VitalSign.Diastolic] = new("diastolic", "mm[Hg]", true),
        ["8867-4"] = new("pulse", "/min", true),
        ["9279-1"] = new("respiratoryRate", "/min", true),
        ["8310-5"] = new("temperatureC", "Cel", false),
        ["2708-6"] = new("spO2", "%", true),
        ["59408-5"] = new("spO2", "%", true),
        ["29463-7"] = new("weightKg", "kg", false),
        ["8302-2"] = new("heightCm", "cm", false),
        ["14743-9"] = new("capillaryGlucoseMmol", "mmol/L", false),
    };

    public async Task<FhirAnswer> ExecuteAsync(HttpContext http, CancellationToken ct)
    {
        var bundle = await ParseAsync(http, ct);
        var errors = new List<FieldError>();
        // CoSo's field name (systolic, diagnoses[0].code, prescriptions[1].days) → the element it was read from.
        var paths = new Dictionary<string, string>(StringComparer.Ordinal);
        var encounters = bundle.Entry.Select((e, i) => (e, i)).Where(x => x.e.Resource is CoSoEncounter).ToList();
        if (encounters.Count != 1)
        {
            throw new DomainValidationException("Bundle.entry", "fhir.transactionEncounter");
        }

        var (encounterEntry, encounterIndex) = encounters[0];
        var encounter = (CoSoEncounter)encounterEntry.Resource!;
        var root = $"Bundle.entry[{encounterIndex}].resource";
        var personId = Subject(encounter.Subject, null, $"{root}.subject", errors);
        var values = new Dictionary<string, (decimal Value, string Path)>(StringComparer.Ordinal);
        var diagnoses = new List<(DiagnosisInput Input, int Entry)>();
        var lines = new List<(PrescriptionInput Input, int Entry)>();
        var mainCondition = encounter.Diagnosis.FirstOrDefault(d => d.Rank == 1)?.Condition?.Reference;

        for (var i = 0; i < bundle.Entry.Count; i++)
        {
            var entry = bundle.Entry[i];
            var at = $"Bundle.entry[{i}]";
            if (entry.Request?.Method != Bundle.HTTPVerb.POST || entry.Resource is not (CoSoEncounter or Observation or Condition or MedicationRequest))
            {
                errors.Add(new FieldError(at, "fhir.transactionEntry"));
                continue;
            }

            switch (entry.Resource)
            {
                case Observation o:
                    Subject(o.Subject, personId, $"{at}.resource.subject", errors);
                    EncounterRef(o.Encounter, encounterEntry.FullUrl, $"{at}.resource.encounter", errors);
                    ReadObservation(o, $"{at}.resource", values, errors);
                    break;
                case Condition c:
                    Subject(c.Subject, personId, $"{at}.resource.subject", errors);
                    EncounterRef(c.Encounter, encounterEntry.FullUrl, $"{at}.resource.encounter", errors);
                    var icd = c.Code?.Coding.FirstOrDefault(x => x.System == FhirSystems.Icd10)?.Code;
                    if (string.IsNullOrWhiteSpace(icd))
                    {
                        errors.Add(new FieldError($"{at}.resource.code", "fhir.conditionCode"));
                        break;
                    }

                    paths[$"diagnoses[{diagnoses.Count}].code"] = $"{at}.resource.code";
                    diagnoses.Add((new DiagnosisInput(icd, mainCondition is not null && mainCondition == entry.FullUrl), i));
                    break;
                case MedicationRequest m:
                    Subject(m.Subject, personId, $"{at}.resource.subject", errors);
                    EncounterRef(m.Encounter, encounterEntry.FullUrl, $"{at}.resource.encounter", errors);
                    var line = ReadMedication(m, $"{at}.resource", lines.Count, paths, errors);
                    if (line is not null)
                    {
                        lines.Add((line, i));
                    }

                    break;
            }
        }

        if (mainCondition is null && diagnoses.Count > 0)
        {
            // No Encounter.diagnosis of rank 1: the first Condition is the main diagnosis.
            diagnoses[0] = (diagnoses[0].Input with { IsMain = true }, diagnoses[0].Entry);
        }

        paths["diagnoses"] = diagnoses.Count > 0 ? $"Bundle.entry[{diagnoses[0].Entry}].resource.code" : "Bundle.entry";
        paths["occurredAt"] = $"{root}.period.start";
        paths["facilityId"] = $"{root}.serviceProvider";
        paths["reason"] = $"{root}.reasonCode";
        foreach (var (field, (_, path)) in values)
        {
            paths[field] = path;
        }

        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        var input = new VisitInput
        {
            OccurredAt = encounter.Period?.StartElement?.ToDateTimeOffset(TimeSpan.FromHours(7)),
            FacilityId = encounter.ServiceProvider?.Reference is { } sp && FhirSearch.ReferenceIds(sp, "Organization") is [var f] ? f : null,
            Reason = encounter.ReasonCode.FirstOrDefault()?.Text,
            Systolic = Int(values, "systolic"),
            Diastolic = Int(values, "diastolic"),
            Pulse = Int(values, "pulse"),
            RespiratoryRate = Int(values, "respiratoryRate"),
            SpO2 = Int(values, "spO2"),
            TemperatureC = Dec(values, "temperatureC"),
            WeightKg = Dec(values, "weightKg"),
            HeightCm = Dec(values, "heightCm"),
            CapillaryGlucoseMmol = Dec(values, "capillaryGlucoseMmol"),
            Diagnoses = diagnoses.Select(d => d.Input).ToList(),
            Prescriptions = lines.Select(l => l.Input).ToList(),
        };

        VisitDto visit;
        try
        {
            visit = await visits.RecordAsync(personId!.Value, input, ct);
        }
        catch (DomainValidationException v)
        {
            throw new DomainValidationException(v.Errors.Select(e => e with { Field = paths.GetValueOrDefault(e.Field, root) }).ToList());
        }

        return new FhirAnswer(await ResponseAsync(bundle, visit, lines.Select(l => l.Entry).ToList(), ct), [(visit.PersonId, visit.ProvinceCode)]);
    }

    private async Task<Bundle> ResponseAsync(Bundle request, VisitDto visit, List<int> lineEntries, CancellationToken ct)
    {
        var rows = await db.EncounterDiagnoses.AsNoTracking().Where(d => d.EncounterId == visit.Id).Select(d => new { d.Id, d.Code }).ToListAsync(ct);
        var response = new Bundle { Type = Bundle.BundleType.TransactionResponse };
        var lastModified = visit.UpdatedAt ?? time.GetUtcNow();
        for (var i = 0; i < request.Entry.Count; i++)
        {
            string location;
            switch (request.Entry[i].Resource)
            {
                case Observation o:
                    var code = o.Code.Coding.First(c => c.System == FhirSystems.Loinc && (c.Code == VitalSign.BloodPressurePanel || Measures.ContainsKey(c.Code ?? string.Empty))).Code!;
                    var kind = code is VitalSign.BloodPressurePanel or VitalSign.Systolic or VitalSign.Diastolic ? "bp" : VitalSign.All.First(v => v.Codes.Contains(code)).Key;
                    location = $"Observation/{visit.Id}-{kind}";
                    break;
                case Condition c:
                    var icd = VisitRules.NormalizeIcd(c.Code!.Coding.First(x => x.System == FhirSystems.Icd10).Code!);
                    location = $"Condition/{rows.First(r => r.Code == icd).Id}";
                    break;
                case MedicationRequest:
                    location = $"MedicationRequest/{visit.Lines[lineEntries.IndexOf(i)].Id}";
                    break;
                default:
                    location = $"Encounter/{visit.Id}";
                    break;
            }

            response.Entry.Add(new Bundle.EntryComponent
            {
                Response = new Bundle.ResponseComponent { Status = "201 Created", Location = location, LastModified = lastModified },
            });
        }

        return response;
    }

    private static void ReadObservation(Observation o, string at, Dictionary<string, (decimal, string)> values, List<FieldError> errors)
    {
        var code = o.Code?.Coding.FirstOrDefault(c => c.System == FhirSystems.Loinc)?.Code;
        var codePath = $"{at}.code";
        if (code == VitalSign.BloodPressurePanel)
        {
            var parts = new[] { VitalSign.Systolic, VitalSign.Diastolic };
            foreach (var part in parts)
            {
                var index = o.Component.FindIndex(c => c.Code?.Coding.Any(x => x.System == FhirSystems.Loinc && x.Code == part) == true);
                if (index < 0)
                {
                    errors.Add(new FieldError($"{at}.component", "fhir.observationValue", "mm[Hg]"));
                    continue;
                }

                Take(Measures[part], o.Component[index].Value, $"{at}.component[{index}].valueQuantity", values, errors);
            }

            return;
        }

        if (code is null || !Measures.TryGetValue(code, out var measure))
        {
            errors.Add(new FieldError(codePath, "fhir.observationCode", code ?? "—"));
            return;
        }

        Take(measure, o.Value, $"{at}.valueQuantity", values, errors);
    }

    private static void Take(Measure m, DataType? value, string path, Dictionary<string, (decimal, string)> values, List<FieldError> errors)
    {
        if (value is not Quantity { Value: { } v } q || (q.Code is { } unit && unit != m.Ucum) || (m.Integer && v != decimal.Truncate(v)))
        {
            errors.Add(new FieldError(value is Quantity { Value: not null } ? $"{path}.value" : path, "fhir.observationValue", m.Ucum));
            return;
        }

        if (!values.TryAdd(m.Field, (v, $"{path}.value")))
        {
            errors.Add(new FieldError(path, "fhir.observationTwice"));
        }
    }

    private static PrescriptionInput? ReadMedication(MedicationRequest m, string at, int index, Dictionary<string, string> paths, List<FieldError> errors)
    {
        var concept = m.Medication as CodeableConcept;
        var drugCode = concept?.Coding.FirstOrDefault(c => c.System == FhirSystems.CoSoDrug)?.Code;
        var name = concept?.Text ?? concept?.Coding.FirstOrDefault()?.Display;
        if (drugCode is null && string.IsNullOrWhiteSpace(name))
        {
            errors.Add(new FieldError($"{at}.medicationCodeableConcept", "fhir.medicationCode"));
            return null;
        }

        var dosage = m.DosageInstruction.FirstOrDefault();
        var prefix = $"prescriptions[{index}]";
        paths[$"{prefix}.drug"] = paths[$"{prefix}.drugCode"] = $"{at}.medicationCodeableConcept";
        paths[$"{prefix}.quantity"] = $"{at}.dispenseRequest.quantity.value";
        paths[$"{prefix}.days"] = $"{at}.dispenseRequest.expectedSupplyDuration.value";
        paths[$"{prefix}.dosePerTake"] = $"{at}.dosageInstruction[0].doseAndRate[0].doseQuantity.value";
        paths[$"{prefix}.instructions"] = $"{at}.dosageInstruction[0].patientInstruction";
        var days = m.DispenseRequest?.ExpectedSupplyDuration?.Value;
        return new PrescriptionInput(name ?? drugCode!, null, dosage?.Text, m.DispenseRequest?.Quantity?.Value ?? 0, days is { } d ? (int)d : 0)
        {
            DrugCode = drugCode,
            DosePerTake = (dosage?.DoseAndRate.FirstOrDefault()?.Dose as Quantity)?.Value,
            TimesPerDay = dosage?.Timing?.Repeat?.Frequency,
            Instructions = dosage?.PatientInstruction,
        };
    }

    private static Guid? Subject(ResourceReference? reference, Guid? expected, string path, List<FieldError> errors)
    {
        Guid? id = reference?.Reference is { } r && FhirSearch.ReferenceIds(r, "Patient") is [var g] && g != Guid.Empty ? g : null;
        if (expected is null ? id is null : reference is not null && id != expected)
        {
            errors.Add(new FieldError(path, "fhir.transactionSubject"));
        }

        return id;
    }

    private static void EncounterRef(ResourceReference? reference, string? encounterUrl, string path, List<FieldError> errors)
    {
        if (reference is not null && reference.Reference != encounterUrl)
        {
            errors.Add(new FieldError(path, "fhir.transactionEncounterRef"));
        }
    }

    private static int? Int(Dictionary<string, (decimal Value, string)> values, string field) => values.TryGetValue(field, out var v) ? (int)v.Value : null;

    private static decimal? Dec(Dictionary<string, (decimal Value, string)> values, string field) => values.TryGetValue(field, out var v) ? v.Value : null;

    private static async Task<Bundle> ParseAsync(HttpContext http, CancellationToken ct)
    {
        Resource? resource;
        try
        {
            resource = await System.Text.Json.JsonSerializer.DeserializeAsync<Resource>(http.Request.Body, FhirJson.ParserOptions, ct);
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or Hl7.Fhir.Serialization.DeserializationFailedException)
        {
            throw new DomainValidationException("Bundle", "fhir.badBody", "Bundle");
        }

        return resource is Bundle { Type: Bundle.BundleType.Transaction } b ? b : throw new DomainValidationException("Bundle.type", "fhir.transactionOnly");
    }
}
