namespace CoSo.Web.Fhir;

public static class FhirServiceCollectionExtensions
{
    /// <summary>The FHIR handlers of <see cref="FhirRegistry"/> and its error mapping (before CoSo's, which takes every other path).</summary>
    public static IServiceCollection AddCoSoFhir(this IServiceCollection services)
    {
        foreach (var def in FhirRegistry.Resources)
        {
            services.AddScoped(def.Handler);
        }

        services.AddScoped<Resources.PatientWriter>();
        services.AddScoped<Resources.VisitTransactionWriter>();
        services.AddSingleton<Export.BulkExportJobs>();
        services.AddSingleton<Export.BulkExporter>();
        services.AddSingleton<Export.BulkExportSweeper>();
        services.AddHostedService(sp => sp.GetRequiredService<Export.BulkExportSweeper>());
        services.AddScoped<Resources.ClinicalSearch>();
        services.AddScoped<FhirIncludes>();
        services.AddScoped<Resources.FhirOperationHandler>();
        services.AddScoped<Resources.PatientSummary>();
        services.AddExceptionHandler<FhirExceptionHandler>();
        Subscriptions.SubscriptionEndpoints.AddFhirRestHook(services);
        return services;
    }
}
