using System.CommandLine;
using System.Globalization;
using CoSo.Cli.Commands.Db;
using CoSo.Cli.Infrastructure;
using CoSo.Core.Bhyt;
using CoSo.Core.Common;
using CoSo.Data.Bhyt;
using CoSo.Data.Common;
using Microsoft.Extensions.DependencyInjection;

namespace CoSo.Cli.Commands.Bhyt;

/// <summary>
/// `coso bhyt export --from yyyy-MM-dd --to yyyy-MM-dd --out DIR [--station MA_CSKCB] [--batch] [--database …]` and
/// `coso bhyt check FILE|DIR` (the contract of issue 15; docs/bhyt-claims.md).
/// </summary>
public static class BhytCommands
{
    public const int Blocking = 1;

    public static Command Build()
    {
        var bhyt = new Command("bhyt", "Hồ sơ thanh toán BHYT (XML QĐ 4750) / BHYT claims");
        bhyt.Subcommands.Add(Export());
        bhyt.Subcommands.Add(Check());
        return bhyt;
    }

    private static Command Export()
    {
        var from = new Option<string>("--from") { Description = "Từ ngày / from (yyyy-MM-dd)", Required = true };
        var to = new Option<string>("--to") { Description = "Đến ngày / to (yyyy-MM-dd)", Required = true };
        var output = new Option<string>("--out") { Description = "Thư mục ghi tệp / output folder", Required = true };
        var station = new Option<string?>("--station") { Description = "Chỉ trạm có MA_CSKCB này / only this station" };
        var batch = new Option<bool>("--batch") { Description = "Một tệp cho mỗi trạm / one file per station" };
        var cmd = new Command("export", "Xuất hồ sơ GIAMDINHHS / export GIAMDINHHS files") { from, to, output, station, batch, DbCommands.DatabaseOption };
        cmd.SetAction(async (parse, ct) =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            if (!TryDate(parse.GetRequiredValue(from), out var f) || !TryDate(parse.GetRequiredValue(to), out var t) || t < f)
            {
                await stderr.WriteLineAsync("coso bhyt export: --from/--to phải là yyyy-MM-dd, --from ≤ --to / must be yyyy-MM-dd with --from ≤ --to");
                return Blocking;
            }

            await using var sp = CliHost.Build(parse.GetValue(DbCommands.DatabaseOption));
            await using var scope = sp.CreateAsyncScope();
            ClaimExport result;
            try
            {
                result = await scope.ServiceProvider.GetRequiredService<ClaimExporter>()
                    .ExportAsync(f, t, parse.GetRequiredValue(output), parse.GetValue(station), parse.GetValue(batch), ct);
            }
            catch (NotFoundException)
            {
                await stderr.WriteLineAsync($"coso bhyt export: --station {parse.GetValue(station)}: không có trạm với mã này / no station with this code");
                return Blocking;
            }
            catch (IOException e)
            {
                await stderr.WriteLineAsync($"coso bhyt export: {e.Message}");
                return Blocking;
            }
            catch (UnauthorizedAccessException e)
            {
                await stderr.WriteLineAsync($"coso bhyt export: {e.Message}");
                return Blocking;
            }

            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Đã xuất {result.Visits} lượt khám, {result.Files.Count} tệp / exported {result.Visits} visits, {result.Files.Count} files"));
            await stdout.WriteLineAsync(result.TotalsLine);
            foreach (var h in result.Held)
            {
                await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Giữ lại / held: {h.MaCskcb}, {h.MaLk}, {h.VisitDate:yyyy-MM-dd}: {string.Join("; ", h.Reasons)}"));
            }

            if (!result.HasSignature && result.Files.Count > 0)
            {
                await stderr.WriteLineAsync("Cảnh báo: chưa cấu hình chứng thư số (COSO_BHYT_CERT), CHUKYDONVI để trống / warning: no certificate configured, CHUKYDONVI left empty");
            }

            return 0;
        });
        return cmd;
    }

    private static Command Check()
    {
        var path = new Argument<string>("path") { Description = "Tệp hoặc thư mục XML / an XML file or a folder" };
        var cmd = new Command("check", "Kiểm tra hồ sơ trước khi gửi / pre-submission check") { path };
        cmd.SetAction(async (parse, ct) =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var target = parse.GetRequiredValue(path);
            var files = Directory.Exists(target) ? Directory.EnumerateFiles(target, "*.xml").Order(StringComparer.Ordinal).ToList()
                : File.Exists(target) ? [target] : null;
            if (files is null)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"coso bhyt check: {target}: không tìm thấy / not found");
                return 2;
            }

            var data = BhytReferenceData.Load(DataFiles.Root);
            int hoso = 0, violations = 0;
            foreach (var file in files)
            {
                ClaimFile read;
                await using (var stream = File.OpenRead(file))
                {
                    read = ClaimXml.Read(stream, Path.GetFileName(file));
                }

                hoso += read.Documents.Count;
                foreach (var v in read.Structure.Concat(ClaimCheck.Check(data.Check, read.Documents)))
                {
                    violations++;
                    var row = v.Row > 0 ? string.Create(CultureInfo.InvariantCulture, $"dòng {v.Row} / row {v.Row}: ") : string.Empty;
                    await stdout.WriteLineAsync($"{Path.GetFileName(file)}, {v.MaLk}, {v.Table}, {v.Field}: {row}{v.Message(Messages.Vietnamese)} / {v.Message(Messages.English)}");
                }
            }

            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Đã kiểm tra {files.Count} tệp, {hoso} hồ sơ: {violations} lỗi / checked {files.Count} files, {hoso} HOSO: {violations} violations"));
            return violations > 0 ? 1 : 0;
        });
        return cmd;
    }

    private static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
