using CoSo.Data.Indicators;
using Microsoft.Extensions.DependencyInjection;

namespace CoSo.Data.Nutrition;

public static class NutritionServiceCollectionExtensions
{
    public static IServiceCollection AddNutrition(this IServiceCollection services)
    {
        services.AddScoped<VitaminAService>();
        services.AddIndicatorSource<VitaminACoverageSource>();
        foreach (var kind in Enum.GetValues<NutritionPrevalence>())
        {
            services.AddSingleton<IIndicatorSource>(new NutritionPrevalenceSource(kind));
        }

        return services;
    }
}
