using System.Net;
using CoSo.IntegrationTests.Infrastructure;

namespace CoSo.IntegrationTests.Workforce;

public sealed class WorkforcePagesTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_workforce_and_facilities_pages_are_served_to_a_signed_in_clinician_and_redirect_anonymous_users(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");

        var workforce = await a.GetAsync("/nhan-luc");
        var facilities = await a.GetAsync("/co-so");

        Assert.Equal(HttpStatusCode.OK, workforce.StatusCode);
        Assert.Equal(HttpStatusCode.OK, facilities.StatusCode);

        // Pages run in a server circuit without prerendering, so their content is checked in a browser, not here.
        using var anonymous = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.NotEqual(HttpStatusCode.OK, (await anonymous.GetAsync("/nhan-luc")).StatusCode);
    }
}
