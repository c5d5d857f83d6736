using System.Text.Json;

namespace CoSo.Data.Bhyt;

/// <summary>
/// The file-drop gateway: each submission is written to <c>outbox/&lt;MA_CSKCB&gt;-&lt;MA_LK&gt;-v&lt;n&gt;.xml</c> (and its
/// check-in record beside it) for upload to the portal; answers are read from <c>inbox/*.json</c>, each
/// <c>{"maLk":…,"version":n,"accepted":true|false,"maKetQua":…,"thongDiep":…}</c>, and moved to <c>inbox/done</c>.
/// </summary>
public sealed class FileDropClaimGateway(BhytOptions options, TimeProvider time) : IClaimGateway
{
    public async Task<ClaimReceipt> SubmitAsync(ClaimSubmission submission, CancellationToken ct)
    {
        var outbox = Directory.CreateDirectory(Path.Combine(options.GatewayDirectory, "outbox")).FullName;
        var s = submission;
        var name = $"{s.MaCskcb}-{s.MaLk}-v{s.ClaimVersion}";
        await File.WriteAllBytesAsync(Path.Combine(outbox, name + ".xml"), s.Envelope, ct);
        if (s.CheckInXml is not null)
        {
            await File.WriteAllTextAsync(Path.Combine(outbox, name + ".checkin.xml"), s.CheckInXml, ct);
        }

        return new ClaimReceipt("file:" + name, time.GetUtcNow());
    }

    public async Task<IReadOnlyList<ClaimAnswer>> AnswersAsync(CancellationToken ct)
    {
        var inbox = Path.Combine(options.GatewayDirectory, "inbox");
        if (!Directory.Exists(inbox))
        {
            return [];
        }

        var done = Directory.CreateDirectory(Path.Combine(inbox, "done")).FullName;
        var answers = new List<ClaimAnswer>();
        foreach (var file in Directory.EnumerateFiles(inbox, "*.json").Order(StringComparer.Ordinal).ToList())
        {
            using (var doc = JsonDocument.Parse(await File.ReadAllTextAsync(file, ct)))
            {
                var r = doc.RootElement;
                answers.Add(new ClaimAnswer(r.GetProperty("maLk").GetString()!, r.GetProperty("version").GetInt32(), r.GetProperty("accepted").GetBoolean(),
                    r.TryGetProperty("maKetQua", out var code) ? code.GetString() : null, r.TryGetProperty("thongDiep", out var msg) ? msg.GetString() : null,
                    time.GetUtcNow()));
            }

            File.Move(file, Path.Combine(done, Path.GetFileName(file)), overwrite: true);
        }

        return answers;
    }
}
