using System.Globalization;
using CoSo.Data.Facilities;
using CoSo.Data.Indicators;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CoSo.Data.Workforce;

public static class WorkforceServiceCollectionExtensions
{
    /// <summary>Staff register, staffing, CME, station facilities, technical services, criteria and gap views.</summary>
    public static IServiceCollection AddWorkforce(this IServiceCollection services)
    {
        services.AddOptions<WorkforceOptions>().Configure<IServiceProvider>((o, sp) =>
        {
            var config = sp.GetService<IConfiguration>();
            if (decimal.TryParse(config?["CoSo:Workforce:CmeHours"], NumberStyles.Number, CultureInfo.InvariantCulture, out var hours))
            {
                o.CmeHours = hours;
            }

            if (int.TryParse(config?["CoSo:Workforce:CmeYears"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var years))
            {
                o.CmeYears = years;
            }
        });
        services.AddScoped<OrgScope>();
        services.AddScoped<WorkforceService>();
        services.AddScoped<StaffingQueries>();
        services.AddScoped<TrainingPlanService>();
        services.AddSingleton<TechnicalServiceCatalogue>();
        services.AddScoped<FacilitiesService>();
        services.AddScoped<CriteriaService>();
        services.AddScoped<GapReport>();
        services.AddIndicatorSource<FullTimeDoctorSource>();
        services.AddIndicatorSource<TrainedVillageWorkerSource>();
        services.AddIndicatorSource<MaternalCareSource>();
        services.AddIndicatorSource<BhytEligibleSource>();
        services.AddIndicatorSource<TechnicalServiceCoverageSource>();
        services.AddIndicatorSource<TrainingPlanSource>();
        services.AddIndicatorSource<CmeOnScheduleSource>();
        services.AddIndicatorSource<FacilityStandardSource>();
        services.AddIndicatorSource<CriteriaPassSource>();
        return services;
    }
}
