using CoSo.Core.Surveillance.Alerts;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoSo.Web.Jobs;

public static class OutboxServiceCollectionExtensions
{
    /// <summary>The default .eml pickup-directory sender (replace it by registering another IOutboxSender first) and the drain job.</summary>
    public static IServiceCollection AddOutboxSender(this IServiceCollection services)
    {
        services.TryAddSingleton<IOutboxSender, PickupDirectoryOutboxSender>();
        services.AddHostedService<OutboxSenderJob>();
        return services;
    }
}
