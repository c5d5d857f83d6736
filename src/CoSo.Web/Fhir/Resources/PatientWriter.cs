using System.Globalization;
using CoSo.Core.Common;
using CoSo.Core.People;
using CoSo.Data.Fhir;
using CoSo.Data.People;
using Hl7.Fhir.Model;

namespace CoSo.Web.Fhir.Resources;

/// <summary>
/// <c>POST /fhir/Patient</c>: registers a resident through <see cref="PeopleService"/> (its rules, duplicate flag, CCCD
/// uniqueness and write audit). With <c>If-None-Exist: identifier=&lt;CCCD system&gt;|&lt;CCCD&gt;</c> it is idempotent:
/// a resident the user can see with that CCCD is returned (200) instead of a second one created (R4 §3.1.0.8.1).
/// </summary>
public sealed class PatientWriter(PeopleService people, FhirPatientQueries queries)
{
    /// <summary>CoSo's field names → FHIRPath of the element, for OperationOutcome.issue.expression.</summary>
    private static readonly Dictionary<string, string> Paths = new(StringComparer.Ordinal)
    {
        ["fullName"] = "Patient.name", ["sex"] = "Patient.gender", ["birthDate"] = "Patient.birthDate", ["birthYear"] = "Patient.birthDate",
        ["cccd"] = "Patient.identifier", ["phone"] = "Patient.telecom", ["addressLine"] = "Patient.address",
        ["deceasedOn"] = "Patient.deceased", ["orgUnitId"] = "Patient.managingOrganization", ["villageId"] = "Patient.address",
    };

    public async Task<FhirAnswer> CreateAsync(HttpContext http, CancellationToken ct)
    {
        var patient = await ParseAsync(http, ct);
        if (http.Request.Headers["If-None-Exist"].ToString() is { Length: > 0 } condition)
        {
            var cccd = ConditionCccd(condition);
            var matches = await queries.SearchAsync(new PatientCriteria { Identifiers = [new IdentifierAlternatives([cccd], [])] }, null, 2, ct);
            if (matches.Items.Count > 1)
            {
                throw new ConcurrencyConflictException("If-None-Exist matched several residents.");
            }

            if (matches.Items.Count == 1)
            {
                // Found by the condition's search: audited as a search of that resident.
                var found = matches.Items[0];
                return new FhirAnswer(PatientMapper.ToFhir(found), [(found.Id, found.ProvinceCode)], isSearch: true);
            }
        }

        PersonDto created;
        try
        {
            created = await people.RegisterAsync(ToInput(patient), ct);
        }
        catch (DomainValidationException v)
        {
            throw new DomainValidationException(v.Errors.Select(e => e with { Field = Paths.GetValueOrDefault(e.Field, "Patient") }).ToList());
        }

        var person = await queries.FindAsync(created.Id, ct) ?? throw new NotFoundException();
        return new FhirAnswer(PatientMapper.ToFhir(person), [], status: StatusCodes.Status201Created)
        {
            Location = $"{FhirJson.Base(http.Request)}/Patient/{person.Id}",
        };
    }

    /// <summary>
    /// <c>PUT /fhir/Patient/{id}</c> with <c>If-Match: W/"&lt;version&gt;"</c>: <see cref="PeopleService.UpdateAsync"/>,
    /// the edit of <c>PUT /api/v1/people/{id}</c>, with its optimistic concurrency (the version is meta.versionId and
    /// the ETag). Stale → 412; no If-Match → 428 (an update without a version could overwrite an edit it never saw).
    /// The elements a Patient carries replace CoSo's (name, birth, gender, CCCD, phone, address text, station,
    /// deceased); what a Patient does not carry (village, household, ethnicity, BHYT card, moved away) is kept.
    /// </summary>
    public async Task<FhirAnswer> UpdateAsync(HttpContext http, Guid id, CancellationToken ct)
    {
        var culture = CultureInfo.CurrentUICulture;
        if (http.Request.Headers.IfMatch.Count == 0)
        {
            return new FhirAnswer(FhirOutcomes.Of(OperationOutcome.IssueType.Required, Messages.Get("concurrency.ifMatchRequired", culture)), [], status: StatusCodes.Status428PreconditionRequired);
        }

        var expected = CoSo.Web.Infrastructure.Errors.ETags.RequireIfMatch(http.Request);
        // The resident first: another station's is a 404 (and its denied row) whatever the body holds.
        var current = await queries.FindAsync(id, ct) ?? throw new NotFoundException();
        var patient = await ParseAsync(http, ct);
        if (patient.Id != id.ToString())
        {
            throw new DomainValidationException("Patient.id", "fhir.idMismatch");
        }

        var input = Merge(current, ToInput(patient));
        try
        {
            await people.UpdateAsync(id, input, expected, ct);
        }
        catch (DomainValidationException v)
        {
            throw new DomainValidationException(v.Errors.Select(e => e with { Field = Paths.GetValueOrDefault(e.Field, "Patient") }).ToList());
        }

        var person = await queries.FindAsync(id, ct) ?? throw new NotFoundException();
        return new FhirAnswer(PatientMapper.ToFhir(person), [(person.Id, person.ProvinceCode)]);
    }

    /// <summary>The resident's current fields, those a Patient carries replaced by <paramref name="fromPatient"/>.</summary>
    private static PersonInput Merge(CoSo.Core.People.Person p, PersonInput fromPatient) => new()
    {
        FullName = fromPatient.FullName,
        BirthDate = fromPatient.BirthDate,
        BirthYear = fromPatient.BirthYear,
        BirthTime = fromPatient.BirthDate is { } d && d == p.BirthDate ? p.BirthTime : null,
        Sex = fromPatient.Sex,
        Cccd = fromPatient.Cccd,
        Phone = fromPatient.Phone,
        AddressLine = fromPatient.AddressLine,
        OrgUnitId = fromPatient.OrgUnitId ?? p.OrgUnitId,
        IsDeceased = fromPatient.IsDeceased,
        DeceasedOn = fromPatient.DeceasedOn,
        DeathCauseCode = fromPatient.IsDeceased ? p.DeathCauseCode : null,
        EthnicityCode = p.EthnicityCode,
        VillageId = p.VillageId,
        HouseholdId = p.HouseholdId,
        RelationshipToHead = p.RelationshipToHead,
        BhytNumber = p.BhytNumber,
        BhytValidFrom = p.BhytValidFrom,
        BhytValidTo = p.BhytValidTo,
        BhytFacilityCode = p.BhytFacilityCode,
        MovedAway = p.MovedAway,
        MovedAwayOn = p.MovedAwayOn,
    };

    internal static async Task<Patient> ParseAsync(HttpContext http, CancellationToken ct)
    {
        try
        {
            var resource = await System.Text.Json.JsonSerializer.DeserializeAsync<Resource>(http.Request.Body, FhirJson.ParserOptions, ct);
            return resource as Patient ?? throw new DomainValidationException("Patient.resourceType", "fhir.badBody", "Patient");
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or Hl7.Fhir.Serialization.DeserializationFailedException)
        {
            throw new DomainValidationException("Patient", "fhir.badBody", "Patient");
        }
    }

    /// <summary>The only condition accepted: identifier=&lt;CCCD system or its alias&gt;|&lt;12 digits&gt;.</summary>
    private static string ConditionCccd(string condition)
    {
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(condition.StartsWith('?') ? condition : "?" + condition);
        if (query.Count == 1 && query.TryGetValue("identifier", out var values) && values.Count == 1
            && FhirSearch.Tokens(values.ToString()) is [{ System: { } system, Code: { } code }] && FhirSystems.Resolve(system) == IdentifierKind.Cccd)
        {
            return code;
        }

        throw new DomainValidationException("If-None-Exist", "fhir.ifNoneExist");
    }

    public static PersonInput ToInput(Patient p)
    {
        var name = p.Name.FirstOrDefault();
        var fullName = name?.Text ?? (name is null ? null : string.Join(' ', new[] { name.Family }.Concat(name.Given).Where(s => !string.IsNullOrWhiteSpace(s))));
        DateOnly? birthDate = null;
        int? birthYear = null;
        var bd = p.BirthDate;
        if (bd is { Length: 10 } && DateOnly.TryParseExact(bd, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            birthDate = d;
        }
        else if (bd is { Length: >= 4 } && int.TryParse(bd[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var y))
        {
            birthYear = y;
        }

        var cccd = p.Identifier.FirstOrDefault(i => i.System is { } s && FhirSystems.Resolve(s) == IdentifierKind.Cccd)?.Value;
        var org = p.ManagingOrganization?.Reference is { } r ? (FhirSearch.ReferenceIds(r, "Organization") is [var first, ..] ? first : Guid.Empty) : (Guid?)null;
        return new PersonInput
        {
            FullName = fullName,
            BirthDate = birthDate,
            BirthYear = birthYear,
            Sex = p.Gender switch { AdministrativeGender.Male => Sex.Male, AdministrativeGender.Female => Sex.Female, _ => null },
            Cccd = cccd,
            Phone = p.Telecom.FirstOrDefault(t => t.System == ContactPoint.ContactPointSystem.Phone)?.Value,
            AddressLine = p.Address.FirstOrDefault()?.Text,
            OrgUnitId = org is { } o && o != Guid.Empty ? o : null,
            IsDeceased = p.Deceased is FhirBoolean { Value: true } or FhirDateTime,
            DeceasedOn = p.Deceased is FhirDateTime { Value: { Length: >= 10 } died } && DateOnly.TryParseExact(died[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var diedOn) ? diedOn : null,
        };
    }
}
