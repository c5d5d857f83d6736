using System.Globalization;
using CoSo.Core.Common;
using CoSo.Data.Fhir;
using CoSo.Data.People;
using Hl7.Fhir.Model;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace CoSo.Web.Fhir.Resources;

/// <summary>
/// The operations of <see cref="FhirRegistry.Operations"/>. They are compositions of the resource handlers (the same
/// scoped queries and mappers), so a resource reads the same in an operation as on its own; the answer names the
/// residents it carries, so <c>PersonAuditFilter</c> audits it, and an instance operation's route names the resident
/// (<c>{personId}</c>), so an out-of-scope one is a 404 with the denied row of <c>DeniedAuditFilter</c>.
/// </summary>
public sealed class FhirOperationHandler(IServiceProvider services, FhirPatientQueries patients, FhirClinicalQueries clinical, ClinicalSearch clinicalSearch, PeopleService people, IHttpContextAccessor accessor, TimeProvider time)
{
    public const string MatchGrade = "http://hl7.org/fhir/StructureDefinition/match-grade";

    /// <summary>The resource types of <c>$everything</c>, in the order they are listed (the Patient first).</summary>
    public static readonly string[] EverythingTypes =
        ["Patient", "Coverage", "Encounter", "Observation", "Condition", "MedicationRequest", "MedicationDispense", "AllergyIntolerance", "CarePlan", "ServiceRequest", "Immunization", "ImmunizationRecommendation"];

    public Task<FhirAnswer> InvokeAsync(FhirOperation op, HttpContext http, CancellationToken ct) => (op.Type, op.Name) switch
    {
        ("Patient", "summary") => services.GetRequiredService<PatientSummary>().BuildAsync(PersonId(http), ct),
        ("Patient", "everything") => EverythingAsync(PersonId(http), http.Request.Query, ct),
        ("Patient", "match") => MatchAsync(http, ct),
        ("Observation", "lastn") => LastNAsync(http.Request.Query, ct),
        _ => throw new NotFoundException(),
    };

    private static Guid PersonId(HttpContext http) =>
        Guid.TryParse(http.Request.RouteValues["personId"]?.ToString(), out var g) ? g : throw new NotFoundException();

    /// <summary>
    /// <c>Patient/{id}/$everything</c>: the Patient and every resource of theirs, all pages of each type's search
    /// (one resident's records: a few hundred at most). <c>_type</c> keeps the types named; <c>_since</c> is passed as
    /// <c>_lastUpdated=ge…</c> to the types that carry <c>meta.lastUpdated</c>; the others (Coverage, CarePlan,
    /// ImmunizationRecommendation: CoSo keeps no change time for them) are always included.
    /// </summary>
    public async Task<FhirAnswer> EverythingAsync(Guid personId, IQueryCollection query, CancellationToken ct)
    {
        var person = await patients.FindAsync(personId, ct) ?? throw new NotFoundException();
        var types = query.TryGetValue("_type", out var t) && t.Count > 0
            ? t.SelectMany(v => (v ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToHashSet(StringComparer.Ordinal)
            : null;
        string? since = null;
        if (query.TryGetValue("_since", out var s) && s.ToString() is { Length: > 0 } sinceText)
        {
            if (!sinceText.Contains('T', StringComparison.Ordinal))
            {
                throw new DomainValidationException("_since", "fhir.badInstant");
            }

            FhirSearch.Instant("_since", sinceText); // validated: an instant with its zone
            since = "ge" + sinceText;
        }

        var resources = new List<Resource>();
        foreach (var type in EverythingTypes.Where(x => types is null || types.Contains(x)))
        {
            if (type == "Patient")
            {
                if (since is null || FhirSearch.Instant("_since", since[2..]).Start <= person.UpdatedAt)
                {
                    resources.Add(PatientMapper.ToFhir(person));
                }

                continue;
            }

            var parameters = new List<(string, string)> { (type == "Coverage" ? "beneficiary" : "patient", personId.ToString()) };
            if (since is not null && FhirRegistry.Find(type)!.Supports("_lastUpdated"))
            {
                parameters.Add(("_lastUpdated", since));
            }

            resources.AddRange(await SearchAllAsync(type, parameters, ct));
        }

        var bundle = OperationBundle(http: accessor.HttpContext!, resources.Select(r => (r, (Bundle.EntryComponent?)null)));
        return new FhirAnswer(bundle, [(person.Id, person.ProvinceCode)]);
    }

    /// <summary>Every page of a type's search, through its handler (its scope, its mapper).</summary>
    public async Task<List<Resource>> SearchAllAsync(string type, IEnumerable<(string Name, string Value)> parameters, CancellationToken ct)
    {
        var def = FhirRegistry.Find(type)!;
        var handler = (IFhirResourceHandler)services.GetRequiredService(def.Handler);
        var found = new List<Resource>();
        string? cursor = null;
        do
        {
            var values = parameters.GroupBy(p => p.Name).ToDictionary(g => g.Key, g => new StringValues(g.Select(p => p.Value).ToArray()));
            values["_count"] = FhirSearch.MaxCount.ToString(CultureInfo.InvariantCulture);
            if (cursor is not null)
            {
                values[FhirSearch.CursorParameter] = cursor;
            }

            var answer = await handler.SearchAsync(FhirSearch.Parse(def, new QueryCollection(values)), ct);
            var bundle = (Bundle)answer.Resource;
            found.AddRange(bundle.Entry.Select(e => e.Resource!));
            cursor = bundle.Link.FirstOrDefault(l => l.Relation == "next")?.Url is { } next
                && QueryHelpers.ParseQuery(new Uri(next).Query).TryGetValue(FhirSearch.CursorParameter, out var c) ? c.ToString() : null;
        }
        while (cursor is not null);
        return found;
    }

    /// <summary>
    /// <c>Observation/$lastn</c>: per Observation code, the <c>max</c> latest (by the visit's time) of the residents
    /// named by <c>patient</c>/<c>subject</c> (required), optionally only some <c>category</c> or <c>code</c>. Voided
    /// visits are left out (their Observations are entered-in-error, not results).
    /// </summary>
    public async Task<FhirAnswer> LastNAsync(IQueryCollection query, CancellationToken ct)
    {
        var def = FhirRegistry.Find("Observation")!;
        var max = 1;
        if (query.TryGetValue("max", out var m) && m.ToString() is { Length: > 0 } maxText
            && (!int.TryParse(maxText, NumberStyles.None, CultureInfo.InvariantCulture, out max) || max < 1 || max > FhirSearch.MaxCount))
        {
            throw new DomainValidationException("max", "fhir.badMax", FhirSearch.MaxCount);
        }

        var search = FhirSearch.Parse(def, new QueryCollection(query.Where(q => q.Key != "max").ToDictionary(q => q.Key, q => q.Value)));
        var criteria = await clinicalSearch.CriteriaAsync(search, ct, ids: false);
        if (criteria.Patients.Count == 0)
        {
            throw new DomainValidationException("patient", "fhir.lastnPatient");
        }

        var latest = await LatestAsync(criteria, ObservationHandler.Kinds(search), max, ct);
        var found = latest.SelectMany(k => k.Value.Select(v => (Visit: v, Kind: k.Key))).ToList();
        var bundle = OperationBundle(accessor.HttpContext!, found.Select(o => ((Resource)ObservationHandler.ToFhir(o.Visit, o.Kind), (Bundle.EntryComponent?)null)));
        return new FhirAnswer(bundle, found.Select(o => (o.Visit.PersonId, o.Visit.ProvinceCode)), isSearch: true);
    }

    /// <summary>For each kind (in its order), the <paramref name="max"/> latest visits of the criteria that measured it, newest first.</summary>
    public async Task<IReadOnlyList<KeyValuePair<VitalSign, List<Core.Encounters.Encounter>>>> LatestAsync(ClinicalCriteria criteria, IReadOnlyList<VitalSign> kinds, int max, CancellationToken ct)
    {
        var byKind = kinds.ToDictionary(k => k, _ => new List<Core.Encounters.Encounter>());
        criteria = criteria with { Sort = FhirSort.DateDescending };
        PageCursor? from = null;
        const int batchSize = 100;
        while (byKind.Any(k => k.Value.Count < max))
        {
            var batch = await clinical.MeasuredEncountersAsync(criteria, from, from is null, batchSize, ct);
            foreach (var visit in batch.Where(v => !v.Voided))
            {
                foreach (var (kind, list) in byKind.Where(k => k.Value.Count < max && k.Key.Value(visit) is not null))
                {
                    list.Add(visit);
                }
            }

            if (batch.Count < batchSize)
            {
                break;
            }

            from = new PageCursor(batch[^1].Id, FhirClinicalQueries.SortKey(batch[^1], FhirSort.DateDescending));
        }

        return kinds.Where(k => byKind[k].Count > 0).Select(k => new KeyValuePair<VitalSign, List<Core.Encounters.Encounter>>(k, byKind[k])).ToList();
    }

    /// <summary>
    /// <c>Patient/$match</c> with CoSo's own duplicate rules, on the residents the user can see: the same CCCD is the
    /// same person (CCCDs are unique in CoSo) — certain; <see cref="PeopleService.FindProbableDuplicatesAsync"/> (same
    /// folded name, birth year, commune, and the same birth date where both have one) — probable, or possible when one
    /// side has only a birth year.
    /// </summary>
    public async Task<FhirAnswer> MatchAsync(HttpContext http, CancellationToken ct)
    {
        Parameters parameters;
        try
        {
            parameters = await System.Text.Json.JsonSerializer.DeserializeAsync<Resource>(http.Request.Body, FhirJson.ParserOptions, ct) as Parameters
                ?? throw new DomainValidationException("Parameters", "fhir.badBody", "Parameters");
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or Hl7.Fhir.Serialization.DeserializationFailedException)
        {
            throw new DomainValidationException("Parameters", "fhir.badBody", "Parameters");
        }

        var patient = parameters.Parameter.FirstOrDefault(p => p.Name == "resource")?.Resource as Patient
            ?? throw new DomainValidationException("Parameters.parameter", "fhir.matchResource");
        var onlyCertain = parameters.Parameter.FirstOrDefault(p => p.Name == "onlyCertainMatches")?.Value is FhirBoolean { Value: true };
        var count = parameters.Parameter.FirstOrDefault(p => p.Name == "count")?.Value is Integer { Value: { } n } ? Math.Clamp(n, 1, FhirSearch.MaxCount) : 10;

        var input = PatientWriter.ToInput(patient);
        var matches = new Dictionary<Guid, (string Grade, decimal Score)>();
        if (!string.IsNullOrWhiteSpace(input.Cccd))
        {
            var holders = await patients.SearchAsync(new PatientCriteria { Identifiers = [new IdentifierAlternatives([input.Cccd.Trim()], [])] }, null, FhirSearch.MaxCount, ct);
            foreach (var p in holders.Items)
            {
                matches[p.Id] = ("certain", 1m);
            }
        }

        IReadOnlyList<PersonSummary> twins;
        try
        {
            twins = await people.FindProbableDuplicatesAsync(input, null, ct);
        }
        catch (DomainValidationException v)
        {
            throw new DomainValidationException(v.Errors.Select(e => e with { Field = e.Field == "orgUnitId" ? "Patient.managingOrganization" : e.Field }).ToList());
        }

        foreach (var twin in twins.Where(t => !matches.ContainsKey(t.Id)))
        {
            var bothDated = input.BirthDate is not null && twin.BirthDate is not null;
            matches[twin.Id] = bothDated ? ("probable", 0.8m) : ("possible", 0.5m);
        }

        var chosen = matches.Where(x => !onlyCertain || x.Value.Grade == "certain").OrderByDescending(x => x.Value.Score).ThenBy(x => x.Key).Take(count).ToList();
        var found = (await patients.ByIdsAsync(chosen.Select(c => c.Key).ToList(), ct)).ToDictionary(p => p.Id);
        var entries = chosen.Where(c => found.ContainsKey(c.Key)).Select(c =>
        {
            var search = new Bundle.SearchComponent { Mode = Bundle.SearchEntryMode.Match, Score = c.Value.Score };
            search.Extension.Add(new Extension(MatchGrade, new Code(c.Value.Grade)));
            return ((Resource)PatientMapper.ToFhir(found[c.Key]), (Bundle.EntryComponent?)new Bundle.EntryComponent { Search = search });
        }).ToList();
        var bundle = OperationBundle(http, entries);
        return new FhirAnswer(bundle, chosen.Where(c => found.ContainsKey(c.Key)).Select(c => (c.Key, found[c.Key].ProvinceCode)), isSearch: true);
    }

    /// <summary>An operation's searchset: every entry a match (or as given), total = the entries, self = the request.</summary>
    private Bundle OperationBundle(HttpContext http, IEnumerable<(Resource Resource, Bundle.EntryComponent? Entry)> entries)
    {
        var baseUrl = FhirJson.Base(http.Request);
        var bundle = new Bundle
        {
            Id = Guid.CreateVersion7().ToString(),
            Type = Hl7.Fhir.Model.Bundle.BundleType.Searchset,
            Meta = new Meta { LastUpdated = time.GetUtcNow() },
        };
        bundle.Link.Add(new Bundle.LinkComponent { Relation = "self", Url = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}{http.Request.Path}{http.Request.QueryString}" });
        foreach (var (resource, entry) in entries)
        {
            var e = entry ?? new Bundle.EntryComponent { Search = new Bundle.SearchComponent { Mode = Hl7.Fhir.Model.Bundle.SearchEntryMode.Match } };
            e.FullUrl = $"{baseUrl}/{resource.TypeName}/{resource.Id}";
            e.Resource = resource;
            bundle.Entry.Add(e);
        }

        bundle.Total = bundle.Entry.Count;
        return bundle;
    }
}
