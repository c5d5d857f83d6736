using System.Globalization;
using CoSo.Core.People;
using Hl7.Fhir.Model;

namespace CoSo.Web.Fhir.Resources;

/// <summary>A resident as an R4 Patient (identifiers of <see cref="FhirSystems"/>; a merged record points at the kept one).</summary>
public static class PatientMapper
{
    public static Patient ToFhir(CoSo.Core.People.Person p)
    {
        var patient = new Patient
        {
            Id = p.Id.ToString(),
            Meta = new Meta { VersionId = p.Version.ToString(CultureInfo.InvariantCulture), LastUpdated = p.UpdatedAt },
            Active = p.MergedIntoId is null,
            Gender = p.Sex switch { Sex.Male => AdministrativeGender.Male, Sex.Female => AdministrativeGender.Female, _ => AdministrativeGender.Unknown },
            // FHIR's date allows a year alone: the elderly often have only a birth year.
            BirthDate = p.BirthDate is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : p.BirthYear.ToString("0000", CultureInfo.InvariantCulture),
            ManagingOrganization = new ResourceReference("Organization/" + p.OrgUnitId),
        };
        if (p.Cccd is { } cccd)
        {
            patient.Identifier.Add(new Identifier(FhirSystems.Of(IdentifierKind.Cccd).System, cccd)
            {
                Use = Identifier.IdentifierUse.Official,
                Type = new CodeableConcept(FhirSystems.IdentifierType, "NI", "National unique individual identifier"),
            });
        }

        patient.Name.Add(Name(p.FullName));
        if (p.Phone is { } phone)
        {
            patient.Telecom.Add(new ContactPoint(ContactPoint.ContactPointSystem.Phone, ContactPoint.ContactPointUse.Mobile, phone));
        }

        if (p.AddressLine is { } line)
        {
            patient.Address.Add(new Address { Text = line, Country = "VN" });
        }

        if (p.DeceasedOn is { } died)
        {
            patient.Deceased = new FhirDateTime(died.Year, died.Month, died.Day);
        }
        else if (p.IsDeceased)
        {
            patient.Deceased = new FhirBoolean(true);
        }

        if (p.MergedIntoId is { } kept)
        {
            patient.Link.Add(new Patient.LinkComponent { Other = new ResourceReference("Patient/" + kept), Type = Patient.LinkType.ReplacedBy });
        }

        return patient;
    }

    /// <summary>Vietnamese order: the family name (họ) first, then middle and given names (tên đệm, tên).</summary>
    public static HumanName Name(string fullName)
    {
        var words = fullName.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var name = new HumanName { Use = HumanName.NameUse.Official, Text = fullName };
        if (words.Length > 0)
        {
            name.Family = words[0];
            name.Given = words.Skip(1).ToList();
        }

        return name;
    }
}
