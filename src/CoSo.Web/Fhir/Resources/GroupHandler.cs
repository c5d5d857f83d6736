using CoSo.Core.Chronic;
using CoSo.Core.Common;
using CoSo.Data.Fhir;
using Hl7.Fhir.Model;

namespace CoSo.Web.Fhir.Resources;

/// <summary>
/// Households and the chronic registries of a station as Group (type person, actual true): id
/// <c>household-&lt;household id&gt;</c> (members: its residents) and <c>registry-&lt;station id&gt;-hypertension|diabetes</c>
/// (members: the residents under active management, each with their registration day), and
/// <c>station-&lt;station id&gt;</c>: the residents of a station and its villages, counted (<c>quantity</c>) but not listed —
/// thousands of members belong in <c>Group/station-&lt;id&gt;/$export</c> or <c>Patient?organization=</c>. Members are
/// references only (no names); every resident listed is in the read audit. Search needs <c>_id</c> or <c>member</c>: a resident's
/// groups are few, so the answer is one page.
/// </summary>
public sealed class GroupHandler(FhirGroupQueries queries, IHttpContextAccessor http) : IFhirResourceHandler
{
    private const string HouseholdPrefix = "household-";
    private const string RegistryPrefix = "registry-";
    public const string StationPrefix = "station-";

    public async Task<FhirAnswer> ReadAsync(string id, CancellationToken ct)
    {
        var (group, members) = await FindAsync(id, ct) ?? throw new NotFoundException();
        return new FhirAnswer(group, members.Select(m => (m.PersonId, m.ProvinceCode)));
    }

    public async Task<FhirAnswer> SearchAsync(FhirSearch search, CancellationToken ct)
    {
        var ids = search.Values("_id").SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        var memberSets = search.Values("member").Select(v => FhirSearch.ReferenceIds(v, "Patient")).ToList();
        if (ids.Count == 0 && memberSets.Count == 0)
        {
            throw new DomainValidationException("member", "fhir.groupCriteria");
        }

        // Candidates: the _id values, else the groups of the first member set; every other set is AND-ed below.
        IEnumerable<string> candidates = ids;
        if (ids.Count == 0)
        {
            var people = memberSets[0].Where(g => g != Guid.Empty).ToList();
            candidates = (await queries.HouseholdsOfAsync(people, ct)).Select(h => HouseholdPrefix + h)
                .Concat((await queries.RegistriesOfAsync(people, ct)).Select(r => RegistryId(r.Station, r.Programme)));
        }

        var found = new List<(Group Group, IReadOnlyList<GroupMember> Members)>();
        foreach (var id in candidates.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            if (await FindAsync(id, ct) is { } g && memberSets.All(set => g.Members.Any(m => set.Contains(m.PersonId))))
            {
                found.Add(g);
            }
        }

        var page = found.Take(search.Count).ToList();
        var bundle = FhirBundles.SearchSet(http.HttpContext!.Request, search, page.Select(g => g.Group), found.Count, null);
        return new FhirAnswer(bundle, page.SelectMany(g => g.Members.Select(m => (m.PersonId, m.ProvinceCode))), isSearch: true);
    }

    /// <summary>
    /// For <c>Group/{id}/$export</c>: the unit whose residents the group holds (a station, a household's village) and
    /// its members — null members for a station's Group (everyone there); null if there is no such group in scope.
    /// </summary>
    public async Task<(Guid Unit, IReadOnlyList<GroupMember>? Members)?> ExportScopeAsync(string id, CancellationToken ct)
    {
        if (id.StartsWith(StationPrefix, StringComparison.Ordinal))
        {
            return Guid.TryParse(id[StationPrefix.Length..], out var stationId) && await queries.StationAsync(stationId, ct) is { } station
                ? (station.Id, null)
                : null;
        }

        return await FindAsync(id, ct) is { } found && found.Group.ManagingEntity?.Reference is { } managing && Guid.TryParse(managing["Organization/".Length..], out var unit)
            ? (unit, found.Members)
            : null;
    }

    public static string RegistryId(Guid station, ChronicProgramme programme) =>
        $"{RegistryPrefix}{station}-{(programme == ChronicProgramme.Hypertension ? "hypertension" : "diabetes")}";

    private async Task<(Group Group, IReadOnlyList<GroupMember> Members)?> FindAsync(string id, CancellationToken ct)
    {
        if (id.StartsWith(HouseholdPrefix, StringComparison.Ordinal) && Guid.TryParse(id[HouseholdPrefix.Length..], out var householdId))
        {
            var household = await queries.HouseholdAsync(householdId, ct);
            if (household is null)
            {
                return null;
            }

            var members = await queries.HouseholdMembersAsync(householdId, ct);
            var group = Group(id, $"Hộ gia đình {household.Code} / household", members, household.OrgUnitId);
            group.Code = new CodeableConcept { Text = "Hộ gia đình / household" };
            group.Identifier.Add(new Identifier(FhirSystems.CoSoHousehold, household.Code));
            return (group, members);
        }

        if (id.StartsWith(StationPrefix, StringComparison.Ordinal) && Guid.TryParse(id[StationPrefix.Length..], out var ofStation))
        {
            var station = await queries.StationAsync(ofStation, ct);
            if (station is null)
            {
                return null;
            }

            var group = Group(id, $"Dân cư {station.Name} / residents", [], station.Id);
            group.Quantity = await queries.StationResidentCountAsync(station, ct);
            group.Code = new CodeableConcept { Text = "Dân cư địa bàn trạm y tế / a station's residents" };
            return (group, []);
        }

        var rest = id.StartsWith(RegistryPrefix, StringComparison.Ordinal) ? id[RegistryPrefix.Length..] : string.Empty;
        if (rest.Length > 37 && rest[36] == '-' && Guid.TryParse(rest[..36], out var stationId)
            && rest[37..] switch { "hypertension" => ChronicProgramme.Hypertension, "diabetes" => ChronicProgramme.Diabetes, _ => (ChronicProgramme?)null } is { } programme)
        {
            var station = await queries.StationAsync(stationId, ct);
            if (station is null)
            {
                return null;
            }

            var members = await queries.RegistryMembersAsync(stationId, programme, ct);
            var (code, display) = programme == ChronicProgramme.Hypertension ? ("Hypertension", "Sổ quản lý tăng huyết áp") : ("Diabetes", "Sổ quản lý đái tháo đường");
            var group = Group(id, $"{display} – {station.Name}", members, stationId);
            group.Code = new CodeableConcept(FhirSystems.CoSoChronicProgramme, code, display) { Text = display };
            return (group, members);
        }

        return null;
    }

    private static Group Group(string id, string name, IReadOnlyList<GroupMember> members, Guid managingUnit)
    {
        var group = new Group
        {
            Id = id,
            Type = Hl7.Fhir.Model.Group.GroupType.Person,
            Actual = true,
            Name = name,
            Quantity = members.Count,
            ManagingEntity = new ResourceReference("Organization/" + managingUnit),
        };
        foreach (var m in members)
        {
            group.Member.Add(new Group.MemberComponent
            {
                Entity = new ResourceReference("Patient/" + m.PersonId),
                Period = m.Since is { } since ? new Period { StartElement = FhirDates.Date(since) } : null,
            });
        }

        return group;
    }
}
