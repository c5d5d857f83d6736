using Firely.Fhir.Validation;
using Hl7.Fhir.Model;
using Hl7.Fhir.Specification.Source;
using Hl7.Fhir.Specification.Terminology;

namespace CoSo.IntegrationTests.Fhir;

/// <summary>
/// Firely's validator (Firely.Fhir.Validation.R4) over the R4 core definitions shipped in Hl7.Fhir.Specification.Data.R4
/// (specification.zip, offline): base R4 and, where a resource declares one, the R4 vital-signs profiles.
/// Terminology is the local one (the core value sets), so LOINC/ICD-10/CVX codes are not checked against their systems.
/// </summary>
public static class FhirValidation
{
    private static readonly Lazy<Validator> Instance = new(() =>
    {
        var resolver = new CachedResolver(ZipSource.CreateValidationSource());
        return new Validator(resolver, new LocalTerminologyService(resolver));
    });

    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static void AssertValid(Resource resource)
    {
        var errors = Errors(resource);
        Assert.True(errors.Count == 0, $"{resource.TypeName}/{resource.Id} is not valid R4:\n" + string.Join('\n', errors));
    }

    public static IReadOnlyList<string> Errors(Resource resource)
    {
        Gate.Wait();
        OperationOutcome outcome;
        try
        {
            outcome = Instance.Value.Validate(resource);
        }
        finally
        {
            Gate.Release();
        }

        var errors = outcome.Issue.Where(i => i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal)
            .Select(i => $"{string.Join(",", i.Expression ?? [])}: {i.Details?.Text ?? i.Diagnostics}").ToList();
        return errors;
    }

    /// <summary>A searchset and every resource in it.</summary>
    public static void AssertValidBundle(Bundle bundle)
    {
        AssertValid(bundle);
        foreach (var e in bundle.Entry)
        {
            AssertValid(e.Resource!);
        }
    }
}
