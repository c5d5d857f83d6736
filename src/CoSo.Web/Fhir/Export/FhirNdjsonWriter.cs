using System.Globalization;
using System.Text.Json;
using CoSo.Core.Encounters;
using CoSo.Core.Immunization;
using CoSo.Core.People;
using CoSo.Web.Fhir.Resources;
using CoSoEncounter = CoSo.Core.Encounters.Encounter;

namespace CoSo.Web.Fhir.Export;

/// <summary>
/// The bulk export's writer (issue 18 item 6, "near COPY speed"): the rows go straight to FHIR JSON through a
/// <see cref="Utf8JsonWriter"/>, without building Firely POCOs, which cost ≈ 35–40 µs a resource. <b>The Firely
/// mappers stay the ground truth</b> (<see cref="PatientMapper"/>, <see cref="EncounterHandler.ToFhir"/>,
/// <see cref="ObservationHandler.ToFhir"/>, <see cref="ConditionHandler.ToFhir"/>, <see cref="ImmunizationHandler.ToFhir"/>):
/// every element here mirrors one there, in R4's element order, and FhirNdjsonTests parses each exported line with
/// Firely and asserts it is exactly the resource <c>GET /fhir/{type}/{id}</c> returns. A change to a mapper must be
/// made here too (that test fails otherwise).
/// Text is written as UTF-8 (Vietnamese names unescaped; only JSON's own specials and controls are escaped);
/// numbers and dates are culture-invariant.
/// </summary>
public static class FhirNdjsonWriter
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    /// <summary>Firely's format of a dateTime/instant with a time (ElementModel.Types.DateTime).</summary>
    private const string DateTimeFormat = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK";

    public static JsonWriterOptions Options { get; } = new()
    {
        // Real UTF-8 for Vietnamese; quotes, backslashes and controls are still escaped (the output is JSON, not HTML).
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    private static readonly string CccdSystem = FhirSystems.Of(IdentifierKind.Cccd).System;

    public static void Patient(Utf8JsonWriter w, Person p)
    {
        w.WriteStartObject();
        w.WriteString("resourceType"u8, "Patient"u8);
        w.WriteString("id"u8, p.Id);
        Meta(w, p.Version, p.UpdatedAt, null);
        if (p.Cccd is { } cccd)
        {
            w.WriteStartArray("identifier"u8);
            w.WriteStartObject();
            w.WriteString("use"u8, "official"u8);
            Concept(w, "type"u8, FhirSystems.IdentifierType, "NI", "National unique individual identifier");
            w.WriteString("system"u8, CccdSystem);
            w.WriteString("value"u8, cccd);
            w.WriteEndObject();
            w.WriteEndArray();
        }

        w.WriteBoolean("active"u8, p.MergedIntoId is null);
        w.WriteStartArray("name"u8);
        Name(w, p.FullName);
        w.WriteEndArray();
        if (p.Phone is { } phone)
        {
            w.WriteStartArray("telecom"u8);
            w.WriteStartObject();
            w.WriteString("system"u8, "phone"u8);
            w.WriteString("value"u8, phone);
            w.WriteString("use"u8, "mobile"u8);
            w.WriteEndObject();
            w.WriteEndArray();
        }

        w.WriteString("gender"u8, p.Sex switch { Sex.Male => "male"u8, Sex.Female => "female"u8, _ => "unknown"u8 });
        Span<byte> buffer = stackalloc byte[40];
        if (p.BirthDate is { } d)
        {
            w.WriteString("birthDate"u8, Date(buffer, d));
        }
        else
        {
            p.BirthYear.TryFormat(buffer, out var n, "0000", CultureInfo.InvariantCulture);
            w.WriteString("birthDate"u8, buffer[..n]);
        }

        if (p.DeceasedOn is { } died)
        {
            w.WriteString("deceasedDateTime"u8, Date(buffer, died));
        }
        else if (p.IsDeceased)
        {
            w.WriteBoolean("deceasedBoolean"u8, true);
        }

        if (p.AddressLine is { } line)
        {
            w.WriteStartArray("address"u8);
            w.WriteStartObject();
            w.WriteString("text"u8, line);
            w.WriteString("country"u8, "VN"u8);
            w.WriteEndObject();
            w.WriteEndArray();
        }

        Reference(w, "managingOrganization"u8, "Organization/"u8, p.OrgUnitId);
        if (p.MergedIntoId is { } kept)
        {
            w.WriteStartArray("link"u8);
            w.WriteStartObject();
            Reference(w, "other"u8, "Patient/"u8, kept);
            w.WriteString("type"u8, "replaced-by"u8);
            w.WriteEndObject();
            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    /// <summary>As <see cref="PatientMapper.Name"/>: the family name first, then middle and given names.</summary>
    private static void Name(Utf8JsonWriter w, string fullName)
    {
        w.WriteStartObject();
        w.WriteString("use"u8, "official"u8);
        w.WriteString("text"u8, fullName);
        var rest = fullName.AsSpan();
        var first = true;
        var givens = false;
        while (true)
        {
            rest = rest.TrimStart(' ');
            if (rest.IsEmpty)
            {
                break;
            }

            var end = rest.IndexOf(' ');
            var word = end < 0 ? rest : rest[..end];
            if (first)
            {
                w.WriteString("family"u8, word);
                first = false;
            }
            else
            {
                if (!givens)
                {
                    w.WriteStartArray("given"u8);
                    givens = true;
                }

                w.WriteStringValue(word);
            }

            rest = end < 0 ? default : rest[end..];
        }

        if (givens)
        {
            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    /// <summary>The visit and its diagnoses as <see cref="EncounterHandler.ToFhir"/> maps them (the visit's diagnoses loaded).</summary>
    public static void Encounter(Utf8JsonWriter w, CoSoEncounter e)
    {
        w.WriteStartObject();
        w.WriteString("resourceType"u8, "Encounter"u8);
        w.WriteString("id"u8, e.Id);
        Meta(w, e.Version, e.UpdatedAt ?? e.CreatedAt, null);
        w.WriteString("status"u8, e.Voided ? "entered-in-error"u8 : "finished"u8);
        w.WriteStartObject("class"u8);
        w.WriteString("system"u8, FhirSystems.ActCode);
        w.WriteString("code"u8, "AMB"u8);
        w.WriteString("display"u8, "ambulatory"u8);
        w.WriteEndObject();
        Reference(w, "subject"u8, "Patient/"u8, e.PersonId);
        w.WriteStartObject("period"u8);
        Span<byte> buffer = stackalloc byte[40];
        w.WriteString("start"u8, Instant(buffer, e.OccurredAt));
        w.WriteEndObject();
        if (!string.IsNullOrWhiteSpace(e.Reason))
        {
            w.WriteStartArray("reasonCode"u8);
            w.WriteStartObject();
            w.WriteString("text"u8, e.Reason);
            w.WriteEndObject();
            w.WriteEndArray();
        }

        if (e.Diagnoses.Count > 0)
        {
            w.WriteStartArray("diagnosis"u8);
            // The main diagnosis first, the others in their order (a stable sort, as OrderByDescending is).
            foreach (var main in new[] { true, false })
            {
                foreach (var d in e.Diagnoses)
                {
                    if (d.IsMain != main)
                    {
                        continue;
                    }

                    w.WriteStartObject();
                    Reference(w, "condition"u8, "Condition/"u8, d.Id);
                    if (main)
                    {
                        w.WriteNumber("rank"u8, 1);
                    }

                    w.WriteEndObject();
                }
            }

            w.WriteEndArray();
        }

        Reference(w, "serviceProvider"u8, "Organization/"u8, e.FacilityId);
        w.WriteEndObject();
    }

    /// <summary>One measurement of a visit as <see cref="ObservationHandler.ToFhir"/> maps it; the kind's value is present.</summary>
    public static void Observation(Utf8JsonWriter w, CoSoEncounter visit, VitalSign kind)
    {
        w.WriteStartObject();
        w.WriteString("resourceType"u8, "Observation"u8);
        Span<byte> buffer = stackalloc byte[64];
        visit.Id.TryFormat(buffer, out var n);
        buffer[n++] = (byte)'-';
        n += System.Text.Encoding.ASCII.GetBytes(kind.Key, buffer[n..]);
        w.WriteString("id"u8, buffer[..n]);
        Meta(w, null, visit.UpdatedAt ?? visit.CreatedAt, kind.Profile);
        w.WriteString("status"u8, visit.Voided ? "entered-in-error"u8 : "final"u8);
        w.WriteStartArray("category"u8);
        Concept(w, default, FhirSystems.ObservationCategory, kind.Category, kind.Category == VitalSign.VitalSigns ? "Vital Signs" : "Laboratory");
        w.WriteEndArray();
        w.WriteStartObject("code"u8);
        w.WriteStartArray("coding"u8);
        foreach (var c in kind.Codes)
        {
            Coding(w, FhirSystems.Loinc, c, c == kind.Codes[0] ? kind.Display : "Oxygen saturation in Arterial blood by Pulse oximetry");
        }

        w.WriteEndArray();
        w.WriteString("text"u8, kind.Display);
        w.WriteEndObject();
        Reference(w, "subject"u8, "Patient/"u8, visit.PersonId);
        Reference(w, "encounter"u8, "Encounter/"u8, visit.Id);
        w.WriteString("effectiveDateTime"u8, Instant(buffer, visit.OccurredAt));
        if (kind.Key == "bp")
        {
            if (visit.Systolic is not null || visit.Diastolic is not null)
            {
                w.WriteStartArray("component"u8);
                Component(w, VitalSign.Systolic, "Systolic blood pressure", visit.Systolic);
                Component(w, VitalSign.Diastolic, "Diastolic blood pressure", visit.Diastolic);
                w.WriteEndArray();
            }
        }
        else
        {
            Quantity(w, "valueQuantity"u8, kind.Value(visit)!.Value, kind.UcumCode, kind.Unit);
        }

        w.WriteEndObject();
    }

    private static void Component(Utf8JsonWriter w, string code, string display, int? value)
    {
        if (value is not { } v)
        {
            return;
        }

        w.WriteStartObject();
        Concept(w, "code"u8, FhirSystems.Loinc, code, display);
        Quantity(w, "valueQuantity"u8, v, "mm[Hg]", "mmHg");
        w.WriteEndObject();
    }

    /// <summary>A visit diagnosis as <see cref="ConditionHandler.ToFhir"/> maps it.</summary>
    public static void Condition(Utf8JsonWriter w, EncounterDiagnosis d, CoSoEncounter visit)
    {
        w.WriteStartObject();
        w.WriteString("resourceType"u8, "Condition"u8);
        w.WriteString("id"u8, d.Id);
        Meta(w, null, visit.UpdatedAt ?? visit.CreatedAt, null);
        if (visit.Voided)
        {
            Concept(w, "verificationStatus"u8, FhirSystems.ConditionVerification, "entered-in-error", null);
        }

        w.WriteStartArray("category"u8);
        Concept(w, default, FhirSystems.ConditionCategory, "encounter-diagnosis", "Encounter Diagnosis");
        w.WriteEndArray();
        w.WriteStartObject("code"u8);
        w.WriteStartArray("coding"u8);
        Coding(w, FhirSystems.Icd10, d.Code, d.NameVi);
        w.WriteEndArray();
        w.WriteString("text"u8, d.NameVi);
        w.WriteEndObject();
        Reference(w, "subject"u8, "Patient/"u8, d.PersonId);
        Reference(w, "encounter"u8, "Encounter/"u8, d.EncounterId);
        Span<byte> buffer = stackalloc byte[40];
        w.WriteString("recordedDate"u8, Instant(buffer, visit.OccurredAt));
        w.WriteEndObject();
    }

    /// <summary>A dose as <see cref="ImmunizationHandler.ToFhir"/> maps it.</summary>
    public static void Immunization(Utf8JsonWriter w, ImmunizationDose d)
    {
        w.WriteStartObject();
        w.WriteString("resourceType"u8, "Immunization"u8);
        w.WriteString("id"u8, d.Id);
        Meta(w, null, d.CreatedAt, null);
        w.WriteString("status"u8, "completed"u8);
        w.WriteStartObject("vaccineCode"u8);
        w.WriteStartArray("coding"u8);
        Coding(w, FhirSystems.CoSoVaccine, d.Vaccine, null);
        if (FhirSystems.VaccineCvx.TryGetValue(d.Vaccine, out var cvx))
        {
            Coding(w, FhirSystems.Cvx, cvx, null);
        }

        w.WriteEndArray();
        w.WriteString("text"u8, d.Vaccine);
        w.WriteEndObject();
        Reference(w, "patient"u8, "Patient/"u8, d.PersonId);
        Span<byte> buffer = stackalloc byte[40];
        // As FhirDates.Local: the local day, with its time in Vietnam's offset where recorded.
        w.WriteString("occurrenceDateTime"u8, d.GivenTime is { } time ? Instant(buffer, new DateTimeOffset(d.GivenOn.ToDateTime(time), Vietnam)) : Date(buffer, d.GivenOn));
        w.WriteString("recorded"u8, Instant(buffer, d.CreatedAt));
        w.WriteBoolean("primarySource"u8, d.Place == DosePlace.ThisStation);
        if (d.Place == DosePlace.Elsewhere && !string.IsNullOrWhiteSpace(d.PlaceText))
        {
            w.WriteStartObject("location"u8);
            w.WriteString("display"u8, d.PlaceText);
            w.WriteEndObject();
        }

        if (d.LotNumber is { } lot)
        {
            w.WriteString("lotNumber"u8, lot);
        }

        if (d.LotExpiry is { } expiry)
        {
            w.WriteString("expirationDate"u8, Date(buffer, expiry));
        }

        if (!string.IsNullOrWhiteSpace(d.Site))
        {
            w.WriteStartObject("site"u8);
            w.WriteString("text"u8, d.Site);
            w.WriteEndObject();
        }

        if (d.DoseNumber > 0)
        {
            w.WriteStartArray("protocolApplied"u8);
            w.WriteStartObject();
            w.WriteNumber("doseNumberPositiveInt"u8, d.DoseNumber);
            w.WriteEndObject();
            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    private static void Meta(Utf8JsonWriter w, int? version, DateTimeOffset lastUpdated, string? profile)
    {
        w.WriteStartObject("meta"u8);
        if (version is { } v)
        {
            Span<byte> digits = stackalloc byte[12];
            v.TryFormat(digits, out var n, default, CultureInfo.InvariantCulture);
            w.WriteString("versionId"u8, digits[..n]);
        }

        // An instant keeps its own offset, as Firely writes Meta.lastUpdated.
        Span<byte> buffer = stackalloc byte[40];
        lastUpdated.TryFormat(buffer, out var written, DateTimeFormat, CultureInfo.InvariantCulture);
        w.WriteString("lastUpdated"u8, buffer[..written]);
        if (profile is not null)
        {
            w.WriteStartArray("profile"u8);
            w.WriteStringValue(profile);
            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    /// <summary>
    /// As Firely's <c>new CodeableConcept(system, code, text)</c>: one coding without a display, and the text
    /// (<paramref name="name"/> empty: an array item).
    /// </summary>
    private static void Concept(Utf8JsonWriter w, ReadOnlySpan<byte> name, string system, string code, string? text)
    {
        if (name.IsEmpty)
        {
            w.WriteStartObject();
        }
        else
        {
            w.WriteStartObject(name);
        }

        w.WriteStartArray("coding"u8);
        Coding(w, system, code, null);
        w.WriteEndArray();
        if (text is not null)
        {
            w.WriteString("text"u8, text);
        }

        w.WriteEndObject();
    }

    private static void Coding(Utf8JsonWriter w, string system, string code, string? display)
    {
        w.WriteStartObject();
        w.WriteString("system"u8, system);
        w.WriteString("code"u8, code);
        if (display is not null)
        {
            w.WriteString("display"u8, display);
        }

        w.WriteEndObject();
    }

    private static void Quantity(Utf8JsonWriter w, ReadOnlySpan<byte> name, decimal value, string code, string unit)
    {
        w.WriteStartObject(name);
        w.WriteNumber("value"u8, value);
        w.WriteString("unit"u8, unit);
        w.WriteString("system"u8, FhirSystems.Ucum);
        w.WriteString("code"u8, code);
        w.WriteEndObject();
    }

    /// <summary>{"reference": "&lt;Type&gt;/&lt;id&gt;"} without building the string.</summary>
    private static void Reference(Utf8JsonWriter w, ReadOnlySpan<byte> name, ReadOnlySpan<byte> prefix, Guid id)
    {
        Span<byte> buffer = stackalloc byte[64];
        prefix.CopyTo(buffer);
        id.TryFormat(buffer[prefix.Length..], out var n);
        w.WriteStartObject(name);
        w.WriteString("reference"u8, buffer[..(prefix.Length + n)]);
        w.WriteEndObject();
    }

    /// <summary>A visit's instant in Vietnam's offset, as <see cref="FhirDates.Instant"/>.</summary>
    private static ReadOnlySpan<byte> Instant(Span<byte> buffer, DateTimeOffset at)
    {
        at.ToOffset(Vietnam).TryFormat(buffer, out var n, DateTimeFormat, CultureInfo.InvariantCulture);
        return buffer[..n];
    }

    private static ReadOnlySpan<byte> Date(Span<byte> buffer, DateOnly d)
    {
        d.TryFormat(buffer, out var n, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return buffer[..n];
    }
}
