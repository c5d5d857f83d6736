using CoSo.Core.Common;
using CoSo.Core.People;
using CoSo.Core.Workforce;
using CoSo.Data.Fhir;
using Hl7.Fhir.Model;

namespace CoSo.Web.Fhir.Resources;

/// <summary>
/// Health workers of the staff register as Practitioner: name, gender, the practising certificate (chứng chỉ hành nghề)
/// as identifier and qualification, degrees as qualifications. A worker's CCCD and birth date are not served (the
/// exchange identifies a practitioner by the certificate). Not residents: scoped by the workforce rule, not audited as reads.
/// </summary>
public sealed class PractitionerHandler(FhirWorkforceQueries queries, IHttpContextAccessor http) : IFhirResourceHandler
{
    public async Task<FhirAnswer> ReadAsync(string id, CancellationToken ct)
    {
        var page = Guid.TryParse(id, out var g) ? await queries.StaffAsync([g], [], null, 1, ct: ct) : null;
        var staff = page?.Items is [var first, ..] ? first : throw new NotFoundException();
        return FhirAnswer.NoPeople(ToFhir(staff));
    }

    public async Task<FhirAnswer> SearchAsync(FhirSearch search, CancellationToken ct)
    {
        var licences = search.Values("identifier").Select(v => (IReadOnlyList<string>)FhirSearch.Tokens(v)
            .Where(t => t.System is null || FhirSystems.Resolve(t.System) == IdentifierKind.PractisingCertificate).Select(t => t.Code).ToList()).ToList();
        var names = (Folded(search, "name"), Folded(search, "family"), Folded(search, "given"));
        var page = await queries.StaffAsync(search.Ids(), licences, search.PageCursor, search.Count, names, ct);
        var bundle = FhirBundles.SearchSet(http.HttpContext!.Request, search, page.Items.Select(ToFhir), page.Total, FhirSearch.CursorText(page.Next));
        return FhirAnswer.NoPeople(bundle, isSearch: true);
    }

    private static List<string> Folded(FhirSearch search, string name) =>
        search.Values(name).Select(TextFolding.Fold).Where(v => v.Length > 0).ToList();

    public static Practitioner ToFhir(StaffMember s)
    {
        var practitioner = new Practitioner
        {
            Id = s.Id.ToString(),
            Meta = new Meta { VersionId = s.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            Active = s.IsActive,
            Name = [PatientMapper.Name(s.FullName)],
            Gender = s.Sex switch { Sex.Male => AdministrativeGender.Male, Sex.Female => AdministrativeGender.Female, _ => AdministrativeGender.Unknown },
        };
        if (s.LicenceNumber is { } licence)
        {
            var identifier = new Identifier(FhirSystems.Of(IdentifierKind.PractisingCertificate).System, licence)
            {
                Use = Identifier.IdentifierUse.Official,
                Type = new CodeableConcept(FhirSystems.IdentifierType, "LN", "License number"),
            };
            practitioner.Identifier.Add(identifier);
            practitioner.Qualification.Add(new Practitioner.QualificationComponent
            {
                Identifier = [new Identifier(identifier.System, licence)],
                Code = new CodeableConcept { Text = s.LicenceScope is { } scope ? "Chứng chỉ hành nghề: " + scope : "Chứng chỉ hành nghề" },
            });
        }

        foreach (var q in s.Qualifications.OrderBy(q => q.AwardedOn))
        {
            practitioner.Qualification.Add(new Practitioner.QualificationComponent
            {
                Code = new CodeableConcept { Text = q.Name },
                Period = new Period { StartElement = FhirDates.Date(q.AwardedOn) },
            });
        }

        return practitioner;
    }
}
