using System.Globalization;
using System.Text;
using Hl7.Fhir.Model;

namespace CoSo.Web.Fhir;

/// <summary>A searchset Bundle: total, absolute fullUrl per entry, self and next links (keyset cursor in <c>ct</c>).</summary>
public static class FhirBundles
{
    public static Bundle SearchSet(HttpRequest request, FhirSearch search, IEnumerable<Resource> resources, int total, string? nextCursor)
    {
        var baseUrl = FhirJson.Base(request);
        var bundle = new Bundle
        {
            Id = Guid.CreateVersion7().ToString(),
            Type = Bundle.BundleType.Searchset,
            Total = total,
            Meta = new Meta { LastUpdated = request.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow() },
        };
        bundle.Link.Add(new Bundle.LinkComponent { Relation = "self", Url = Link(baseUrl, search, search.Cursor) });
        if (nextCursor is not null)
        {
            bundle.Link.Add(new Bundle.LinkComponent { Relation = "next", Url = Link(baseUrl, search, nextCursor) });
        }

        foreach (var r in resources)
        {
            bundle.Entry.Add(new Bundle.EntryComponent
            {
                FullUrl = $"{baseUrl}/{r.TypeName}/{r.Id}",
                Resource = r,
                Search = new Bundle.SearchComponent { Mode = Bundle.SearchEntryMode.Match },
            });
        }

        return bundle;
    }

    private static string Link(string baseUrl, FhirSearch search, string? cursor)
    {
        var sb = new StringBuilder(baseUrl).Append('/').Append(search.Resource.Type).Append('?');
        foreach (var p in search.Parameters)
        {
            sb.Append(Uri.EscapeDataString(p.SentKey)).Append('=').Append(Uri.EscapeDataString(p.Value)).Append('&');
        }

        foreach (var include in search.Includes)
        {
            sb.Append("_include=").Append(Uri.EscapeDataString(include)).Append('&');
        }

        foreach (var include in search.RevIncludes)
        {
            sb.Append("_revinclude=").Append(Uri.EscapeDataString(include)).Append('&');
        }

        if (search.SortOption is { } sort)
        {
            sb.Append(FhirSearch.SortParameter).Append('=').Append(Uri.EscapeDataString(sort.Text)).Append('&');
        }

        sb.Append("_count=").Append(search.Count.ToString(CultureInfo.InvariantCulture));
        if (cursor is not null)
        {
            sb.Append('&').Append(FhirSearch.CursorParameter).Append('=').Append(Uri.EscapeDataString(cursor));
        }

        return sb.ToString();
    }
}
