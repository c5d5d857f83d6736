using System.Net.Http.Headers;
using Hl7.Fhir.Serialization;
using CoSo.Core.Identity;
using CoSo.Core.Surveillance.Alerts;
using CoSo.Data.Fhir.Subscriptions;
using CoSo.Web.Infrastructure.Auth;

namespace CoSo.Web.Fhir.Subscriptions;

/// <summary>
/// Delivers the outbox's <c>fhir-rest-hook</c> rows: POSTs the notification Bundle (history, SubscriptionStatus first,
/// id-only) as <c>application/fhir+json</c> to the subscription's endpoint with its headers, through
/// <see cref="IHttpClientFactory"/> (client <see cref="HttpClientName"/>, whose request logging is off: the headers
/// carry the hook's secrets). A non-2xx answer or a network failure throws, so the drainer counts the attempt and
/// retries with its backoff; each outcome is recorded on the subscription (its third failure in a row: <c>error</c>).
/// A deleted subscription's rows are closed without delivery.
/// </summary>
public sealed class FhirRestHookSender(IHttpClientFactory clients, IServiceScopeFactory scopes, TimeProvider time) : IOutboxSender
{
    public const string HttpClientName = "fhir-rest-hook";

    public IReadOnlyCollection<string> Channels { get; } = [FhirSubscriptionStatus.Channel];

    public async Task SendAsync(OutboxMessage message, string recipientName, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        var notice = SubscriptionNotice.Parse(message.Body) ?? throw new InvalidOperationException("Not a subscription notice.");
        await using var scope = scopes.CreateAsyncScope();
        // The sender acts as the system: it reads any subscription and writes only the delivery's outcome.
        scope.ServiceProvider.GetRequiredService<HttpCurrentActor>().InitializeSystem("system:fhir-rest-hook", new HashSet<Capability> { Capability.ReadClinicalDetail });
        var service = scope.ServiceProvider.GetRequiredService<FhirSubscriptionService>();
        var subscription = await service.ForDeliveryAsync(notice.SubscriptionId, ct);
        if (subscription is null)
        {
            message.LastError = "Subscription deleted: not delivered";
            return;
        }

        var bundle = SubscriptionNotifications.Notification(subscription, notice, time.GetUtcNow());
        string? error = null;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, subscription.Endpoint)
            {
                Content = new ByteArrayContent(FhirJson.Serializer.SerializeToBytes(bundle)),
            };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(FhirJson.MediaType) { CharSet = "utf-8" };
            foreach (var header in (subscription.Headers ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                var colon = header.IndexOf(':', StringComparison.Ordinal);
                request.Headers.TryAddWithoutValidation(header[..colon].Trim(), header[(colon + 1)..].Trim());
            }

            using var response = await clients.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
            if (!response.IsSuccessStatusCode)
            {
                // The status only: the receiver's body is not ours to keep.
                error = $"HTTP {(int)response.StatusCode} from the endpoint";
            }
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            error = $"{e.GetType().Name}: {e.Message}";
        }

        await service.RecordDeliveryAsync(subscription.Id, error, ct);
        if (error is not null)
        {
            throw new HttpRequestException(error);
        }
    }
}
