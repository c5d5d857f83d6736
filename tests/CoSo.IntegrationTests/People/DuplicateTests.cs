using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoSo.Core.Encounters;
using CoSo.IntegrationTests.Infrastructure;

namespace CoSo.IntegrationTests.People;

public sealed class DuplicateTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_probable_duplicate_is_flagged_and_a_merge_keeps_every_visit_of_both(string provider)
    {
        var app = await Apps.Get(provider);
        using var client = await app.LoginAsync("a1");
        var name = TestPeople.UniqueName("Trần Thị");
        var birth = new DateOnly(1950, 2, 3);
        var first = await TestPeople.RegisterAsync(client, TestPeople.Input(app.Org.VillageA1.Id, name, birth, Core.People.Sex.Female, withCccd: false));
        Assert.False(first.GetProperty("needsDuplicateReview").GetBoolean());

        var check = await client.PostAsJsonAsync("/api/v1/people/duplicates", TestPeople.Input(app.Org.VillageA2.Id, name.ToUpperInvariant(), birth, Core.People.Sex.Female, withCccd: false), TestPeople.Json);
        var candidates = await check.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(first.GetProperty("id").GetGuid(), Assert.Single(candidates.EnumerateArray()).GetProperty("id").GetGuid());

        var second = await TestPeople.RegisterAsync(client, TestPeople.Input(app.Org.VillageA2.Id, name, birth, Core.People.Sex.Female, withCccd: true));
        Assert.True(second.GetProperty("needsDuplicateReview").GetBoolean());

        var keepId = second.GetProperty("id").GetGuid();
        var dupId = first.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync($"/api/v1/people/{dupId}/visits", new { systolic = 130, diastolic = 80, diagnoses = new[] { new { code = "Z00.0", isMain = true } } })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync($"/api/v1/people/{keepId}/visits", new { systolic = 140, diastolic = 85, diagnoses = new[] { new { code = "Z00.0", isMain = true } } })).StatusCode);

        var merge = await client.PostAsJsonAsync($"/api/v1/people/{keepId}/merge", new { duplicateId = dupId });
        Assert.Equal(HttpStatusCode.OK, merge.StatusCode);
        Assert.Equal(2, await TestDatabase.CountAsync<Encounter>(app.ConnectionString, q => q.Where(e => e.PersonId == keepId)));
        Assert.Equal(0, await TestDatabase.CountAsync<Encounter>(app.ConnectionString, q => q.Where(e => e.PersonId == dupId)));

        var search = await client.GetFromJsonAsync<JsonElement>($"/api/v1/people?q={Uri.EscapeDataString(name)}");
        Assert.Equal(keepId, Assert.Single(search.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
    }
}
