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
        };
    }
}
