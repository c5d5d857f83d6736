using CoSo.Core.Common;
using CoSo.Core.Records;
using CoSo.Data.Fhir;
using Hl7.Fhir.Model;

namespace CoSo.Web.Fhir.Resources;

/// <summary>
/// The allergy notes of a resident's current health record as AllergyIntolerance, one per note: drugs (category
/// medication), food (food) and other (no category). CoSo records them as free text, so <c>code</c> has text only;
/// id "&lt;resident id&gt;-&lt;kind&gt;", stable across record versions; a note cleared in a later version is gone.
/// Paged on (resident id, kind), like Observation, so a page holds exactly <c>_count</c> resources.
/// </summary>
public sealed class AllergyIntoleranceHandler(FhirRecordQueries queries, FhirPatientQueries patients, IHttpContextAccessor http) : IFhirResourceHandler
{
    private sealed record Kind(int Index, string Key, AllergyIntolerance.AllergyIntoleranceCategory? Category, Func<HealthRecordVersion, string?> Note);

    private static readonly Kind[] Kinds =
    [
        new(0, "medication", AllergyIntolerance.AllergyIntoleranceCategory.Medication, v => v.AllergyDrugs),
        new(1, "food", AllergyIntolerance.AllergyIntoleranceCategory.Food, v => v.AllergyFood),
        new(2, "other", null, v => v.AllergyOther),
    ];

    public async Task<FhirAnswer> ReadAsync(string id, CancellationToken ct)
    {
        if (!TryParseId(id, out var person, out var kind))
        {
            throw new NotFoundException();
        }

        var record = await queries.AllergyRecordsAsync([person], [], [], null, true, 1, ct) is [var first] ? first : null;
        if (record is null || string.IsNullOrWhiteSpace(kind.Note(record)))
        {
            throw new NotFoundException();
        }

        return new FhirAnswer(ToFhir(record, kind), [(record.PersonId, record.ProvinceCode)]);
    }

    public async Task<FhirAnswer> SearchAsync(FhirSearch search, CancellationToken ct)
    {
        var kinds = Kinds.AsEnumerable();
        foreach (var value in search.Values("category"))
        {
            var tokens = FhirSearch.Tokens(value);
            kinds = kinds.Where(k => k.Category is { } c && tokens.Any(t => (t.System is null || t.System == "http://hl7.org/fhir/allergy-intolerance-category") && t.Code == Hl7.Fhir.Utility.EnumUtility.GetLiteral(c))).ToList();
        }

        var wanted = kinds.ToList();
        var named = !search.Values("_id").Any() ? null
            : search.Values("_id").SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                .Select(v => TryParseId(v, out var p, out var k) ? (p, k.Key) : (Guid.Empty, string.Empty)).ToHashSet();
        var people = named is null ? [] : named.Select(n => n.Item1).Distinct().ToList();
        var sets = new List<IReadOnlyList<Guid>>();
        foreach (var value in search.Values("patient"))
        {
            sets.Add(FhirSearch.ReferenceIds(value, "Patient"));
        }

        foreach (var value in search.ChainedValues("patient", "identifier"))
        {
            var holders = await patients.SearchAsync(new PatientCriteria { Identifiers = [PatientHandler.Identifiers(value)] }, null, FhirSearch.MaxCount, ct);
            sets.Add(holders.Items.Count == 0 ? [Guid.Empty] : holders.Items.Select(p => p.Id).ToList());
        }

        var lastUpdated = search.LastUpdated();
        Guid? from = null;
        var cursorIndex = -1;
        if (search.Cursor is { } cursor)
        {
            if (!TryParseId(cursor, out var p, out var k))
            {
                throw new DomainValidationException(FhirSearch.CursorParameter, "fhir.badCursor");
            }

            (from, cursorIndex) = (p, k.Index);
        }

        bool Wanted(HealthRecordVersion r, Kind k) => !string.IsNullOrWhiteSpace(k.Note(r)) && (named is null || named.Contains((r.PersonId, k.Key)));
        var cursorPerson = from;
        var found = new List<(HealthRecordVersion Record, Kind Kind)>();
        var inclusive = true;
        while (search.Count > 0 && found.Count <= search.Count)
        {
            var batch = await queries.AllergyRecordsAsync(people, sets, lastUpdated, from, inclusive, search.Count + 1, ct);
            foreach (var r in batch)
            {
                found.AddRange(wanted.Where(k => Wanted(r, k) && !(r.PersonId == cursorPerson && k.Index <= cursorIndex)).Select(k => (r, k)));
            }

            if (batch.Count < search.Count + 1)
            {
                break;
            }

            (from, inclusive) = (batch[^1].PersonId, false);
        }

        int total;
        if (named is not null)
        {
            var records = await queries.AllergyRecordsAsync(people, sets, lastUpdated, null, true, Math.Max(people.Count, 1), ct);
            total = records.Sum(r => wanted.Count(k => Wanted(r, k)));
        }
        else
        {
            var (drugs, food, other) = await queries.AllergyCountsAsync(people, sets, lastUpdated, ct);
            total = wanted.Sum(k => k.Index switch { 0 => drugs, 1 => food, _ => other });
        }

        var page = found.Take(search.Count).ToList();
        var next = found.Count > search.Count ? Id(page[^1].Record.PersonId, page[^1].Kind) : null;
        var bundle = FhirBundles.SearchSet(http.HttpContext!.Request, search, page.Select(a => ToFhir(a.Record, a.Kind)), total, next);
        return new FhirAnswer(bundle, page.Select(a => (a.Record.PersonId, a.Record.ProvinceCode)), isSearch: true);
    }

    private static string Id(Guid person, Kind kind) => person + "-" + kind.Key;

    private static bool TryParseId(string id, out Guid person, out Kind kind)
    {
        kind = null!;
        person = Guid.Empty;
        return id.Length > 37 && id[36] == '-' && Guid.TryParse(id[..36], out person) && Kinds.FirstOrDefault(k => k.Key == id[37..]) is { } k && (kind = k) is not null;
    }

    private static AllergyIntolerance ToFhir(HealthRecordVersion r, Kind kind)
    {
        var allergy = new AllergyIntolerance
        {
            Id = Id(r.PersonId, kind),
            Meta = new Meta { LastUpdated = r.RecordedAt },
            ClinicalStatus = new CodeableConcept("http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", "active", "Active"),
            Code = new CodeableConcept { Text = kind.Note(r)!.Trim() },
            Patient = new ResourceReference("Patient/" + r.PersonId),
            RecordedDateElement = FhirDates.Instant(r.RecordedAt),
        };
        if (kind.Category is { } category)
        {
            allergy.Category = [category];
        }

        return allergy;
    }
}
