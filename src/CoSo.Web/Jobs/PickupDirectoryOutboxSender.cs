using System.Globalization;
using System.Text;
using CoSo.Core.Surveillance.Alerts;

namespace CoSo.Web.Jobs;

/// <summary>
/// The default sender: writes each e-mail message as an RFC 5322 .eml file into the pickup directory
/// (<c>Outbox:PickupDirectory</c>) that a mail relay (Postfix, IIS SMTP, smtp4dev…) watches. The file is written under a
/// temporary name and renamed, so the relay never picks up half a message. The recipient is the org unit, in the
/// X-CoSo-Recipient-OrgUnit header: the relay maps units to addresses (CoSo stores no staff e-mail addresses).
/// </summary>
public sealed class PickupDirectoryOutboxSender(IConfiguration configuration) : IOutboxSender
{
    public IReadOnlyCollection<string> Channels { get; } = ["email"];

    public string? Directory => configuration["Outbox:PickupDirectory"] is { Length: > 0 } d ? d : null;

    public bool IsEnabled => Directory is not null;

    public async Task SendAsync(OutboxMessage message, string recipientName, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        var directory = Directory ?? throw new InvalidOperationException("Outbox:PickupDirectory is not configured.");
        System.IO.Directory.CreateDirectory(directory);
        var from = configuration["Outbox:From"] is { Length: > 0 } f ? f : "CoSo <no-reply@coso.invalid>";
        var eml = new StringBuilder()
            .Append("From: ").Append(from).Append("\r\n")
            .Append("To: ").Append(Encode(recipientName)).Append(" <undisclosed-recipients:;>\r\n")
            .Append("X-CoSo-Recipient-OrgUnit: ").Append(message.RecipientOrgUnitId).Append("\r\n")
            .Append("Message-ID: <").Append(message.Id).Append("@coso.invalid>\r\n")
            .Append("Date: ").Append(message.CreatedAt.ToString("ddd, dd MMM yyyy HH:mm:ss +0000", CultureInfo.InvariantCulture)).Append("\r\n")
            .Append("Subject: ").Append(Encode(message.Subject)).Append("\r\n")
            .Append("MIME-Version: 1.0\r\n")
            .Append("Content-Type: text/plain; charset=utf-8\r\n")
            .Append("Content-Transfer-Encoding: base64\r\n\r\n")
            .Append(Base64Lines(message.Body)).ToString();
        var path = Path.Combine(directory, $"{message.Id}.eml");
        var temp = path + ".tmp";
        await File.WriteAllTextAsync(temp, eml, new UTF8Encoding(false), ct);
        File.Move(temp, path, overwrite: true);
    }

    // RFC 2047 encoded-word: Vietnamese subjects are not ASCII.
    private static string Encode(string text) => $"=?utf-8?B?{Convert.ToBase64String(Encoding.UTF8.GetBytes(text))}?=";

    private static string Base64Lines(string text)
    {
        var b64 = Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
        var sb = new StringBuilder();
        for (var i = 0; i < b64.Length; i += 76)
        {
            sb.Append(b64, i, Math.Min(76, b64.Length - i)).Append("\r\n");
        }

        return sb.ToString();
    }
}
