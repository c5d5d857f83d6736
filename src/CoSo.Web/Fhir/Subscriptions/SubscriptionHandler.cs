using System.Net;
using CoSo.Core.Common;
using CoSo.Data.Fhir.Subscriptions;
using CoSo.Web.Resources;
using Hl7.Fhir.Model;
using Microsoft.Extensions.Localization;

namespace CoSo.Web.Fhir.Subscriptions;

/// <summary>
/// <c>/fhir/Subscription</c> (R5 Subscriptions Backport IG on R4): create, read, search and delete the caller's own
/// subscriptions, and <c>Subscription/{id}/$status</c>. Only what keeps personal data out of notifications is accepted:
/// a topic of <see cref="SubscriptionTopics"/>, the rest-hook channel to an https endpoint, the <c>id-only</c> payload.
/// </summary>
public sealed class SubscriptionHandler(FhirSubscriptionService service, IHttpContextAccessor http, IStringLocalizer<Ui> l, IConfiguration configuration, HookAddressGuard guard) : IFhirResourceHandler
{
    /// <summary>Allows <c>http://</c> endpoints on loopback (the tests' receiver); https only otherwise.</summary>
    public const string AllowLoopbackHttpSetting = "CoSo:Fhir:Subscriptions:AllowLoopbackHttp";

    public async Task<FhirAnswer> ReadAsync(string id, CancellationToken ct) =>
        FhirAnswer.NoPeople(SubscriptionNotifications.ToFhir(await service.FindAsync(Guid.TryParse(id, out var g) ? g : throw new NotFoundException(), ct)));

    public async Task<FhirAnswer> SearchAsync(FhirSearch search, CancellationToken ct)
    {
        var ids = search.Ids();
        var all = await service.ListAsync(ids.Count > 0 ? ids[0] : null, search.Values("status").FirstOrDefault(), ct);
        var after = Guid.TryParse(search.Cursor, out var c) ? c : Guid.Empty;
        // Paged in .NET's Guid order over the caller's few subscriptions (the providers order uuids differently).
        var page = all.Where(s => s.Id.CompareTo(after) > 0).OrderBy(s => s.Id).Take(search.Count).ToList();
        var next = page.Count == search.Count && all.Any(s => s.Id.CompareTo(page[^1].Id) > 0) ? page[^1].Id.ToString() : null;
        var bundle = FhirBundles.SearchSet(http.HttpContext!.Request, search, page.Select(SubscriptionNotifications.ToFhir), all.Count, next);
        return FhirAnswer.NoPeople(bundle, isSearch: true);
    }

    public async Task<FhirAnswer> CreateAsync(HttpContext context, CancellationToken ct)
    {
        Resource? resource;
        try
        {
            resource = await System.Text.Json.JsonSerializer.DeserializeAsync<Resource>(context.Request.Body, FhirJson.ParserOptions, ct);
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or Hl7.Fhir.Serialization.DeserializationFailedException)
        {
            resource = null;
        }

        if (resource is not Subscription subscription)
        {
            return Refuse(OperationOutcome.IssueType.Structure, l["FhirSubBody"], "Subscription");
        }

        var topic = SubscriptionTopics.ByCanonical(subscription.Criteria);
        if (topic is null)
        {
            return Refuse(OperationOutcome.IssueType.NotSupported, l["FhirSubTopic", subscription.Criteria ?? string.Empty, string.Join(", ", SubscriptionTopics.All.Select(t => t.Canonical))], "Subscription.criteria");
        }

        var filters = new List<(string Name, Guid Id)>();
        foreach (var criteria in subscription.CriteriaElement.Extension.Where(e => e.Url == SubscriptionNotifications.FilterCriteria))
        {
            var parsed = ParseFilter(topic, (criteria.Value as FhirString)?.Value);
            if (parsed is null)
            {
                return Refuse(OperationOutcome.IssueType.Invalid, l["FhirSubFilter", (criteria.Value as FhirString)?.Value ?? string.Empty, string.Join(", ", topic.Filters.Select(f => $"{topic.FocusType}?{f}=…"))], "Subscription.criteria");
            }

            filters.AddRange(parsed);
        }

        var channel = subscription.Channel;
        if (channel?.Type != Subscription.SubscriptionChannelType.RestHook)
        {
            return Refuse(OperationOutcome.IssueType.NotSupported, l["FhirSubChannel"], "Subscription.channel.type");
        }

        // The payload content: id-only (CoSo's default when absent). full-resource would put residents' data in the hook's requests.
        var content = channel.PayloadElement?.Extension.FirstOrDefault(e => e.Url == SubscriptionNotifications.PayloadContent)?.Value as Code;
        if (content?.Value == "full-resource")
        {
            return Refuse(OperationOutcome.IssueType.NotSupported, l["FhirSubNoPersonalData"], "Subscription.channel.payload");
        }

        if (content is not null && content.Value != SubscriptionNotifications.IdOnly)
        {
            return Refuse(OperationOutcome.IssueType.NotSupported, l["FhirSubPayload"], "Subscription.channel.payload");
        }

        if (channel.Payload is { } mime && mime is not (FhirJson.MediaType or "application/json"))
        {
            return Refuse(OperationOutcome.IssueType.NotSupported, l["FhirSubMime"], "Subscription.channel.payload");
        }

        if (!EndpointAllowed(channel.Endpoint))
        {
            return Refuse(OperationOutcome.IssueType.Invalid, l["FhirSubEndpoint"], "Subscription.channel.endpoint");
        }

        var headers = channel.Header.Select(h => h ?? string.Empty).ToList();
        for (var i = 0; i < headers.Count; i++)
        {
            // The value is not quoted back: it is likely a secret.
            if (!ValidHeader(headers[i]))
            {
                return Refuse(OperationOutcome.IssueType.Invalid, l["FhirSubHeader", i], $"Subscription.channel.header[{i}]");
            }
        }

        var reason = string.IsNullOrWhiteSpace(subscription.Reason) ? topic.Description : subscription.Reason.Trim();
        var created = await service.CreateAsync(new FhirSubscriptionInput(topic, filters, channel.Endpoint!, headers, reason.Length > 300 ? reason[..300] : reason, FhirJson.Base(context.Request)), ct);
        return new FhirAnswer(SubscriptionNotifications.ToFhir(created), [], status: StatusCodes.Status201Created)
        {
            Location = $"{FhirJson.Base(context.Request)}/Subscription/{created.Id}",
        };
    }

    public async Task<IResult> DeleteAsync(Guid id, CancellationToken ct)
    {
        await service.DeleteAsync(id, ct);
        return Results.NoContent();
    }

    /// <summary><c>$status</c>: a searchset Bundle holding the subscription's SubscriptionStatus (type query-status), as the IG's operation returns.</summary>
    public async Task<FhirAnswer> StatusAsync(Guid id, CancellationToken ct)
    {
        var s = await service.FindAsync(id, ct);
        var bundle = new Bundle
        {
            Id = Guid.CreateVersion7().ToString(),
            Type = Bundle.BundleType.Searchset,
            Total = 1,
            Entry = [new Bundle.EntryComponent { FullUrl = "urn:uuid:" + Guid.NewGuid(), Resource = SubscriptionNotifications.StatusOf(s, "query-status"), Search = new Bundle.SearchComponent { Mode = Bundle.SearchEntryMode.Match } }],
        };
        return FhirAnswer.NoPeople(bundle);
    }

    private static FhirAnswer Refuse(OperationOutcome.IssueType code, string text, string expression) =>
        new(FhirOutcomes.Of(code, text, [expression]), [], status: StatusCodes.Status400BadRequest);

    /// <summary><c>[Type?]name=value[&amp;name=value]</c>: each name one of the topic's filters, each value a CoSo id (<c>id</c>, <c>Type/id</c>, an absolute URL).</summary>
    private static List<(string Name, Guid Id)>? ParseFilter(SubscriptionTopic topic, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var query = text.Trim();
        var mark = query.IndexOf('?', StringComparison.Ordinal);
        if (mark >= 0)
        {
            if (query[..mark] != topic.FocusType)
            {
                return null;
            }

            query = query[(mark + 1)..];
        }

        var filters = new List<(string, Guid)>();
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', 2);
            if (parts.Length != 2 || !topic.Filters.Contains(parts[0]))
            {
                return null;
            }

            var ids = FhirSearch.ReferenceIds(Uri.UnescapeDataString(parts[1]), parts[0] == SubscriptionTopics.Patient ? "Patient" : "Organization");
            if (ids is not [var id] || id == Guid.Empty)
            {
                return null;
            }

            filters.Add((parts[0], id));
        }

        return filters.Count == 0 ? null : filters;
    }

    private bool EndpointAllowed(string? endpoint)
    {
        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || uri.UserInfo.Length > 0)
        {
            return false;
        }

        // An address given as such is checked now; a name at every connection (HookAddressGuard).
        if (uri.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6 && IPAddress.TryParse(uri.Host.Trim('[', ']'), out var literal) && !guard.Allows(literal))
        {
            return false;
        }

        return uri.Scheme == Uri.UriSchemeHttps
            || (uri.Scheme == Uri.UriSchemeHttp && configuration.GetValue(AllowLoopbackHttpSetting, false) && (uri.IsLoopback || (IPAddress.TryParse(uri.Host, out var ip) && IPAddress.IsLoopback(ip))));
    }

    private static bool ValidHeader(string? header)
    {
        var colon = header?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        return colon > 0 && header!.IndexOfAny(['\r', '\n']) < 0 && header[..colon].All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '-' or '_') && header[(colon + 1)..].Trim().Length > 0;
    }
}
