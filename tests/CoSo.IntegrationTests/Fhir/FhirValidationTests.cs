using Hl7.Fhir.Model;

namespace CoSo.IntegrationTests.Fhir;

/// <summary>The validator the FHIR tests rely on does reject what R4 and the vital-signs profiles forbid (not a no-op offline).</summary>
public sealed class FhirValidationTests
{
    [Fact]
    public void The_validator_rejects_an_Observation_without_status_and_a_blood_pressure_without_its_components()
    {
        Assert.NotEmpty(FhirValidation.Errors(new Observation { Code = new CodeableConcept("http://loinc.org", "8867-4") }));

        var bp = new Observation
        {
            Meta = new Meta { Profile = ["http://hl7.org/fhir/StructureDefinition/bp"] },
            Status = ObservationStatus.Final,
            Category = [new CodeableConcept("http://terminology.hl7.org/CodeSystem/observation-category", "vital-signs")],
            Code = new CodeableConcept("http://loinc.org", "85354-9"),
            Subject = new ResourceReference("Patient/1"),
            Effective = new FhirDateTime(2026, 12, 3),
        };
        Assert.NotEmpty(FhirValidation.Errors(bp)); // the bp profile requires the systolic and diastolic components
        bp.Component.Add(new Observation.ComponentComponent { Code = new CodeableConcept("http://loinc.org", "8480-6"), Value = new Quantity(120, "mm[Hg]") { Unit = "mmHg" } });
        bp.Component.Add(new Observation.ComponentComponent { Code = new CodeableConcept("http://loinc.org", "8462-4"), Value = new Quantity(80, "mm[Hg]") { Unit = "mmHg" } });
        Assert.Empty(FhirValidation.Errors(bp));
    }
}
