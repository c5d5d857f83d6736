using System.CommandLine;
using CoSo.Cli.Commands;

return await CliApp.Build().Parse(args).InvokeAsync();
