using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoSo.IntegrationTests.Infrastructure;
using static CoSo.IntegrationTests.Maternal.MaternalApi;

namespace CoSo.IntegrationTests.Maternal;

public sealed class PregnancyJourneyTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_pregnancy_from_first_contact_through_four_visits_to_a_live_birth_puts_the_newborn_in_the_household_and_on_the_childrens_register(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        var household = await HouseholdAsync(a, app.Org.VillageA1.Id);
        var motherName = TestPeople.UniqueName("Đặng Thị");
        var mother = await WomanAsync(a, app.Org.VillageA1.Id, household, "Spouse", motherName);
        var lmp = Today.AddDays(-270);

        // First contact 20 days after the LMP (2+6), registered with G2 P1001.
        var (registered, card) = await PostAsync(a, $"/api/v1/maternal/people/{mother}/pregnancies", new
        {
            firstContactDate = Iso(lmp.AddDays(20)), lastMenstrualPeriod = Iso(lmp), gravida = 2, termBirths = 1, pretermBirths = 0, abortions = 0, livingChildren = 1,
        });
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        Assert.Equal("\"1\"", registered.Headers.ETag!.Tag);
        var id = card.GetProperty("id").GetGuid();
        Assert.Equal(("Active", "LastMenstrualPeriod", 270), (card.GetProperty("status").GetString(), card.GetProperty("datingMethod").GetString(), card.GetProperty("gestationDays").GetInt32()));
        // Naegele: LMP + 7 days + 9 months.
        Assert.Equal(Iso(lmp.AddDays(7).AddMonths(9)), card.GetProperty("expectedDelivery").GetString());

        // Four contacts: day 20 (first trimester), 120 (second), 200 and 250 (third); at day 200 the BP is 145/95.
        foreach (var (day, sys, dia, weight) in new[] { (20, 110, 70, 52.5m), (120, 115, 75, 55.5m), (200, 145, 95, 60.0m), (250, 120, 80, 62.0m) })
        {
            var (response, contact) = await PostAsync(a, $"/api/v1/maternal/pregnancies/{id}/contacts", new
            {
                contactDate = Iso(lmp.AddDays(day)), weightKg = weight, systolic = sys, diastolic = dia, proteinuria = "Negative", haemoglobinGdl = 11.8m,
                hivTest = day == 20 ? "Negative" : "Unknown", ironFolicTablets = 30,
            });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            Assert.Equal(day, contact.GetProperty("gestationDays").GetInt32());
            Assert.Equal(day == 200 ? "PreEclampsiaWarning" : "None", contact.GetProperty("finding").GetString());
        }

        card = await a.GetFromJsonAsync<JsonElement>($"/api/v1/maternal/pregnancies/{id}", TestPeople.Json);
        var national = card.GetProperty("national");
        Assert.Equal((4, 4, 4), (national.GetProperty("slotsDone").GetInt32(), national.GetProperty("slotCount").GetInt32(), national.GetProperty("contactCount").GetInt32()));
        Assert.Equal(["Hypertension", "PreEclampsiaWarning"], card.GetProperty("riskFactors").EnumerateArray().Select(r => r.GetString()!));
        Assert.Equal("Negative", card.GetProperty("hivStatus").GetString());
        Assert.Equal("Td", card.GetProperty("tdStatus").GetProperty("nextVaccine").GetString());

        // Born at home today at 00:00, attended by the station's midwife: a girl of 2,400 g, 47.5 cm. (Not later: a
        // delivery time later than now is refused, and the suite may run just after midnight in Vietnam — it did at
        // 00:02, when 00:15 was still in the future.)
        var (delivered, delivery) = await PostAsync(a, $"/api/v1/maternal/pregnancies/{id}/delivery", new
        {
            deliveryDate = Iso(Today), deliveryTime = "00:00", place = "Home", attendant = "Midwife", mode = "SpontaneousVaginal",
            babies = new[] { new { kind = "LiveBirth", sex = "Female", birthWeightGrams = 2400, birthLengthCm = 47.5m } },
        });
        Assert.Equal(HttpStatusCode.Created, delivered.StatusCode);
        Assert.True(delivery.GetProperty("skilledAttendant").GetBoolean());
        var baby = Assert.Single(delivery.GetProperty("babies").EnumerateArray());
        Assert.True(baby.GetProperty("lowBirthWeight").GetBoolean());
        // 00:00 in Vietnam (UTC+7) is 17:00 UTC the day before: the start of the hepatitis B birth dose's 24 hours.
        Assert.Equal(new DateTimeOffset(Today.AddDays(-1).ToDateTime(new TimeOnly(17, 0)), TimeSpan.Zero), baby.GetProperty("bornAt").GetDateTimeOffset());
        var newborn = baby.GetProperty("newbornPersonId").GetGuid();

        // The newborn is a resident of the mother's household, station and village, the mother's child.
        var person = await a.GetFromJsonAsync<JsonElement>($"/api/v1/people/{newborn}", TestPeople.Json);
        Assert.Equal((household, "Child", Iso(Today), "Female"), (person.GetProperty("householdId").GetGuid(), person.GetProperty("relationshipToHead").GetString(),
            person.GetProperty("birthDate").GetString(), person.GetProperty("sex").GetString()));
        Assert.Equal((app.Org.StationA.Id, app.Org.VillageA1.Id), (person.GetProperty("orgUnitId").GetGuid(), person.GetProperty("villageId").GetGuid()));
        Assert.Equal("Con của " + motherName, person.GetProperty("fullName").GetString());

        // …and on the children's immunization register, due for the birth doses.
        var register = await a.GetFromJsonAsync<JsonElement>($"/api/v1/immunization/stations/{app.Org.StationA.Id}/children?villageId={app.Org.VillageA1.Id}&pageSize=200", TestPeople.Json);
        var line = Items(register).Single(i => i.GetProperty("personId").GetGuid() == newborn);
        Assert.Contains(line.GetProperty("status").GetProperty("nextVaccine").GetString(), new[] { "HepB-birth", "BCG" });

        // The pregnancy is over: no more contacts.
        card = await a.GetFromJsonAsync<JsonElement>($"/api/v1/maternal/pregnancies/{id}", TestPeople.Json);
        Assert.Equal("Delivered", card.GetProperty("status").GetString());
        var (late, problem) = await PostAsync(a, $"/api/v1/maternal/pregnancies/{id}/contacts", new { contactDate = Iso(Today) });
        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
        Assert.Equal("maternal.pregnancy.closed", problem.GetProperty("codes").GetProperty("pregnancyId")[0].GetString());

        // Born at home: due for the visit within 24 hours; once visited, the first-week visit is not due until day 2.
        var due = await a.GetFromJsonAsync<JsonElement>($"/api/v1/maternal/postnatal-due?stationId={app.Org.StationA.Id}", TestPeople.Json);
        var visitDue = Items(due).Single(i => i.GetProperty("deliveryId").GetGuid() == delivery.GetProperty("id").GetGuid());
        Assert.Equal((1, "Due"), (visitDue.GetProperty("contactNumber").GetInt32(), visitDue.GetProperty("status").GetString()));
        Assert.Equal(newborn, Assert.Single(visitDue.GetProperty("newborns").EnumerateArray()).GetProperty("personId").GetGuid());
        var (visited, visit) = await PostAsync(a, $"/api/v1/maternal/pregnancies/{id}/postnatal-visits", new
        {
            visitDate = Iso(Today), atHome = true, systolic = 118, diastolic = 76,
            newborns = new[] { new { birthOutcomeId = baby.GetProperty("id").GetGuid(), weightGrams = 2380, breastfeeding = "Exclusive", kangarooCare = false } },
        });
        Assert.Equal(HttpStatusCode.Created, visited.StatusCode);
        Assert.True(Assert.Single(visit.GetProperty("newborns").EnumerateArray()).GetProperty("kangarooAdvised").GetBoolean());
        due = await a.GetFromJsonAsync<JsonElement>($"/api/v1/maternal/postnatal-due?stationId={app.Org.StationA.Id}", TestPeople.Json);
        Assert.DoesNotContain(delivery.GetProperty("id").GetGuid(), Items(due).Select(i => i.GetProperty("deliveryId").GetGuid()));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Corrections_need_the_current_version_and_bad_fields_are_answered_field_by_field(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        var woman = await WomanAsync(a, app.Org.VillageA2.Id);
        var (_, card) = await PostAsync(a, $"/api/v1/maternal/people/{woman}/pregnancies", new { firstContactDate = Iso(Today), lastMenstrualPeriod = Iso(Today.AddDays(-70)) });
        var url = $"/api/v1/maternal/pregnancies/{card.GetProperty("id").GetGuid()}";
        var correction = new { firstContactDate = Iso(Today), lastMenstrualPeriod = Iso(Today.AddDays(-77)) };

        Assert.Equal(HttpStatusCode.BadRequest, (await SendWithIfMatchAsync(a, HttpMethod.Put, url, correction, null)).StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await SendWithIfMatchAsync(a, HttpMethod.Put, url, correction, "\"7\"")).StatusCode);
        var ok = await SendWithIfMatchAsync(a, HttpMethod.Put, url, correction, "\"1\"");
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal("\"2\"", ok.Headers.ETag!.Tag);
        Assert.Equal(77, (await ok.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("gestationDays").GetInt32());

        // A second open pregnancy, a man, a contact with one BP value and an impossible weight are refused by field.
        var (twice, problem) = await PostAsync(a, $"/api/v1/maternal/people/{woman}/pregnancies", new { firstContactDate = Iso(Today) });
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        Assert.Equal("maternal.pregnancy.open", problem.GetProperty("codes").GetProperty("personId")[0].GetString());
        var man = (await TestPeople.RegisterAsync(a, TestPeople.Input(app.Org.VillageA2.Id))).GetProperty("id").GetGuid();
        (_, problem) = await PostAsync(a, $"/api/v1/maternal/people/{man}/pregnancies", new { firstContactDate = Iso(Today) });
        Assert.Equal("maternal.pregnancy.female", problem.GetProperty("codes").GetProperty("personId")[0].GetString());
        (_, problem) = await PostAsync(a, $"{url}/contacts", new { contactDate = Iso(Today), systolic = 120, weightKg = 250 });
        Assert.Equal("maternal.bp.pair", problem.GetProperty("codes").GetProperty("systolic")[0].GetString());
        Assert.Equal("maternal.value.range", problem.GetProperty("codes").GetProperty("weightKg")[0].GetString());
        Assert.Equal("Giá trị phải từ 25 đến 200.", problem.GetProperty("errors").GetProperty("weightKg")[0].GetString());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_stillbirth_and_twins_a_maternal_death_and_a_neonatal_death_are_recorded_on_the_residents(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        var mother = await WomanAsync(a, app.Org.VillageA1.Id);
        var (_, card) = await PostAsync(a, $"/api/v1/maternal/people/{mother}/pregnancies", new { firstContactDate = Iso(Today.AddDays(-200)), lastMenstrualPeriod = Iso(Today.AddDays(-240)) });
        var id = card.GetProperty("id").GetGuid();

        var (response, delivery) = await PostAsync(a, $"/api/v1/maternal/pregnancies/{id}/delivery", new
        {
            deliveryDate = Iso(Today.AddDays(-1)), place = "Hospital", placeName = "Bệnh viện huyện", attendant = "Doctor", mode = "Caesarean",
            complications = "Haemorrhage, Eclampsia", referred = true, referredTo = "Bệnh viện tỉnh", maternalDeath = true, maternalDeathDate = Iso(Today),
            babies = new object[]
            {
                new { kind = "LiveBirth", sex = "Male", birthWeightGrams = 1900, fullName = "Nguyễn Văn Sinh", neonatalDeathDate = Iso(Today) },
                new { kind = "Stillbirth", birthWeightGrams = 1700 },
            },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var babies = delivery.GetProperty("babies").EnumerateArray().ToList();
        Assert.Equal((2, "Stillbirth", JsonValueKind.Null), (babies.Count, babies[1].GetProperty("kind").GetString(), babies[1].GetProperty("newbornPersonId").ValueKind));
        Assert.True(delivery.GetProperty("preterm").GetBoolean());
        var newborn = await a.GetFromJsonAsync<JsonElement>($"/api/v1/people/{babies[0].GetProperty("newbornPersonId").GetGuid()}", TestPeople.Json);
        Assert.Equal(("Nguyễn Văn Sinh", true, Iso(Today)), (newborn.GetProperty("fullName").GetString(), newborn.GetProperty("isDeceased").GetBoolean(), newborn.GetProperty("deceasedOn").GetString()));
        var woman = await a.GetFromJsonAsync<JsonElement>($"/api/v1/people/{mother}", TestPeople.Json);
        Assert.Equal((true, Iso(Today)), (woman.GetProperty("isDeceased").GetBoolean(), woman.GetProperty("deceasedOn").GetString()));

        // A delivery before 22 weeks is a miscarriage, not a birth.
        var other = await WomanAsync(a, app.Org.VillageA1.Id);
        var (_, early) = await PostAsync(a, $"/api/v1/maternal/people/{other}/pregnancies", new { firstContactDate = Iso(Today.AddDays(-30)), lastMenstrualPeriod = Iso(Today.AddDays(-100)) });
        var (refused, problem) = await PostAsync(a, $"/api/v1/maternal/pregnancies/{early.GetProperty("id").GetGuid()}/delivery", new
        {
            deliveryDate = Iso(Today), place = "Home", attendant = "Untrained", babies = new[] { new { kind = "Stillbirth" } },
        });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("maternal.delivery.tooEarly", problem.GetProperty("codes").GetProperty("deliveryDate")[0].GetString());
    }
}
