using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoSo.Core.Maternal;
using CoSo.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CoSo.IntegrationTests.Maternal.MaternalApi;

namespace CoSo.IntegrationTests.Maternal;

public sealed class MaternalMergeTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Merging_a_duplicate_woman_and_a_duplicate_newborn_moves_the_pregnancy_and_repoints_the_birth(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        var keep = await WomanAsync(a, app.Org.VillageA1.Id);
        var duplicate = await WomanAsync(a, app.Org.VillageA1.Id);
        var (_, card) = await PostAsync(a, $"/api/v1/maternal/people/{duplicate}/pregnancies", new { firstContactDate = Iso(Today.AddDays(-200)), lastMenstrualPeriod = Iso(Today.AddDays(-260)) });
        var id = card.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.Created, (await a.PostAsJsonAsync($"/api/v1/maternal/pregnancies/{id}/contacts", new { contactDate = Iso(Today.AddDays(-200)) })).StatusCode);
        var (_, delivery) = await PostAsync(a, $"/api/v1/maternal/pregnancies/{id}/delivery", new
        {
            deliveryDate = Iso(Today), place = "Station", attendant = "Midwife", babies = new[] { new { kind = "LiveBirth", sex = "Male", birthWeightGrams = 3000 } },
        });
        var newborn = Assert.Single(delivery.GetProperty("babies").EnumerateArray()).GetProperty("newbornPersonId").GetGuid();
        // The same baby registered a second time by hand, then recognised as the same child.
        var keptBaby = (await TestPeople.RegisterAsync(a, new { fullName = TestPeople.UniqueName("Trịnh Văn"), birthDate = Iso(Today), sex = "Male", villageId = app.Org.VillageA1.Id })).GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.OK, (await a.PostAsJsonAsync($"/api/v1/people/{keep}/merge", new { duplicateId = duplicate })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await a.PostAsJsonAsync($"/api/v1/people/{keptBaby}/merge", new { duplicateId = newborn })).StatusCode);

        var moved = await a.GetFromJsonAsync<JsonElement>($"/api/v1/maternal/pregnancies/{id}", TestPeople.Json);
        Assert.Equal((keep, 1), (moved.GetProperty("personId").GetGuid(), moved.GetProperty("contacts").GetArrayLength()));
        Assert.Equal(keptBaby, Assert.Single(moved.GetProperty("delivery").GetProperty("babies").EnumerateArray()).GetProperty("newbornPersonId").GetGuid());
        var (contacts, deliveries, outcomes) = await TestDatabase.WithDbAsync(app.ConnectionString, async db => (
            await db.Set<AntenatalContact>().IgnoreQueryFilters().CountAsync(c => c.PregnancyId == id && c.PersonId == keep),
            await db.Set<Delivery>().IgnoreQueryFilters().CountAsync(d => d.PregnancyId == id && d.PersonId == keep),
            await db.Set<BirthOutcome>().IgnoreQueryFilters().CountAsync(o => o.PersonId == keep && o.NewbornPersonId == keptBaby)));
        Assert.Equal((1, 1, 1), (contacts, deliveries, outcomes));
    }
}
