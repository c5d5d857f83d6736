using Hl7.Fhir.Model;

namespace CoSo.Web.Fhir;

/// <summary>The CapabilityStatement, written from <see cref="FhirRegistry"/> alone: what is listed is what is routed.</summary>
public static class CapabilityStatementBuilder
{
    public static CapabilityStatement Build(HttpRequest request, DateOnly today)
    {
        var version = typeof(CapabilityStatementBuilder).Assembly.GetName().Version?.ToString() ?? "0";
        var rest = new CapabilityStatement.RestComponent
        {
            Mode = CapabilityStatement.RestfulCapabilityMode.Server,
            Documentation = "Xác thực bằng cookie phiên của POST /api/v1/auth/login; ngoài phạm vi đơn vị = 404; mọi lần đọc đều được ghi nhật ký / "
                + "session cookie from POST /api/v1/auth/login; out of the user's scope = 404; every read is audited",
            Security = new CapabilityStatement.SecurityComponent
            {
                Cors = false,
                Description = "Cookie coso.auth (POST /api/v1/auth/login); system clients: SMART Backend Services, Bearer token from POST /connect/token "
                    + "(client_credentials, private_key_jwt; /fhir/.well-known/smart-configuration)",
                // SMART Backend Services for system clients (docs/fhir.md "System clients").
                Service = [new CodeableConcept("http://terminology.hl7.org/CodeSystem/restful-security-service", "SMART-on-FHIR")],
            },
        };
        foreach (var def in FhirRegistry.Resources)
        {
            var resource = new CapabilityStatement.ResourceComponent
            {
                Type = def.Type,
                // R4 has no element for _sort: the orders served are named in the documentation.
                Documentation = def.Sorts.Count == 0 ? def.Documentation : $"{def.Documentation}; _sort: {string.Join(", ", def.Sorts.Select(o => o.Text))}",
                Versioning = def.Update ? CapabilityStatement.ResourceVersionPolicy.VersionedUpdate : CapabilityStatement.ResourceVersionPolicy.NoVersion,
                ReadHistory = false,
                UpdateCreate = false,
                ConditionalCreate = def.Create && def.ConditionalCreate,
                SearchInclude = def.Includes,
                SearchRevInclude = def.RevIncludes,
            };
            resource.Interaction.Add(new CapabilityStatement.ResourceInteractionComponent { Code = CapabilityStatement.TypeRestfulInteraction.Read });
            resource.Interaction.Add(new CapabilityStatement.ResourceInteractionComponent { Code = CapabilityStatement.TypeRestfulInteraction.SearchType });
            if (def.Create)
            {
                resource.Interaction.Add(new CapabilityStatement.ResourceInteractionComponent { Code = CapabilityStatement.TypeRestfulInteraction.Create });
            }

            if (def.Update)
            {
                resource.Interaction.Add(new CapabilityStatement.ResourceInteractionComponent { Code = CapabilityStatement.TypeRestfulInteraction.Update, Documentation = "If-Match: W/\"<meta.versionId>\" bắt buộc (thiếu = 428, cũ = 412) / required (missing = 428, stale = 412)" });
            }

            if (def.Delete)
            {
                resource.Interaction.Add(new CapabilityStatement.ResourceInteractionComponent { Code = CapabilityStatement.TypeRestfulInteraction.Delete });
            }

            resource.Extension.AddRange(def.Extensions.Select(e => (Extension)e.DeepCopy()));
            foreach (var p in def.SearchParameters)
            {
                resource.SearchParam.Add(new CapabilityStatement.SearchParamComponent { Name = p.Name, Type = p.Type, Documentation = p.Documentation });
            }

            foreach (var op in FhirRegistry.Operations.Where(o => o.Type == def.Type))
            {
                resource.Operation.Add(new CapabilityStatement.OperationComponent { Name = op.Name, Definition = op.Definition, Documentation = op.Documentation });
            }

            rest.Resource.Add(resource);
        }

        // System operations, and those on a type that is not itself served as a resource (Group: only its $export).
        foreach (var op in FhirRegistry.Operations.Where(o => o.Type is null || FhirRegistry.Find(o.Type) is null))
        {
            rest.Operation.Add(new CapabilityStatement.OperationComponent { Name = op.Name, Definition = op.Definition, Documentation = op.Documentation });
        }

        rest.Interaction.Add(new CapabilityStatement.SystemInteractionComponent
        {
            Code = CapabilityStatement.SystemRestfulInteraction.Transaction,
            Documentation = "POST /fhir: Bundle transaction của một lượt khám (một Encounter, các Observation sinh hiệu, Condition ICD-10, MedicationRequest), lưu tất cả hoặc không / "
                + "one visit: one Encounter with its vital-sign Observations, ICD-10 Conditions and MedicationRequests, all or nothing",
        });

        return new CapabilityStatement
        {
            Status = PublicationStatus.Active,
            Date = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Kind = CapabilityStatementKind.Instance,
            Name = "CoSoFhir",
            Title = "CoSo FHIR R4",
            Publisher = "CoSo",
            Software = new CapabilityStatement.SoftwareComponent { Name = "CoSo", Version = version },
            Implementation = new CapabilityStatement.ImplementationComponent { Description = "CoSo — hệ thống thông tin y tế cơ sở / grassroots health information system", Url = FhirJson.Base(request) },
            FhirVersion = FHIRVersion.N4_0_1,
            Format = ["json", FhirJson.MediaType],
            Rest = [rest],
        };
    }
}
