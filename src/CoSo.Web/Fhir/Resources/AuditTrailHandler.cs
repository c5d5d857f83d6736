using CoSo.Core.Audit;
using CoSo.Core.Common;
using CoSo.Core.Identity;
using CoSo.Data;
using CoSo.Data.Access;
using CoSo.Data.Audit;
using CoSo.Data.Fhir;
using Hl7.Fhir.Model;

namespace CoSo.Web.Fhir.Resources;

/// <summary>
/// A resident's own audit trail as AuditEvent, read-only: every write, denied attempt and read that names them, newest
/// first. Only for users who may read the audit (<see cref="Capability.ReadAudit"/>, as <c>/api/v1/audit</c>) and only
/// for residents in their scope. An event names the resident alone (a read row listing others is shown as naming this
/// one), the user by their user name and the route or record type; no address, no other resident. The id is the
/// audit row's and the resident's ids (32 hex digits each), so a read row listing several residents is one event each.
/// </summary>
public sealed class AuditTrailHandler(AuditQuery audit, FhirPatientQueries patients, CoSoDbContext db, IHttpContextAccessor http) : IFhirResourceHandler
{
    public async Task<FhirAnswer> ReadAsync(string id, CancellationToken ct)
    {
        db.Actor.Demand(Capability.ReadAudit);
        if (id.Length != 64 || !Guid.TryParseExact(id[..32], "N", out var entryId) || !Guid.TryParseExact(id[32..], "N", out var personId))
        {
            throw new NotFoundException();
        }

        var person = await patients.FindAsync(personId, ct) ?? throw new NotFoundException();
        var item = (await audit.TrailOfAsync(personId, ct)).FirstOrDefault(a => a.Id == entryId) ?? throw new NotFoundException();
        return new FhirAnswer(ToFhir(item, personId), [(person.Id, person.ProvinceCode)]);
    }

    public async Task<FhirAnswer> SearchAsync(FhirSearch search, CancellationToken ct)
    {
        db.Actor.Demand(Capability.ReadAudit);
        var named = search.Values("_id").SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToHashSet(StringComparer.Ordinal);
        var people = search.References("patient", "Patient").Concat(named.Where(n => n.Length == 64 && Guid.TryParseExact(n[32..], "N", out _)).Select(n => Guid.ParseExact(n[32..], "N")))
            .Where(g => g != Guid.Empty).Distinct().ToList();
        if (!search.Values("patient").Any() && named.Count == 0)
        {
            throw new DomainValidationException("patient", "fhir.auditPatient");
        }

        Guid? after = null;
        if (search.Cursor is { } cursor)
        {
            after = Guid.TryParse(cursor, out var c) ? c : throw new DomainValidationException(FhirSearch.CursorParameter, "fhir.badCursor");
        }

        // Newest first (UUIDv7 ids), keyset on the audit row's id: a row written between two pages lands before the walk.
        var events = new List<(AuditTrailItem Item, Guid Person, string Province)>();
        foreach (var personId in people)
        {
            if (await patients.FindAsync(personId, ct) is not { } person)
            {
                continue; // another station's resident: not found, their trail is not listed
            }

            events.AddRange((await audit.TrailOfAsync(personId, ct)).Select(a => (a, personId, person.ProvinceCode)));
        }

        var matching = events.Where(e => named.Count == 0 || named.Contains(Id(e.Item.Id, e.Person)))
            .OrderByDescending(e => e.Item.Id).ThenBy(e => e.Person).ToList();
        var rest = matching.Where(e => after is null || e.Item.Id < after.Value).ToList();
        var page = rest.Take(search.Count).ToList();
        var next = rest.Count > search.Count ? page[^1].Item.Id.ToString() : null;
        var bundle = FhirBundles.SearchSet(http.HttpContext!.Request, search, page.Select(e => ToFhir(e.Item, e.Person)), matching.Count, next);
        return new FhirAnswer(bundle, page.Select(e => (e.Person, e.Province)), isSearch: true);
    }

    private static string Id(Guid entry, Guid person) => entry.ToString("N") + person.ToString("N");

    private static AuditEvent ToFhir(AuditTrailItem a, Guid personId)
    {
        var action = a.Action switch
        {
            AuditActions.Read or AuditActions.Search => AuditEvent.AuditEventAction.R,
            AuditActions.Create or AuditActions.Import => AuditEvent.AuditEventAction.C,
            AuditActions.Update or AuditActions.Merge or AuditActions.Void => AuditEvent.AuditEventAction.U,
            AuditActions.Delete => AuditEvent.AuditEventAction.D,
            _ => AuditEvent.AuditEventAction.E,
        };
        var denied = a.Action == AuditActions.Denied;
        var who = new ResourceReference { Identifier = new Identifier(FhirSystems.CoSoUser, a.UserName), Display = a.UserName };
        return new AuditEvent
        {
            Id = Id(a.Id, personId),
            Type = new Coding("http://dicom.nema.org/resources/ontology/DCM", "110110", "Patient Record"),
            Subtype = [new Coding(FhirSystems.CoSoAuditAction, a.Action)],
            Action = action,
            Recorded = a.At,
            Outcome = denied ? AuditEvent.AuditEventOutcome.N4 : AuditEvent.AuditEventOutcome.N0,
            OutcomeDesc = denied ? "Từ chối: ngoài phạm vi hoặc không tồn tại / denied: out of scope or not found" : null,
            Agent = [new AuditEvent.AgentComponent { Who = who, Requestor = true }],
            Source = new AuditEvent.SourceComponent { Observer = new ResourceReference { Display = "CoSo" } },
            Entity = [new AuditEvent.EntityComponent { What = new ResourceReference("Patient/" + personId), Description = a.EntityType }],
        };
    }
}
