using System.CommandLine;
using System.Globalization;
using CoSo.Cli.Commands.Db;
using CoSo.Cli.Infrastructure;
using CoSo.Core.Common;
using CoSo.Data.Identity;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace CoSo.Cli.Commands.Clients;

/// <summary>
/// `coso clients add|list|revoke`: system clients of the FHIR API (SMART Backend Services, docs/fhir.md "System
/// clients"): a district server, a hospital, the provincial hub. A client authenticates with a JWT signed by its own
/// private key; CoSo keeps only the public keys (JWKS, from a file or a URL read once at registration).
/// </summary>
public static class ClientsCommands
{
    public static Command Build()
    {
        var nameOption = new Option<string>("--name") { Description = "Tên ứng dụng / client name (e.g. \"Bệnh viện huyện\")", Required = true };
        var unitOption = new Option<string>("--org-unit") { Description = "Mã đơn vị: phạm vi dữ liệu là đơn vị này và mọi đơn vị dưới nó / org unit code: its subtree is the client's scope", Required = true };
        var scopesOption = new Option<string>("--scopes") { Description = "Phạm vi SMART, cách nhau bởi dấu cách / SMART scopes, space-separated: \"system/Patient.read system/Observation.rs\"", Required = true };
        var jwksOption = new Option<string>("--jwks") { Description = "Khóa công khai (JWKS): tệp hoặc URL https / public keys (JWKS): a file or an https URL", Required = true };

        var add = new Command("add", "Đăng ký ứng dụng hệ thống, in client_id / register a system client, print its client_id");
        add.Options.Add(nameOption);
        add.Options.Add(unitOption);
        add.Options.Add(scopesOption);
        add.Options.Add(jwksOption);
        add.Options.Add(DbCommands.DatabaseOption);
        add.SetAction(async (parse, ct) =>
        {
            var jwks = await ReadJwksAsync(parse.GetValue(jwksOption)!, ct);
            if (jwks is null)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync("jwks: " + Messages.Get("client.badJwks", Messages.Vietnamese));
                return 2;
            }

            return await RunAsync(parse, async clients =>
            {
                var client = await clients.AddAsync(parse.GetValue(nameOption)!, parse.GetValue(unitOption)!, parse.GetValue(scopesOption)!, jwks, ct);
                await parse.InvocationConfiguration.Error.WriteLineAsync($"Đã đăng ký / registered \"{client.Name}\" ({client.OrgUnitCode}: {string.Join(' ', client.Scopes)}); client_id:");
                await parse.InvocationConfiguration.Output.WriteLineAsync(client.ClientId);
            });
        });

        var list = new Command("list", "Liệt kê ứng dụng hệ thống / list system clients");
        list.Options.Add(DbCommands.DatabaseOption);
        list.SetAction(async (parse, ct) => await RunAsync(parse, async clients =>
        {
            var table = new Table().AddColumn("client_id").AddColumn("Tên / name").AddColumn("Đơn vị / org unit").AddColumn("Phạm vi / scopes").AddColumn("Trạng thái / status");
            foreach (var c in await clients.ListAsync(ct))
            {
                var status = c.RevokedAt is { } at ? "đã thu hồi / revoked " + at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "hoạt động / active";
                table.AddRow(Markup.Escape(c.ClientId), Markup.Escape(c.Name), Markup.Escape(c.OrgUnitCode), Markup.Escape(string.Join(' ', c.Scopes)), status);
            }

            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(parse.InvocationConfiguration.Output) });
            console.Profile.Width = Math.Max(console.Profile.Width, 200); // a client_id is never wrapped, even in a pipe
            console.Write(table);
        }));

        var idArgument = new Argument<string>("client_id");
        var revoke = new Command("revoke", "Thu hồi: không cấp mã mới, mã đã cấp hết hiệu lực / revoke: no new token, issued tokens stop working");
        revoke.Arguments.Add(idArgument);
        revoke.Options.Add(DbCommands.DatabaseOption);
        revoke.SetAction(async (parse, ct) => await RunAsync(parse, async clients =>
        {
            var client = await clients.RevokeAsync(parse.GetValue(idArgument)!, ct);
            await parse.InvocationConfiguration.Output.WriteLineAsync($"Đã thu hồi / revoked {client.ClientId} (\"{client.Name}\")");
        }));

        var clients = new Command("clients", "Ứng dụng hệ thống của FHIR API (SMART Backend Services) / system clients of the FHIR API");
        clients.Subcommands.Add(add);
        clients.Subcommands.Add(list);
        clients.Subcommands.Add(revoke);
        return clients;
    }

    private static async Task<string?> ReadJwksAsync(string source, CancellationToken ct)
    {
        try
        {
            if (Uri.TryCreate(source, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http")
            {
                using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
                return await http.GetStringAsync(uri, ct);
            }

            return await File.ReadAllTextAsync(source, ct);
        }
        catch (Exception e) when (e is IOException or HttpRequestException or UnauthorizedAccessException or TaskCanceledException)
        {
            return null;
        }
    }

    private static async Task<int> RunAsync(ParseResult parse, Func<SystemClients, Task> work)
    {
        await using var sp = CliHost.Build(parse.GetValue(DbCommands.DatabaseOption));
        await using var scope = sp.CreateAsyncScope();
        try
        {
            await work(scope.ServiceProvider.GetRequiredService<SystemClients>());
            return 0;
        }
        catch (DomainValidationException ex)
        {
            foreach (var error in ex.Errors)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"{error.Field}: {error.Message(Messages.Vietnamese)}");
            }

            return 2;
        }
        catch (NotFoundException ex)
        {
            await parse.InvocationConfiguration.Error.WriteLineAsync(Messages.Get(ex.Message, Messages.Vietnamese));
            return 2;
        }
    }
}
