using System.Text.RegularExpressions;
using CoSo.BrowserTests.Infrastructure;
using CoSo.Core.Chronic;
using CoSo.Core.Common;
using CoSo.Core.Encounters;
using CoSo.Core.People;
using CoSo.Data.Chronic;
using CoSo.Data.Encounters;
using CoSo.Data.People;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace CoSo.BrowserTests;

/// <summary>
/// Every chart of the UI, drawn in Vietnamese (decimal comma culture): each number written into an SVG attribute must
/// use '.' (vi-VN's "31,46" is rejected by the browser and the chart draws nothing).
/// </summary>
[Collection(CoSoAppGroup.Name)]
public sealed partial class SvgCultureTests(CoSoApp app) : BrowserTest(app)
{
    [Fact]
    public async Task Every_page_with_a_chart_writes_its_svg_numbers_with_a_decimal_point_in_vietnamese()
    {
        var personId = await PatientWithReadingsAsync();
        var page = await NewPageAsync("vi-VN");
        await page.SignInAsync(TestData.UserA, TestData.Password);
        string[] pages = [$"/nguoi-dan/{personId}", $"/man-tinh/benh-nhan/{personId}", "/man-tinh/chi-so", "/giam-sat/duong-cong", "/chi-tieu"];
        var checkedNumbers = 0;
        foreach (var path in pages)
        {
            await page.GotoAsync(path);
            var svg = page.Locator("svg[role='img']").First;
            await Expect(svg).ToBeVisibleAsync(new() { Timeout = 10000 });
            // Wait until the chart has drawn its shapes (a line, a bar, a point).
            await Expect(page.Locator("svg[role='img'] :is(polyline, rect, line, circle)").First).ToBeAttachedAsync();
            var attributes = await page.EvaluateAsync<string[][]>(@"() => [...document.querySelectorAll('svg[role=img], svg[role=img] *')]
                .flatMap(e => ['x','y','x1','x2','y1','y2','cx','cy','r','width','height','viewBox','points']
                  .filter(a => e.hasAttribute(a)).map(a => [a, e.getAttribute(a)]))");
            Assert.NotEmpty(attributes);
            foreach (var pair in attributes)
            {
                var (name, value) = (pair[0], pair[1]);
                if (name is "width" or "height" && value.EndsWith('%'))
                {
                    continue;
                }

                var numbers = name == "points" ? PointSeparators().Split(value.Trim()) : value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                foreach (var n in numbers.Where(n => n.Length > 0))
                {
                    Assert.True(SvgNumber().IsMatch(n), $"{path}: {name}=\"{value}\" has the number \"{n}\"");
                    checkedNumbers++;
                }
            }
        }

        Assert.True(checkedNumbers > 100, $"only {checkedNumbers} numbers checked");
    }

    private async Task<Guid> PatientWithReadingsAsync()
    {
        await using var sp = TestData.Services(App.ConnectionString);
        await using var scope = sp.CreateAsyncScope();
        var today = VietnamClock.Today(TimeProvider.System);
        var person = await scope.ServiceProvider.GetRequiredService<PeopleService>().RegisterAsync(new PersonInput
        {
            FullName = "Lê Văn Biểu Đồ", BirthYear = 1955, Sex = Sex.Male, OrgUnitId = App.Data.StationA,
        });
        await scope.ServiceProvider.GetRequiredService<ChronicRegistryService>().EnrolAsync(person.Id, new EnrolmentInput
        {
            Programme = ChronicProgramme.Hypertension, RegisteredOn = today.AddMonths(-4), BaselineSystolic = 162, BaselineDiastolic = 97,
        });
        var visits = scope.ServiceProvider.GetRequiredService<VisitService>();
        foreach (var (days, sys, dia, weight) in new[] { (90, 158, 96, 61.4m), (60, 149, 91, 60.7m), (30, 141, 88, 60.25m) })
        {
            await visits.RecordAsync(person.Id, new VisitInput
            {
                OccurredAt = DateTimeOffset.UtcNow.AddDays(-days), Systolic = sys, Diastolic = dia, WeightKg = weight, Diagnoses = [new DiagnosisInput("I10", true)],
            });
        }

        return person.Id;
    }

    [GeneratedRegex(@"^-?\d+(\.\d+)?$")]
    private static partial Regex SvgNumber();

    [GeneratedRegex(@"[\s,]+")]
    private static partial Regex PointSeparators();
}
