using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoSo.Data.Bhyt;

public static class BhytServiceCollectionExtensions
{
    public static IServiceCollection AddBhyt(this IServiceCollection services)
    {
        services.TryAddSingleton(_ => BhytOptions.FromEnvironment());
        services.AddSingleton<BhytReferenceProvider>();
        services.AddSingleton<ClaimSigner>();
        services.TryAddSingleton<IClaimGateway, FileDropClaimGateway>();
        services.AddScoped<ClaimInputReader>();
        services.AddScoped<ClaimService>();
        services.AddScoped<ClaimExporter>();
        services.AddScoped<ClaimSummaryService>();
        return services;
    }
}
