using CoSo.Core.Common;
using CoSo.Data.Fhir;
using Hl7.Fhir.Model;
using CoSoEncounter = CoSo.Core.Encounters.Encounter;

namespace CoSo.Web.Fhir.Resources;

/// <summary>
/// A visit's measurements as Observations (one per <see cref="VitalSign"/>), id "&lt;visit id&gt;-&lt;kind&gt;". Paged on
/// (visit id, kind), so a page holds exactly <c>_count</c> Observations and the cursor is the last one's id.
/// </summary>
public sealed class ObservationHandler(FhirClinicalQueries queries, ClinicalSearch clinical, IHttpContextAccessor http) : IFhirResourceHandler
{
    public async Task<FhirAnswer> ReadAsync(string id, CancellationToken ct)
    {
        if (!TryParseId(id, out var visitId, out var kind))
        {
            throw new NotFoundException();
        }

        var visit = await queries.MeasuredEncountersAsync(new ClinicalCriteria { Ids = [visitId] }, null, true, 1, ct) is [var first, ..] ? first : null;
        if (visit is null || kind.Value(visit) is null)
        {
            throw new NotFoundException();
        }

        return new FhirAnswer(ToFhir(visit, kind), [(visit.PersonId, visit.ProvinceCode)]);
    }

    public async Task<FhirAnswer> SearchAsync(FhirSearch search, CancellationToken ct)
    {
        var kinds = Kinds(search);
        // An Observation's _id is "<visit id>-<kind>": the visits to read, and only those kinds of them.
        var named = search.Values("_id").SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(v => TryParseId(v, out var visitId, out var kind) ? (visitId, kind.Key) : (Guid.Empty, string.Empty)).ToHashSet();
        var criteria = await clinical.CriteriaAsync(search, ct, ids: false);
        if (named.Count > 0)
        {
            criteria = criteria with { Ids = named.Select(n => n.Item1).Distinct().ToList() };
        }

        // The cursor names the last Observation served: "<visit id>-<kind>", in a sorted order prefixed "<visit's key>.".
        PageCursor? from = null;
        var cursorIndex = -1;
        if (search.Cursor is { } cursor)
        {
            var dot = search.Sort == FhirSort.Id ? -1 : cursor.IndexOf('.', StringComparison.Ordinal);
            long? key = null;
            if ((search.Sort != FhirSort.Id && (dot <= 0 || !long.TryParse(cursor[..dot], System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var k) || (key = k) is null))
                || !TryParseId(cursor[(dot + 1)..], out var v, out var kind))
            {
                throw new DomainValidationException(FhirSearch.CursorParameter, "fhir.badCursor");
            }

            (from, cursorIndex) = (new PageCursor(v, key), kind.Index);
        }

        var counts = await queries.MeasurementCountsAsync(criteria, ct);
        var total = kinds.Sum(k => k.Count(counts));
        bool Wanted(CoSoEncounter visit, VitalSign kind) => kind.Value(visit) is not null && (named.Count == 0 || named.Contains((visit.Id, kind.Key)));
        var found = new List<(CoSoEncounter Visit, VitalSign Kind)>();
        var cursorVisit = from?.Id;
        var inclusive = true;
        // Fetch visits until one more Observation than the page is known (or none are left): that one says "next".
        while (search.Count > 0 && found.Count <= search.Count)
        {
            var batch = await queries.MeasuredEncountersAsync(criteria, from, inclusive, search.Count + 1, ct);
            foreach (var visit in batch)
            {
                found.AddRange(kinds.Where(k => Wanted(visit, k) && !(visit.Id == cursorVisit && k.Index <= cursorIndex)).Select(k => (visit, k)));
            }

            if (batch.Count < search.Count + 1)
            {
                break;
            }

            (from, inclusive) = (new PageCursor(batch[^1].Id, FhirClinicalQueries.SortKey(batch[^1], search.Sort)), false);
        }

        if (named.Count > 0)
        {
            var visits = await queries.MeasuredEncountersAsync(criteria, null, true, named.Count, ct);
            total = visits.Sum(v => kinds.Count(k => Wanted(v, k)));
        }

        var page = found.Take(search.Count).ToList();
        var next = found.Count > search.Count ? Cursor(page[^1].Visit, page[^1].Kind, search.Sort) : null;
        var bundle = FhirBundles.SearchSet(http.HttpContext!.Request, search, page.Select(o => ToFhir(o.Visit, o.Kind)), total, next);
        return new FhirAnswer(bundle, page.Select(o => (o.Visit.PersonId, o.Visit.ProvinceCode)), isSearch: true);
    }

    /// <summary>The kinds that category and code allow (each parameter AND-ed, its comma values OR-ed).</summary>
    public static List<VitalSign> Kinds(FhirSearch search)
    {
        IEnumerable<VitalSign> kinds = VitalSign.All;
        foreach (var value in search.Values("category"))
        {
            var tokens = FhirSearch.Tokens(value);
            kinds = kinds.Where(k => tokens.Any(t => (t.System is null || t.System == FhirSystems.ObservationCategory) && t.Code == k.Category)).ToList();
        }

        foreach (var value in search.Values("code"))
        {
            var tokens = FhirSearch.Tokens(value);
            kinds = kinds.Where(k => tokens.Any(t => (t.System is null || t.System == FhirSystems.Loinc) && k.Codes.Contains(t.Code))).ToList();
        }

        return kinds.ToList();
    }

    private static string Id(CoSoEncounter visit, VitalSign kind) => visit.Id + "-" + kind.Key;

    private static string Cursor(CoSoEncounter visit, VitalSign kind, FhirSort sort) =>
        FhirClinicalQueries.SortKey(visit, sort) is { } key ? key.ToString(System.Globalization.CultureInfo.InvariantCulture) + "." + Id(visit, kind) : Id(visit, kind);

    private static bool TryParseId(string id, out Guid visitId, out VitalSign kind)
    {
        kind = null!;
        visitId = Guid.Empty;
        return id.Length > 37 && id[36] == '-' && Guid.TryParse(id[..36], out visitId) && VitalSign.Find(id[37..]) is { } k && (kind = k) is not null;
    }

    public static Observation ToFhir(CoSoEncounter visit, VitalSign kind)
    {
        var observation = new Observation
        {
            Id = Id(visit, kind),
            Meta = new Meta { LastUpdated = visit.UpdatedAt ?? visit.CreatedAt },
            Status = visit.Voided ? ObservationStatus.EnteredInError : ObservationStatus.Final,
            Category = [new CodeableConcept(FhirSystems.ObservationCategory, kind.Category, kind.Category == VitalSign.VitalSigns ? "Vital Signs" : "Laboratory")],
            Code = new CodeableConcept { Coding = kind.Codes.Select(c => new Coding(FhirSystems.Loinc, c, c == kind.Codes[0] ? kind.Display : "Oxygen saturation in Arterial blood by Pulse oximetry")).ToList(), Text = kind.Display },
            Subject = new ResourceReference("Patient/" + visit.PersonId),
            Encounter = new ResourceReference("Encounter/" + visit.Id),
            Effective = FhirDates.Instant(visit.OccurredAt),
        };
        if (kind.Profile is { } profile)
        {
            observation.Meta.Profile = [profile];
        }

        if (kind.Key == "bp")
        {
            AddComponent(observation, VitalSign.Systolic, "Systolic blood pressure", visit.Systolic);
            AddComponent(observation, VitalSign.Diastolic, "Diastolic blood pressure", visit.Diastolic);
        }
        else
        {
            observation.Value = Quantity(kind.Value(visit)!.Value, kind.UcumCode, kind.Unit);
        }

        return observation;
    }

    private static void AddComponent(Observation observation, string code, string display, int? value)
    {
        if (value is { } v)
        {
            observation.Component.Add(new Observation.ComponentComponent { Code = new CodeableConcept(FhirSystems.Loinc, code, display), Value = Quantity(v, "mm[Hg]", "mmHg") });
        }
    }

    private static Quantity Quantity(decimal value, string code, string unit) => new() { Value = value, Unit = unit, System = FhirSystems.Ucum, Code = code };
}
