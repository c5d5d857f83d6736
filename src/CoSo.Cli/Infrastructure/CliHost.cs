using CoSo.Core.Identity;
using CoSo.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoSo.Cli.Infrastructure;

/// <summary>Services for one CLI command: configuration from environment, logs to stderr, the data layer as "system".</summary>
public static class CliHost
{
    public static ServiceProvider Build(string? database = null, string actorName = "system:cli")
    {
        var configuration = new ConfigurationBuilder()
            .AddEnvironmentVariables()
            .Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b
            .AddSimpleConsole(o => o.SingleLine = true)
            .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace)
            .SetMinimumLevel(LogLevel.Information)
            .AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning)
            .AddFilter("Microsoft.EntityFrameworkCore.Database.Connection", LogLevel.None));
        services.AddSingleton<ICurrentActor>(new SystemActor(actorName));
        var settings = database is null ? DatabaseSettings.From(configuration) : DatabaseSettings.Parse(database);
        services.AddCoSoData(settings);
        return services.BuildServiceProvider();
    }
}
