using System.CommandLine;
using CoSo.Cli.Commands.Db;
using CoSo.Cli.Infrastructure;
using CoSo.Core.Common;
using CoSo.Core.Identity;
using CoSo.Data.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CoSo.Cli.Commands.Users;

/// <summary>
/// `coso users add|deactivate|reset-password|set-role|totp-enrol`: accounts from the command line (the first
/// administrator, scripted set-ups, an employee who leaves). A password can come from standard input
/// (`--password-stdin`) so that it stays out of the shell history and the process list.
/// </summary>
public static class UsersCommands
{
    public static Command Build()
    {
        var userOption = new Option<string>("--user") { Description = "Tên đăng nhập / user name", Required = true };
        var passwordOption = new Option<string?>("--password") { Description = $"Mật khẩu (≥ {PasswordPolicy.MinLength} ký tự, không phổ biến) / password (≥ {PasswordPolicy.MinLength} characters, not a common one)" };
        var stdinOption = new Option<bool>("--password-stdin") { Description = "Đọc mật khẩu từ stdin / read the password from standard input" };
        var roleOption = new Option<string>("--role") { Description = "Vai trò / role: " + string.Join('|', RoleNames.All), Required = true };
        var unitOption = new Option<string[]>("--unit") { Description = "Mã đơn vị (lặp lại được) / org unit code (repeatable)", Required = true, AllowMultipleArgumentsPerToken = false };
        var displayOption = new Option<string?>("--display-name") { Description = "Tên hiển thị / display name" };

        var add = new Command("add", "Tạo tài khoản / create a user account");
        add.Options.Add(userOption);
        add.Options.Add(passwordOption);
        add.Options.Add(stdinOption);
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

            if (await PasswordAsync(parse, passwordOption, stdinOption) is not { } password)
            {
                return 2;
            }

            var request = new NewUser(parse.GetValue(userOption)!, password, role, parse.GetValue(unitOption) ?? [], parse.GetValue(displayOption));
            return await RunAsync(parse, async admin =>
            {
                var user = await admin.CreateAsync(request, ct);
                Console.WriteLine($"Đã tạo tài khoản / created user {user.UserName} ({user.Id})");
            });
        });

        var deactivate = new Command("deactivate", "Khóa tài khoản và kết thúc mọi phiên / deactivate an account and end its sessions");
        deactivate.Options.Add(userOption);
        deactivate.Options.Add(DbCommands.DatabaseOption);
        deactivate.SetAction(async (parse, ct) => await RunAsync(parse, async admin =>
        {
            var user = await admin.DeactivateAsync(parse.GetValue(userOption)!, ct);
            Console.WriteLine($"Đã khóa tài khoản / deactivated {user.UserName}; mọi phiên đã kết thúc / every session ended");
        }));

        var reset = new Command("reset-password", "Đặt mật khẩu mới, mở khóa và kết thúc mọi phiên / set a new password, unlock, end every session");
        reset.Options.Add(userOption);
        reset.Options.Add(passwordOption);
        reset.Options.Add(stdinOption);
        reset.Options.Add(DbCommands.DatabaseOption);
        reset.SetAction(async (parse, ct) =>
        {
            if (await PasswordAsync(parse, passwordOption, stdinOption) is not { } password)
            {
                return 2;
            }

            return await RunAsync(parse, async admin =>
            {
                var user = await admin.ResetPasswordAsync(parse.GetValue(userOption)!, password, ct);
                Console.WriteLine($"Đã đặt mật khẩu mới / password reset for {user.UserName}; mọi phiên đã kết thúc / every session ended");
            });
        });

        var unitsOptional = new Option<string[]>("--unit") { Description = "Mã đơn vị mới (lặp lại được; bỏ trống = giữ nguyên) / new org unit codes (repeatable; omitted = unchanged)", AllowMultipleArgumentsPerToken = false };
        var setRole = new Command("set-role", "Đổi vai trò (và đơn vị), kết thúc mọi phiên / change the role (and units), end every session");
        setRole.Options.Add(userOption);
        setRole.Options.Add(roleOption);
        setRole.Options.Add(unitsOptional);
        setRole.Options.Add(DbCommands.DatabaseOption);
        setRole.SetAction(async (parse, ct) =>
        {
            if (!RoleNames.TryParse(parse.GetValue(roleOption), out var role))
            {
                await Console.Error.WriteLineAsync("role: " + Messages.Get("role.unknown", Messages.Vietnamese, parse.GetValue(roleOption)));
                return 2;
            }

            return await RunAsync(parse, async admin =>
            {
                var user = await admin.SetRoleAsync(parse.GetValue(userOption)!, role, parse.GetValue(unitsOptional), ct);
                Console.WriteLine($"Đã đổi vai trò / role of {user.UserName} is now {parse.GetValue(roleOption)}; mọi phiên đã kết thúc / every session ended");
            });
        });

        var totp = new Command("totp-enrol", "Thiết lập xác thực hai bước (TOTP) / enrol a TOTP second factor");
        totp.Options.Add(userOption);
        totp.Options.Add(DbCommands.DatabaseOption);
        totp.SetAction(async (parse, ct) => await RunAsync(parse, async admin =>
        {
            var name = parse.GetValue(userOption)!;
            var secret = await admin.EnrolTotpAsync(name, ct);
            Console.WriteLine("Quét mã này bằng ứng dụng xác thực / add this to the authenticator app:");
            Console.WriteLine(Totp.Uri(secret, name.Trim()));
            Console.WriteLine($"Khóa / secret: {secret}");
        }));

        var users = new Command("users", "Tài khoản người dùng / user accounts");
        users.Subcommands.Add(add);
        users.Subcommands.Add(deactivate);
        users.Subcommands.Add(reset);
        users.Subcommands.Add(setRole);
        users.Subcommands.Add(totp);
        return users;
    }

    private static async Task<string?> PasswordAsync(ParseResult parse, Option<string?> password, Option<bool> stdin)
    {
        if (parse.GetValue(stdin))
        {
            return (await Console.In.ReadLineAsync())?.TrimEnd('\r', '\n') ?? string.Empty;
        }

        if (parse.GetValue(password) is { } given)
        {
            return given;
        }

        await Console.Error.WriteLineAsync("password: --password hoặc/or --password-stdin");
        return null;
    }

    private static async Task<int> RunAsync(ParseResult parse, Func<UserAdministration, Task> work)
    {
        await using var sp = CliHost.Build(parse.GetValue(DbCommands.DatabaseOption));
        await using var scope = sp.CreateAsyncScope();
        try
        {
            await work(ActivatorUtilities.CreateInstance<UserAdministration>(scope.ServiceProvider));
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
    }
}
