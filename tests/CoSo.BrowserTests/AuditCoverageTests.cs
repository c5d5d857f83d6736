using System.Globalization;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using CoSo.BrowserTests.Infrastructure;
using CoSo.Core.Chronic;
using CoSo.Core.Common;
using CoSo.Core.Encounters;
using CoSo.Core.People;
using CoSo.Core.Surveillance.Cases;
using CoSo.Data;
using CoSo.Data.Chronic;
using CoSo.Data.Encounters;
using CoSo.Data.Immunization;
using CoSo.Data.Maternal;
using CoSo.Data.People;
using CoSo.Data.Surveillance;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CoSo.BrowserTests;

/// <summary>
/// Issue 14, item 2, "an audit-coverage test that renders every Blazor page and every export for a resident and finds
/// an audit row for each person shown". Every routable page of CoSo.Web (read from the sources' @page directives, so a
/// new page is covered or fails this test) is rendered as a station clinician, with a resident who is on every list
/// (an overdue hypertensive man with a visit and a suspected case, his infant grandson due for vaccines and weighing,
/// his pregnant daughter-in-law, a vaccination session). On each page and in each export, every resident of the
/// station whose full name appears must be listed by a read-audit row the page or download wrote after it began.
/// </summary>
[Collection(CoSoAppGroup.Name)]
public sealed partial class AuditCoverageTests(CoSoApp app) : BrowserTest(app)
{
    [Fact]
    public async Task Every_page_and_every_export_audits_each_resident_it_shows()
    {
        var data = await SeedAsync();
        var page = await NewPageAsync();
        await page.SignInAsync(TestData.UserA, TestData.Password);

        var residents = await ResidentsOfStationAsync();
        var routes = PageRoutes();
        var urls = routes.ToDictionary(r => r, r => Concrete(r, data));
        var missing = new List<string>();
        var showedSomeone = 0;
        foreach (var (route, url) in urls)
        {
            var since = DateTimeOffset.UtcNow.AddSeconds(-1);
            await page.GotoAsync(url);
            var text = await SettledTextAsync(page);
            var shown = Shown(text, residents);
            if (shown.Count == 0)
            {
                continue;
            }

            showedSomeone++;
            var audited = await AuditedSinceAsync(since);
            missing.AddRange(shown.Where(name => !residents[name].Any(audited.Contains)).Select(name => $"page {route} ({url}) shows {name} with no read-audit row"));
        }

        var api = page.APIRequest;
        var month = VietnamClock.Today(TimeProvider.System).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var today = VietnamClock.Today(TimeProvider.System);
        var exports = new[]
        {
            "/api/v1/chronic/overdue.xlsx",
            $"/api/v1/chronic/indicators.xlsx?programme=Hypertension&month={month}",
            "/api/v1/growth/weighing-due.xlsx",
            "/api/v1/nutrition/vitamin-a.xlsx",
            "/api/v1/family-planning/due.xlsx",
            "/api/v1/maternal/anc-due.xlsx",
            "/api/v1/maternal/postnatal-due.xlsx",
            $"/api/v1/immunization/sessions/{data.Session}/due.xlsx",
            "/api/v1/surveillance/cases.xlsx",
            $"/api/v1/surveillance/counts/weekly.csv?from={today.AddDays(-30):yyyy-MM-dd}&to={today:yyyy-MM-dd}",
            $"/api/v1/stock/report.xlsx?month={month}",
            "/api/v1/facilities/gaps.xlsx",
        };
        var exportsShowing = 0;
        foreach (var url in exports)
        {
            var since = DateTimeOffset.UtcNow.AddSeconds(-1);
            var response = await api.GetAsync(url);
            Assert.True(response.Ok, $"{url} answered {response.Status}");
            var body = await response.BodyAsync();
            var text = url.Contains(".csv", StringComparison.Ordinal) ? System.Text.Encoding.UTF8.GetString(body) : CellsText(body);
            var shown = Shown(text, residents);
            if (shown.Count == 0)
            {
                continue;
            }

            exportsShowing++;
            var audited = await AuditedSinceAsync(since);
            missing.AddRange(shown.Where(name => !residents[name].Any(audited.Contains)).Select(name => $"export {url} shows {name} with no read-audit row"));
        }

        Assert.True(missing.Count == 0, string.Join('\n', missing));
        // The check is not vacuous: the pages and lists that name residents did show them (a page that stopped
        // rendering would otherwise pass). Resident pages, household, care card, child card, pregnancy, visit pages,
        // the lists (residents, overdue, high-risk, due lists, weighing, cases, session) name at least one.
        Assert.True(showedSomeone >= 15, $"only {showedSomeone} of {urls.Count} pages showed a resident");
        Assert.True(exportsShowing >= 5, $"only {exportsShowing} of {exports.Length} exports named a resident");
    }

    private sealed record Seeded(Guid Man, Guid Household, Guid Visit, Guid Case, Guid Child, Guid Pregnancy, Guid Session);

    private async Task<Seeded> SeedAsync()
    {
        await using var sp = TestData.Services(App.ConnectionString);
        await using var scope = sp.CreateAsyncScope();
        var s = scope.ServiceProvider;
        var today = VietnamClock.Today(TimeProvider.System);
        var db = s.GetRequiredService<CoSoDbContext>();
        var village = await db.OrgUnits.AsNoTracking().Where(u => u.ParentId == App.Data.StationA).OrderBy(u => u.Code).Select(u => u.Id).FirstAsync();
        var household = await s.GetRequiredService<HouseholdService>().CreateAsync(new HouseholdInput("HGD-AUDIT-01", "Xóm Kiểm Toán", App.Data.StationA, village));
        var people = s.GetRequiredService<PeopleService>();
        var man = await people.RegisterAsync(new PersonInput
        {
            FullName = "Phạm Văn Kiểm", BirthDate = new DateOnly(1958, 4, 2), Sex = Sex.Male, OrgUnitId = App.Data.StationA, VillageId = village,
            HouseholdId = household.Id, RelationshipToHead = HouseholdRelationship.Head, Phone = "0987111222",
        });
        var woman = await people.RegisterAsync(new PersonInput
        {
            FullName = "Đỗ Thị Toán", BirthDate = new DateOnly(1997, 8, 9), Sex = Sex.Female, OrgUnitId = App.Data.StationA, VillageId = village,
            HouseholdId = household.Id, RelationshipToHead = HouseholdRelationship.ChildInLaw, Phone = "0987111333",
        });
        var child = await people.RegisterAsync(new PersonInput
        {
            FullName = "Phạm Minh Khắp", BirthDate = today.AddMonths(-3), Sex = Sex.Male, OrgUnitId = App.Data.StationA, VillageId = village,
            HouseholdId = household.Id, RelationshipToHead = HouseholdRelationship.Grandchild,
        });
        await s.GetRequiredService<ChronicRegistryService>().EnrolAsync(man.Id, new EnrolmentInput
        {
            Programme = ChronicProgramme.Hypertension, RegisteredOn = today.AddMonths(-5), BaselineSystolic = 168, BaselineDiastolic = 99,
            NextAppointment = today.AddDays(-6),
        });
        var visit = await s.GetRequiredService<VisitService>().RecordAsync(man.Id, new VisitInput
        {
            OccurredAt = DateTimeOffset.UtcNow.AddDays(-40), Systolic = 162, Diastolic = 97, Diagnoses = [new DiagnosisInput("I10", true)],
        }, null);
        var reported = await s.GetRequiredService<CaseReportService>().CreateAsync(new CaseReportInput("dengue", CaseClassification.Suspected, today.AddDays(-2), PersonId: man.Id, StationId: App.Data.StationA));
        var pregnancy = await s.GetRequiredService<PregnancyRegisterService>().RegisterAsync(woman.Id, new PregnancyRegistration
        {
            FirstContactDate = today.AddDays(-60), LastMenstrualPeriod = today.AddDays(-150),
        });
        var session = await s.GetRequiredService<SessionService>().PlanAsync(new SessionInput(App.Data.StationA, today.AddDays(1), null, null));
        return new Seeded(man.Id, household.Id, visit.Id, reported.Id, child.Id, pregnancy.Id, session.Id);
    }

    // Full name → the residents of station A who carry it (two residents may share a name: either audited suffices).
    private async Task<Dictionary<string, List<Guid>>> ResidentsOfStationAsync()
    {
        await using var sp = TestData.Services(App.ConnectionString);
        await using var scope = sp.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoSoDbContext>();
        var units = await db.OrgUnits.AsNoTracking().Where(u => u.Id == App.Data.StationA || u.ParentId == App.Data.StationA).Select(u => u.Id).ToListAsync();
        var people = await db.People.AsNoTracking().Where(p => units.Contains(p.OrgUnitId)).Select(p => new { p.Id, p.FullName }).ToListAsync();
        return people.GroupBy(p => p.FullName).ToDictionary(g => g.Key, g => g.Select(p => p.Id).ToList());
    }

    private async Task<HashSet<Guid>> AuditedSinceAsync(DateTimeOffset since)
    {
        await using var sp = TestData.Services(App.ConnectionString);
        await using var scope = sp.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoSoDbContext>();
        var rows = await db.ReadAudits.AsNoTracking().Where(r => r.UserName == TestData.UserA).ToListAsync();
        return rows.Where(r => r.At >= since).SelectMany(r => r.PersonIds).ToHashSet();
    }

    // Longest names first, each occurrence consumed: a newborn registered as "Con của Hà Thị Thu" shows the child, not
    // the mother whose name is part of the child's.
    private static List<string> Shown(string text, Dictionary<string, List<Guid>> residents)
    {
        var shown = new List<string>();
        foreach (var name in residents.Keys.OrderByDescending(n => n.Length))
        {
            var pattern = new Regex($@"(?<!\p{{L}}){Regex.Escape(name)}(?!\p{{L}})", RegexOptions.CultureInvariant);
            if (pattern.IsMatch(text))
            {
                shown.Add(name);
                text = pattern.Replace(text, "\u0001");
            }
        }

        return shown;
    }

    // A Blazor page renders after its circuit starts: wait until its text stops changing (and no progress bar shows).
    private static async Task<string> SettledTextAsync(IPage page)
    {
        var last = string.Empty;
        var stable = 0;
        for (var i = 0; i < 40 && stable < 3; i++)
        {
            await Task.Delay(250);
            var text = await page.Locator("body").InnerTextAsync();
            var busy = await page.Locator(".mud-progress-linear, .mud-progress-circular").CountAsync() > 0;
            stable = text == last && !busy ? stable + 1 : 0;
            last = text;
        }

        return last;
    }

    private static string CellsText(byte[] xlsx)
    {
        using var book = new XLWorkbook(new MemoryStream(xlsx));
        return string.Join('\n', book.Worksheets.SelectMany(w => w.CellsUsed()).Select(c => c.GetString()));
    }

    private static string Concrete(string route, Seeded d) => route
        .Replace("{Id:guid}/kham/{VisitId:guid}", $"{d.Man}/kham/{d.Visit}", StringComparison.Ordinal)
        .Replace("/nguoi-dan/{Id:guid}", $"/nguoi-dan/{d.Man}", StringComparison.Ordinal)
        .Replace("/ho-gia-dinh/{Id:guid}", $"/ho-gia-dinh/{d.Household}", StringComparison.Ordinal)
        .Replace("/man-tinh/benh-nhan/{Id:guid}", $"/man-tinh/benh-nhan/{d.Man}", StringComparison.Ordinal)
        .Replace("/giam-sat/ca/{Id:guid}", $"/giam-sat/ca/{d.Case}", StringComparison.Ordinal)
        .Replace("/me-be/thai-ky/{Id:guid}", $"/me-be/thai-ky/{d.Pregnancy}", StringComparison.Ordinal)
        .Replace("/tiem-chung/buoi/{Id:guid}", $"/tiem-chung/buoi/{d.Session}", StringComparison.Ordinal)
        .Replace("/tiem-chung/tre/{PersonId:guid}", $"/tiem-chung/tre/{d.Child}", StringComparison.Ordinal);

    // Every @page of CoSo.Web except the sign-in page (no resident, and it would sign the page out).
    private static List<string> PageRoutes()
    {
        var root = Path.Combine(RepoPaths.Root, "src", "CoSo.Web", "Components");
        var routes = Directory.EnumerateFiles(root, "*.razor", SearchOption.AllDirectories)
            .SelectMany(File.ReadLines).Select(l => PageDirective().Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value)
            .Where(r => r != "/dang-nhap").Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.True(routes.Count >= 40, $"found only {routes.Count} pages under {root}");
        Assert.All(routes, r => Assert.DoesNotContain("{", Concrete(r, new Seeded(Guid.Empty, Guid.Empty, Guid.Empty, Guid.Empty, Guid.Empty, Guid.Empty, Guid.Empty)), StringComparison.Ordinal));
        return routes;
    }

    [GeneratedRegex("^@page \"([^\"]+)\"")]
    private static partial Regex PageDirective();
}
