using CoSo.Data.Indicators;
using Microsoft.Extensions.DependencyInjection;

namespace CoSo.Data.FamilyPlanning;

public static class FamilyPlanningServiceCollectionExtensions
{
    public static IServiceCollection AddFamilyPlanning(this IServiceCollection services)
    {
        services.AddScoped<FamilyPlanningService>();
        services.AddIndicatorSource<FamilyPlanningNewUsersSource>();
        services.AddIndicatorSource<ContraceptivePrevalenceSource>();
        return services;
    }
}
