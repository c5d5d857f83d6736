namespace CoSo.Web.Fhir;

/// <summary>
/// The one configuration table of identifier and code systems (issue 18 item 3): the community VN Core URIs CoSo
/// emits, and the Ministry draft's URIs it accepts as search aliases. Neither IG is binding
/// (docs/fhir.md, ADR 0018): a ministry decision changes a row here, not code.
/// </summary>
public static class FhirSystems
{
    public const string Loinc = "http://loinc.org";
    public const string Ucum = "http://unitsofmeasure.org";
    public const string Icd10 = "http://hl7.org/fhir/sid/icd-10";
    public const string Cvx = "http://hl7.org/fhir/sid/cvx";
    public const string ObservationCategory = "http://terminology.hl7.org/CodeSystem/observation-category";
    public const string ConditionCategory = "http://terminology.hl7.org/CodeSystem/condition-category";
    public const string ConditionVerification = "http://terminology.hl7.org/CodeSystem/condition-ver-status";
    public const string ActCode = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
    public const string IdentifierType = "http://terminology.hl7.org/CodeSystem/v2-0203";

    public const string LocationPhysicalType = "http://terminology.hl7.org/CodeSystem/location-physical-type";

    /// <summary>CoSo's professional cadres (<c>Cadre</c>, chức danh chuyên môn): local, no national code system yet.</summary>
    public const string CoSoCadre = "urn:coso:cadre";

    /// <summary>CoSo's formulary drug codes (<c>Drug.Code</c>): local until a national drug code list is adopted.</summary>
    public const string CoSoDrug = "urn:coso:drug";

    /// <summary>CoSo's chronic-disease registries (<c>ChronicProgramme</c>): the programme a CarePlan follows.</summary>
    public const string CoSoChronicProgramme = "urn:coso:chronic-programme";

    /// <summary>CoSo's own vaccine codes (<c>VaccineCodes</c>): local until a national vaccine list is adopted.</summary>
    public const string CoSoVaccine = "urn:coso:vaccine";

    /// <summary>CoSo's household numbers (mã hộ, unique within a province): a Group's identifier.</summary>
    public const string CoSoHousehold = "urn:coso:household";

    /// <summary>CoSo's audit actions (read, search, create, update, denied, …): an AuditEvent's subtype.</summary>
    public const string CoSoAuditAction = "urn:coso:audit-action";

    /// <summary>CoSo's user names: the agent of an AuditEvent.</summary>
    public const string CoSoUser = "urn:coso:user";

    public static IReadOnlyList<IdentifierSystem> Identifiers { get; } =
    [
        new(IdentifierKind.Cccd, "http://fhir.hl7.org.vn/core/sid/cccd", ["http://fhir.ehealth.gov.vn/core/sid/national_id"], "Patient", "Căn cước công dân (12 số) / citizen identity number"),
        new(IdentifierKind.Bhyt, "http://fhir.hl7.org.vn/core/sid/bhyt", ["http://fhir.ehealth.gov.vn/core/sid/insurance_number"], "Coverage", "Số thẻ BHYT / health-insurance card number"),
        new(IdentifierKind.FacilityCode, "http://fhir.hl7.org.vn/core/sid/ma-cskcb", ["http://fhir.ehealth.gov.vn/core/sid/provider-code"], "Organization", "Mã cơ sở KCB BHYT / BHYT facility code"),
        new(IdentifierKind.PractisingCertificate, "http://fhir.hl7.org.vn/core/sid/cchn", [], "Practitioner", "Số chứng chỉ hành nghề / practising certificate number"),
    ];

    public static IdentifierSystem Of(IdentifierKind kind) => Identifiers.First(i => i.Kind == kind);

    /// <summary>The kind a system URI names (the emitted URI or an alias), or null for a system CoSo does not hold.</summary>
    public static IdentifierKind? Resolve(string system) =>
        Identifiers.FirstOrDefault(i => i.System == system || i.Aliases.Contains(system, StringComparer.Ordinal))?.Kind;

    /// <summary>CoSo vaccine code → CVX (fhir-notes §3; Vietnamese products differ from US ones, so only where one fits).</summary>
    public static IReadOnlyDictionary<string, string> VaccineCvx { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["HepB-birth"] = "08", ["BCG"] = "19", ["DTP-HepB-Hib"] = "102", ["OPV"] = "178", ["IPV"] = "10", ["Rota"] = "122",
        ["Measles"] = "05", ["MR"] = "04", ["DTP-booster"] = "01", ["JE"] = "39", ["Td"] = "139", ["Cholera"] = "173", ["Typhoid"] = "101",
    };
}
