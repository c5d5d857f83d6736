using System.Globalization;
using CoSo.Data.Fhir.Subscriptions;
using Hl7.Fhir.Model;

namespace CoSo.Web.Fhir.Subscriptions;

/// <summary>
/// The R4 shapes of the Subscriptions Backport IG: the Subscription resource (topic canonical in <c>criteria</c>, filters
/// and payload content as the backport extensions), the SubscriptionStatus as Parameters
/// (<c>backport-subscription-status-r4</c>) and the notification Bundle (type history, the status first). A
/// notification carries references only: no name, CCCD, BHYT number or birth date (id-only).
/// </summary>
public static class SubscriptionNotifications
{
    public const string FilterCriteria = "http://hl7.org/fhir/uv/subscriptions-backport/StructureDefinition/backport-filter-criteria";
    public const string PayloadContent = "http://hl7.org/fhir/uv/subscriptions-backport/StructureDefinition/backport-payload-content";
    public const string TopicCanonical = "http://hl7.org/fhir/uv/subscriptions-backport/StructureDefinition/capabilitystatement-subscriptiontopic-canonical";
    public const string StatusOperation = "http://hl7.org/fhir/uv/subscriptions-backport/OperationDefinition/backport-subscription-status";
    public const string IdOnly = "id-only";

    public static Subscription ToFhir(FhirSubscription s)
    {
        var topic = SubscriptionTopics.ByKey(s.Topic)!;
        var subscription = new Subscription
        {
            Id = s.Id.ToString(),
            Meta = new Meta { LastUpdated = s.UpdatedAt },
            Status = Status(s.Status),
            Reason = s.Reason,
            Criteria = topic.Canonical,
            Error = s.Status == FhirSubscriptionStatus.Error ? s.LastError : null,
            // The headers are the hook's secrets (an Authorization): kept for delivery, never shown back.
            Channel = new Subscription.ChannelComponent { Type = Subscription.SubscriptionChannelType.RestHook, Endpoint = s.Endpoint, Payload = FhirJson.MediaType },
        };
        foreach (var (name, id) in SubscriptionNotifier.ParseFilters(s.Filters))
        {
            subscription.CriteriaElement.Extension.Add(new Extension(FilterCriteria, new FhirString($"{topic.FocusType}?{name}={(name == SubscriptionTopics.Patient ? "Patient" : "Organization")}/{id}")));
        }

        subscription.Channel.PayloadElement!.Extension.Add(new Extension(PayloadContent, new Code(IdOnly)));
        return subscription;
    }

    public static Subscription.SubscriptionStatus Status(string status) => status switch
    {
        FhirSubscriptionStatus.Active => Subscription.SubscriptionStatus.Active,
        FhirSubscriptionStatus.Error => Subscription.SubscriptionStatus.Error,
        _ => Subscription.SubscriptionStatus.Requested,
    };

    /// <summary>The SubscriptionStatus (R4: Parameters): <c>query-status</c> for <c>$status</c>, or a notification's type and event.</summary>
    public static Parameters StatusOf(FhirSubscription s, string type, SubscriptionNotice? notice = null)
    {
        var topic = SubscriptionTopics.ByKey(s.Topic)!;
        var parameters = new Parameters();
        parameters.Add("subscription", new ResourceReference($"{s.ServerBase}/Subscription/{s.Id}"));
        parameters.Add("topic", new Canonical(topic.Canonical));
        parameters.Add("status", new Code(s.Status));
        parameters.Add("type", new Code(type));
        parameters.Add("events-since-subscription-start", new FhirString(s.EventsSinceStart.ToString(CultureInfo.InvariantCulture)));
        if (notice is { Type: SubscriptionNotice.EventNotification, FocusId: { } focus })
        {
            parameters.Parameter.Add(new Parameters.ParameterComponent
            {
                Name = "notification-event",
                Part =
                [
                    new Parameters.ParameterComponent { Name = "event-number", Value = new FhirString(notice.EventNumber.ToString(CultureInfo.InvariantCulture)) },
                    new Parameters.ParameterComponent { Name = "focus", Value = Focus(s, topic, focus) },
                ],
            });
        }

        if (s.Status == FhirSubscriptionStatus.Error && s.LastError is { } error)
        {
            parameters.Add("error", new CodeableConcept { Text = error });
        }

        return parameters;
    }

    /// <summary>A literal reference to a resource <c>/fhir</c> serves, or a logical one (identifier) for a case report or an alert.</summary>
    public static ResourceReference Focus(FhirSubscription s, SubscriptionTopic topic, Guid focus) => topic.LiteralFocus
        ? new ResourceReference($"{s.ServerBase}/{topic.FocusType}/{focus}")
        : new ResourceReference { Type = topic.FocusType, Identifier = new Identifier(topic.LogicalSystem, focus.ToString()) };

    /// <summary>The notification: a history Bundle, the SubscriptionStatus first, then (id-only) the focus's fullUrl without its content.</summary>
    public static Bundle Notification(FhirSubscription s, SubscriptionNotice notice, DateTimeOffset now)
    {
        var topic = SubscriptionTopics.ByKey(s.Topic)!;
        var bundle = new Bundle { Id = Guid.CreateVersion7().ToString(), Type = Bundle.BundleType.History, Timestamp = now };
        bundle.Entry.Add(new Bundle.EntryComponent
        {
            FullUrl = "urn:uuid:" + Guid.NewGuid(),
            Resource = StatusOf(s, notice.Type, notice),
            // POST: an operation may be invoked so, and a history entry that carries a resource must be POST, PUT or
            // PATCH (bdl-3b as R4's validators apply it); a GET entry carries none, which is how the id-only focus is listed.
            Request = new Bundle.RequestComponent { Method = Bundle.HTTPVerb.POST, Url = $"Subscription/{s.Id}/$status" },
            Response = new Bundle.ResponseComponent { Status = "200" },
        });
        if (notice is { Type: SubscriptionNotice.EventNotification, FocusId: { } focus } && topic.LiteralFocus)
        {
            bundle.Entry.Add(new Bundle.EntryComponent
            {
                FullUrl = $"{s.ServerBase}/{topic.FocusType}/{focus}",
                Request = new Bundle.RequestComponent { Method = Bundle.HTTPVerb.GET, Url = $"{topic.FocusType}/{focus}" },
                Response = new Bundle.ResponseComponent { Status = "200" },
            });
        }

        return bundle;
    }
}
