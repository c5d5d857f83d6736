using System.CommandLine;
using System.Globalization;
using CoSo.Data;
using CoSo.Data.Operations;

namespace CoSo.Cli.Commands.Db;

/// <summary>
/// `coso db backup | restore | verify` (docs/deployment.md). On SQLite: online copies by VACUUM INTO, a restore over the
/// station's file (CoSo stopped). On PostgreSQL: base backups by pg_basebackup beside the server's WAL archive, and a
/// restore that prepares a NEW data directory replaying the archive to a point in time; the operator starts it.
/// </summary>
public static class BackupCommands
{
    // No host here: backups are named by the wall clock of the machine that makes them.
    private static readonly TimeProvider Clock = TimeProvider.System;

    private static readonly Option<string> Directory = new("--dir") { Description = "Thư mục sao lưu / backup directory", Required = true };
    private static readonly Option<int> Keep = new("--keep") { Description = "Giữ N bản mới nhất (0: giữ tất cả) / keep the N newest (0: keep all)", DefaultValueFactory = _ => 0 };
    private static readonly Option<string?> WalArchive = new("--wal-archive") { Description = "PostgreSQL: thư mục lưu WAL (archive_command) / the WAL archive directory" };
    private static readonly Option<string?> ToTime = new("--to-time") { Description = "Khôi phục đến thời điểm (giờ Việt Nam nếu không ghi múi giờ) / restore to this time (Vietnam time without an offset)" };
    private static readonly Option<string?> DataDirectory = new("--data") { Description = "PostgreSQL: thư mục dữ liệu MỚI để khôi phục vào / a NEW data directory to restore into" };
    private static readonly Option<string> Backup = new("--backup") { Description = "Tệp (SQLite) hoặc thư mục (PostgreSQL) bản sao lưu / the backup file or directory", Required = true };

    public static IEnumerable<Command> Build() => [BuildBackup(), BuildRestore(), BuildVerify()];

    private static Command BuildBackup()
    {
        var command = new Command("backup", "Sao lưu trực tuyến / online backup");
        command.Options.Add(Directory);
        command.Options.Add(Keep);
        command.Options.Add(WalArchive);
        command.Options.Add(DbCommands.DatabaseOption);
        command.SetAction(async (parse, ct) =>
        {
            var settings = Settings(parse);
            var dir = parse.GetValue(Directory)!;
            var keep = parse.GetValue(Keep);
            string made;
            var removed = 0;
            if (settings.Provider == DatabaseProvider.Sqlite)
            {
                made = await new SqliteBackup(Clock).BackupAsync(settings.ConnectionString, dir, ct);
                removed = keep > 0 ? SqliteBackup.Prune(dir, keep) : 0;
            }
            else
            {
                var pg = new PostgresBackup(PostgresTools.FromEnvironment(), Clock);
                made = await pg.BaseBackupAsync(settings.ConnectionString, dir, ct);
                removed = keep > 0 ? await pg.PruneAsync(dir, parse.GetValue(WalArchive), keep, ct) : 0;
            }

            await Console.Error.WriteLineAsync($"Đã sao lưu / backed up: {made}" + (removed > 0 ? $" (xóa {removed} bản cũ / {removed} old removed)" : string.Empty));
            return 0;
        });
        return command;
    }

    private static Command BuildRestore()
    {
        var command = new Command("restore", "Khôi phục từ bản sao lưu / restore from a backup");
        command.Options.Add(Directory);
        command.Options.Add(ToTime);
        command.Options.Add(WalArchive);
        command.Options.Add(DataDirectory);
        command.Options.Add(DbCommands.DatabaseOption);
        command.SetAction(async (parse, ct) =>
        {
            var settings = Settings(parse);
            var dir = parse.GetValue(Directory)!;
            DateTimeOffset? target = null;
            if (parse.GetValue(ToTime) is { Length: > 0 } text)
            {
                if (ParseTime(text) is not { } t)
                {
                    await Console.Error.WriteLineAsync("--to-time: không đọc được thời điểm / not a time (2026-12-03 15:30 or 2026-12-03T08:30:00Z)");
                    return 2;
                }

                target = t;
            }

            if (settings.Provider == DatabaseProvider.Sqlite)
            {
                var file = SqliteBackup.Pick(dir, target);
                if (file is null)
                {
                    await Console.Error.WriteLineAsync("Không có bản sao lưu nào trước thời điểm đó / no backup at or before that time");
                    return 1;
                }

                await SqliteBackup.RestoreAsync(file, settings.ConnectionString, ct);
                await Console.Error.WriteLineAsync($"Đã khôi phục từ / restored from {file}");
                return 0;
            }

            var archive = parse.GetValue(WalArchive);
            var data = parse.GetValue(DataDirectory);
            if (archive is null || data is null)
            {
                await Console.Error.WriteLineAsync("PostgreSQL: cần --wal-archive và --data / --wal-archive and --data are required");
                return 2;
            }

            var baseBackup = PostgresBackup.Pick(dir, target);
            if (baseBackup is null)
            {
                await Console.Error.WriteLineAsync("Không có bản sao lưu nền nào trước thời điểm đó / no base backup at or before that time");
                return 1;
            }

            var tools = PostgresTools.FromEnvironment();
            await new PostgresBackup(tools, Clock).PrepareRestoreAsync(baseBackup, archive, target, data, ct);
            await Console.Error.WriteLineAsync($"Đã chuẩn bị / prepared {data} từ / from {baseBackup}. Khởi động / start it: {Path.Combine(tools.BinDirectory, "pg_ctl")} -D {data} -l {data}.log start");
            return 0;
        });
        return command;
    }

    private static Command BuildVerify()
    {
        var command = new Command("verify", "Kiểm tra bản sao lưu / verify a backup");
        command.Options.Add(Backup);
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(Backup)!;
            var check = System.IO.Directory.Exists(path)
                ? await new PostgresBackup(PostgresTools.FromEnvironment(), Clock).VerifyAsync(path, ct)
                : await SqliteBackup.VerifyAsync(path, ct);
            await Console.Error.WriteLineAsync(check.Ok
                ? $"Bản sao lưu nguyên vẹn / backup is whole{(check.LastMigration is { } m ? $" (migration {m})" : string.Empty)}"
                : $"Bản sao lưu HỎNG / backup is DAMAGED: {check.Problem}");
            return check.Ok ? 0 : 1;
        });
        return command;
    }

    private static DatabaseSettings Settings(ParseResult parse) =>
        parse.GetValue(DbCommands.DatabaseOption) is { Length: > 0 } cs
            ? DatabaseSettings.Parse(cs)
            : DatabaseSettings.From(Microsoft.Extensions.Configuration.EnvironmentVariablesExtensions.AddEnvironmentVariables(new Microsoft.Extensions.Configuration.ConfigurationBuilder()).Build());

    /// <summary>An instant with its offset, or a Vietnam wall-clock time (UTC+7, no daylight saving) without one.</summary>
    public static DateTimeOffset? ParseTime(string text)
    {
        var hasOffset = text.EndsWith('Z') || text.EndsWith('z') || System.Text.RegularExpressions.Regex.IsMatch(text, @"[+-]\d\d:?\d\d$");
        if (hasOffset)
        {
            return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var o) ? o : null;
        }

        return DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), TimeSpan.FromHours(7))
            : null;
    }
}
