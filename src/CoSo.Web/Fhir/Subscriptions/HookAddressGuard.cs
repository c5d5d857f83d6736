using System.Net;
using System.Net.Sockets;

namespace CoSo.Web.Fhir.Subscriptions;

/// <summary>
/// Which addresses the server may POST notifications to (against server-side request forgery: a subscriber must not
/// make CoSo call into its own host or network). Never: unspecified, multicast, link-local (169.254.0.0/16 — the cloud
/// metadata service — and fe80::/10), and loopback unless <c>CoSo:Fhir:Subscriptions:AllowLoopbackHttp</c> (tests).
/// Private networks (10/8, 172.16/12, 192.168/16, 100.64/10 shared address space, fc00::/7) only when
/// <c>CoSo:Fhir:Subscriptions:AllowPrivateNetworks</c> is on, as for a provincial hub on the health intranet. Checked at
/// creation for an IP literal and at every connection for the addresses a name resolves to (so a name that later
/// resolves elsewhere is refused too).
/// </summary>
public sealed class HookAddressGuard(IConfiguration configuration)
{
    public const string AllowPrivateNetworksSetting = "CoSo:Fhir:Subscriptions:AllowPrivateNetworks";

    public bool Allows(IPAddress address) => Allows(address, configuration.GetValue(SubscriptionHandler.AllowLoopbackHttpSetting, false), configuration.GetValue(AllowPrivateNetworksSetting, false));

    public static bool Allows(IPAddress address, bool loopback, bool privateNetworks)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address))
        {
            return loopback;
        }

        if (address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.None) || address.IsIPv6Multicast || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal)
        {
            return false;
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            if (b[0] == 0 || b[0] >= 224 || (b[0] == 169 && b[1] == 254))
            {
                return false; // "this network", multicast and reserved, link-local
            }

            var isPrivate = b[0] == 10 || (b[0] == 172 && b[1] is >= 16 and <= 31) || (b[0] == 192 && b[1] == 168) || (b[0] == 100 && b[1] is >= 64 and <= 127);
            return !isPrivate || privateNetworks;
        }

        // fc00::/7: unique local addresses.
        return (address.GetAddressBytes()[0] & 0xFE) != 0xFC || privateNetworks;
    }

    /// <summary>The rest-hook client's connection: resolves the host and connects only to an allowed address.</summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        var addresses = IPAddress.TryParse(context.DnsEndPoint.Host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, ct);
        var allowed = addresses.Where(Allows).ToList();
        if (allowed.Count == 0)
        {
            // No address in the message: the outbox keeps this text as the delivery error.
            throw new HttpRequestException("The subscription endpoint resolves to an address CoSo does not call (loopback, link-local or private network).");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed.ToArray(), context.DnsEndPoint.Port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
