using System.CommandLine;
using CoSo.Cli.Commands.Db;
using CoSo.Cli.Commands.Demo;
using CoSo.Cli.Commands.Growth;
using CoSo.Cli.Commands.Immunization;
using CoSo.Cli.Commands.Import;
using CoSo.Cli.Commands.Surveillance;
using CoSo.Cli.Commands.Users;

namespace CoSo.Cli.Commands;

/// <summary>The root of the `coso` command tree; each feature adds one sub-command here.</summary>
public static class CliApp
{
    public static RootCommand Build()
    {
        var root = new RootCommand("CoSo — hệ thống thông tin y tế cơ sở / grassroots health information system");
        root.Subcommands.Add(DbCommands.Build());
        root.Subcommands.Add(UsersCommands.Build());
        root.Subcommands.Add(DemoCommands.Build());
        root.Subcommands.Add(ImportCommands.Build());
        root.Subcommands.Add(ImmunizationCommands.Build());
        root.Subcommands.Add(GrowthCommands.Build());
        root.Subcommands.Add(SurveillanceCommands.Build());
        root.Subcommands.Add(Indicators.IndicatorsCommands.Build());
        root.Subcommands.Add(Export.ExportCommands.Build());
        root.Subcommands.Add(Facilities.CriteriaCommands.Build());
        root.Subcommands.Add(Population.PopulationCommands.Build());
        root.Subcommands.Add(Bhyt.BhytCommands.Build());
        root.Subcommands.Add(Clients.ClientsCommands.Build());
        return root;
    }
}
