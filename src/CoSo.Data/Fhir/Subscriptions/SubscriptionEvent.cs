using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoSo.Data.Fhir.Subscriptions;

/// <summary>
/// Something a topic notifies: the focus (a CoSo row's id), the station (org unit) whose scope it is in, and the
/// resident it is about (for the <c>patient</c> filter; never written into a notification).
/// </summary>
public sealed record SubscriptionEvent(SubscriptionTopic Topic, Guid FocusId, Guid OrgUnitId, Guid? PersonId);

/// <summary>
/// The body of a rest-hook outbox row: references and numbers only, no personal data. The sender builds the
/// notification Bundle from it (and the subscription's current status) when it delivers.
/// </summary>
public sealed record SubscriptionNotice(
    [property: JsonPropertyName("subscription")] Guid SubscriptionId,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("topic")] string Topic,
    [property: JsonPropertyName("eventNumber")] long EventNumber,
    [property: JsonPropertyName("focus")] Guid? FocusId)
{
    public const string Handshake = "handshake";
    public const string EventNotification = "event-notification";

    /// <summary>The outbox row's subject: the subscription it is for (a deleted subscription's rows are closed undelivered).</summary>
    public static string Subject(Guid subscriptionId) => $"Subscription/{subscriptionId}";

    public string ToJson() => JsonSerializer.Serialize(this);

    public static SubscriptionNotice? Parse(string body)
    {
        try
        {
            return JsonSerializer.Deserialize<SubscriptionNotice>(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
