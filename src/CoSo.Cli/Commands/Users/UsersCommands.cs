using System.CommandLine;
using CoSo.Cli.Commands.Db;
using CoSo.Cli.Infrastructure;
using CoSo.Core.Common;
using CoSo.Data.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CoSo.Cli.Commands.Users;

/// <summary>`coso users add`: creates an account from the command line (the first administrator, scripted set-ups).</summary>
public static class UsersCommands
{
    public static Command Build()
    {
        var userOption = new Option<string>("--user") { Description = "Tên đăng nhập / user name", Required = true };
        var passwordOption = new Option<string>("--password") { Description = "Mật khẩu (≥ 8 ký tự) / password", Required = true };
        var roleOption = new Option<string>("--role") { Description = "Vai trò / role: " + string.Join('|', RoleNames.All), Required = true };
        var unitOption = new Option<string[]>("--unit") { Description = "Mã đơn vị (lặp lại được) / org unit code (repeatable)", Required = true, AllowMultipleArgumentsPerToken = false };
        var displayOption = new Option<string?>("--display-name") { Description = "Tên hiển thị / display name" };

        var add = new Command("add", "Tạo tài khoản / create a user account");
        add.Options.Add(userOption);
        add.Options.Add(passwordOption);
        add.Options.Add(roleOption);
        add.Options.Add(unitOption);
        add.Options.Add(displayOption);
        add.Options.Add(DbCommands.DatabaseOption);
        add.SetAction(async (parse, ct) =>
        {
            var roleName = parse.GetValue(roleOption);
            if (!RoleNames.TryParse(roleName, out var role))
            {
                await Console.Error.WriteLineAsync("role: " + Messages.Get("role.unknown", Messages.Vietnamese, roleName));
                return 2;
            }

            await using var sp = CliHost.Build(parse.GetValue(DbCommands.DatabaseOption));
            await using var scope = sp.CreateAsyncScope();
            var admin = ActivatorUtilities.CreateInstance<UserAdministration>(scope.ServiceProvider);
            var request = new NewUser(parse.GetValue(userOption)!, parse.GetValue(passwordOption)!, role, parse.GetValue(unitOption) ?? [], parse.GetValue(displayOption));
            try
            {
                var user = await admin.CreateAsync(request, ct);
                Console.WriteLine($"Đã tạo tài khoản / created user {user.UserName} ({user.Id})");
                return 0;
            }
            catch (DomainValidationException ex)
            {
                foreach (var error in ex.Errors)
                {
                    await Console.Error.WriteLineAsync($"{error.Field}: {error.Message(Messages.Vietnamese)}");
                }

                return 2;
            }
        });

        var users = new Command("users", "Tài khoản người dùng / user accounts");
        users.Subcommands.Add(add);
        return users;
    }
}
