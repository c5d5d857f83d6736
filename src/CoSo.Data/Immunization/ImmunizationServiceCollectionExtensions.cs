using Microsoft.Extensions.DependencyInjection;

namespace CoSo.Data.Immunization;

public static class ImmunizationServiceCollectionExtensions
{
    public static IServiceCollection AddImmunization(this IServiceCollection services)
    {
        services.AddScoped<ChildRegisterService>();
        services.AddScoped<DoseService>();
        services.AddScoped<SessionService>();
        services.AddScoped<AefiService>();
        services.AddScoped<PregnancyService>();
        services.AddScoped<CoverageService>();
        return services;
    }
}
