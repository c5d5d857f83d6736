using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Reflection;
using System.Text.Json;
using CoSo.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace CoSo.IntegrationTests.Security;

// Issue 14, item 8: no 500 on extreme dates (security finding B15: chronic/indicators?month=9999-12 and
// workforce/cme?date=0001-01-01 threw ArgumentOutOfRangeException). The routes and their date, month, year, week and
// day-count parameters are read from the app's own route table, so an endpoint added later is swept without editing this.
public sealed class ExtremeDateSweepTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Every_date_month_year_and_day_count_parameter_answers_extreme_values_with_400_never_500(string provider)
    {
        var app = await Apps.Get(provider);
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1", StringComparison.Ordinal) == true)
            .Select(e => (Endpoint: e, Method: e.Metadata.OfType<MethodInfo>().FirstOrDefault(), Verbs: e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]))
            .Where(x => x.Method is not null)
            .ToList();

        var probes = new List<(string Verb, RouteEndpoint Endpoint, ParameterInfo[] Parameters, ParameterInfo Target)>();
        foreach (var (endpoint, method, verbs) in endpoints)
        {
            var parameters = method!.GetParameters();
            if (parameters.Any(p => IsBody(p, endpoint)))
            {
                continue; // a JSON body: dates inside bodies are swept by InputLimitsTests and the JSON converters
            }

            foreach (var verb in verbs.Where(v => v is "GET" or "POST"))
            {
                probes.AddRange(parameters.Where(p => Kind(p) is not null).Select(p => (verb, endpoint, parameters, p)));
            }
        }

        var routes = probes.Select(p => p.Endpoint.RoutePattern.RawText).ToHashSet();
        Assert.Contains("/api/v1/chronic/indicators", routes);
        Assert.Contains("/api/v1/workforce/cme", routes);
        Assert.True(probes.Count >= 30, $"only {probes.Count} date parameters found on {routes.Count} routes");

        using var clinician = await app.LoginAsync("a1");
        using var admin = await app.LoginAsync("admin");
        var failures = new List<string>();
        var answered400 = 0;
        foreach (var (verb, endpoint, parameters, target) in probes)
        {
            var kind = Kind(target)!;
            foreach (var value in Extremes(kind, verb))
            {
                foreach (var client in new[] { clinician, admin })
                {
                    var url = Url(app, endpoint, parameters, target, value);
                    using var request = new HttpRequestMessage(new HttpMethod(verb), url);
                    var response = await client.SendAsync(request);
                    var status = (int)response.StatusCode;
                    if (status >= 500)
                    {
                        failures.Add($"{verb} {url} → {status}");
                    }
                    else if (kind is not ("monthText" or "periodText") && status != 403)
                    {
                        // A typed parameter is checked before the handler runs: 400 with a message on that parameter.
                        var json = status == 400 ? await response.Content.ReadFromJsonAsync<JsonElement>() : default;
                        if (status != 400 || !json.GetProperty("errors").TryGetProperty(target.Name!, out _))
                        {
                            failures.Add($"{verb} {url} → {status} without an error on '{target.Name}'");
                        }
                        else
                        {
                            answered400++;
                        }
                    }
                    else if (status == 400)
                    {
                        answered400++;
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
        Assert.True(answered400 > probes.Count, $"{answered400} answers of 400 for {probes.Count} parameters");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_two_probe_requests_get_a_field_message_in_both_languages(string provider)
    {
        var app = await Apps.Get(provider);
        using var admin = await app.LoginAsync("admin");
        using var a1 = await app.LoginAsync("a1");

        var month = await a1.GetAsync("/api/v1/chronic/indicators?programme=Hypertension&month=9999-12");
        var monthJson = await month.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.BadRequest, month.StatusCode);
        Assert.Equal("chronic.month", InputShapeTests.Code(monthJson, "month"));

        using var en = new HttpRequestMessage(HttpMethod.Get, "/api/v1/workforce/cme?date=0001-01-01");
        en.Headers.AcceptLanguage.ParseAdd("en");
        var date = await admin.SendAsync(en);
        var dateJson = await date.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.BadRequest, date.StatusCode);
        Assert.Equal("The date must be between 01/01/1900 and 31/12/2100.", InputShapeTests.Message(dateJson, "date"));

        // An ordinary date still answers.
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/v1/workforce/cme?date=2026-11-15")).StatusCode);
    }

    /// <summary>What kind of date a handler parameter holds, by type and name; null when it is none.</summary>
    private static string? Kind(ParameterInfo p)
    {
        var type = Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType;
        var name = p.Name!.ToLowerInvariant();
        if (type == typeof(DateOnly))
        {
            return "date";
        }

        if (type == typeof(int) && name is "year" or "month" or "quarter" or "week" or "days" or "weeks" or "months")
        {
            return name;
        }

        return type == typeof(string) && name is "month" ? "monthText"
            : type == typeof(string) && name is "period" ? "periodText"
            : null;
    }

    private static IEnumerable<string> Extremes(string kind, string verb) => kind switch
    {
        "date" => ["0001-01-01", "9999-12-31", "1899-12-31", "2101-01-01"],
        "year" => ["0", "-1", "1899", "2101", "9999"],
        "month" => ["0", "13", "-1"],
        "quarter" => ["0", "5"],
        "week" => ["0", "54"],
        "days" or "weeks" or "months" => ["-1", "2147483647"],
        // A text month or period is read by each endpoint's parser; writes only get values no parser accepts.
        _ when verb == "POST" => ["9999-12", "0001-01", "2026-13"],
        _ => ["9999-12", "0001-01", "1899-12", "2101-01", "2200-12", "2026-13", "abc"],
    };

    private static string Url(CoSoApp app, RouteEndpoint endpoint, ParameterInfo[] parameters, ParameterInfo target, string value)
    {
        var routeNames = endpoint.RoutePattern.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var path = "/" + string.Join('/', endpoint.RoutePattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternParameterPart p => Uri.EscapeDataString(p.Name.Equals(target.Name, StringComparison.OrdinalIgnoreCase) ? value : Default(app, parameters.FirstOrDefault(x => x.Name!.Equals(p.Name, StringComparison.OrdinalIgnoreCase)), p.Name) ?? "x"),
            _ => string.Empty,
        }))));
        var query = new List<string>();
        foreach (var p in parameters.Where(p => IsSimple(p.ParameterType) && !routeNames.Contains(p.Name!)))
        {
            var v = p == target ? value : Required(p) ? Default(app, p, p.Name!) : null;
            if (v is not null)
            {
                query.Add(p.Name + "=" + Uri.EscapeDataString(v));
            }
        }

        return query.Count == 0 ? path : path + "?" + string.Join('&', query);
    }

    private static string? Default(CoSoApp app, ParameterInfo? p, string name)
    {
        var type = p is null ? typeof(string) : Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType;
        return type switch
        {
            _ when type == typeof(Guid) => app.Org.StationA.Id.ToString(),
            _ when type == typeof(DateOnly) => "2026-11-15",
            _ when type == typeof(bool) => "false",
            { IsEnum: true } => Enum.GetNames(type)[0],
            _ when type == typeof(int) => name.ToLowerInvariant() switch { "year" => "2026", "month" => "11", "quarter" => "1", "week" => "5", "days" => "7", _ => "1" },
            _ => name.ToLowerInvariant() switch { "month" or "period" => "2026-11", "orgunit" => "x", _ => "x" },
        };
    }

    private static bool Required(ParameterInfo p)
    {
        if (p.HasDefaultValue || Nullable.GetUnderlyingType(p.ParameterType) is not null)
        {
            return false;
        }

        return p.ParameterType.IsValueType || new NullabilityInfoContext().Create(p).WriteState == NullabilityState.NotNull;
    }

    private static bool IsSimple(Type t)
    {
        t = Nullable.GetUnderlyingType(t) ?? t;
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(Guid) || t == typeof(DateOnly) || t == typeof(decimal) || t == typeof(DateTimeOffset);
    }

    private static bool IsBody(ParameterInfo p, RouteEndpoint endpoint)
    {
        var t = p.ParameterType;
        if (IsSimple(t) || t == typeof(CancellationToken) || t.Namespace?.StartsWith("Microsoft.", StringComparison.Ordinal) == true || t.Namespace?.StartsWith("System", StringComparison.Ordinal) == true)
        {
            return t.IsArray && endpoint.RoutePattern.Parameters.All(r => r.Name != p.Name); // string[] codes is a JSON body
        }

        // Services come from DI (classes registered there); records and other DTOs declared as inputs are bodies.
        return t.Name.EndsWith("Input", StringComparison.Ordinal) || t.Name.EndsWith("Request", StringComparison.Ordinal) || t.Name.EndsWith("Update", StringComparison.Ordinal);
    }
}
