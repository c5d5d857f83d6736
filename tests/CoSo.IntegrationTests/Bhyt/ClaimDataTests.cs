using System.CommandLine;
using System.Globalization;
using CoSo.Cli.Commands;
using CoSo.Core.Bhyt;
using CoSo.Core.Common;
using CoSo.Core.Encounters;
using CoSo.Core.People;
using CoSo.Data.Bhyt;
using CoSo.Data.Encounters;
using CoSo.Data.Pharmacy;
using CoSo.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoSo.IntegrationTests.Bhyt;

// Issue 15 on both databases: covered visits become checked claims, an uncovered one is held and never exported, the
// CLI export and check agree, submission goes through the file-drop gateway, and a visit corrected after submission
// gets a second claim version while the first (as sent) is kept.
public sealed class ClaimDataTests
{
    private static readonly DateOnly Day = new(2026, 11, 10);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Visits_become_claims_that_export_check_submit_and_version_on_correction(string provider)
    {
        var cs = await TestDatabase.CreateAsync(provider, "coso_bhyt");
        var org = await TestDatabase.WithDbAsync(cs, TestOrg.SeedAsync);
        var gatewayDir = Directory.CreateTempSubdirectory("coso-bhyt-gw").FullName;
        var outDir = Directory.CreateTempSubdirectory("coso-bhyt-out").FullName;
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<Core.Identity.ICurrentActor>(new Core.Identity.SystemActor("system:test"));
        services.AddSingleton(new BhytOptions(gatewayDir, null, null));
        Data.DataServiceCollectionExtensions.AddCoSoData(services, Data.DatabaseSettings.Parse(cs));
        await using var sp = services.BuildServiceProvider();

        var covered = await PersonAsync(sp, org.StationA.Id, "HT3383800000001");
        var uncovered = await PersonAsync(sp, org.StationA.Id, null);
        Guid visitId;
        int visitVersion;
        await using (var scope = sp.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<StockService>().ReceiveAsync(new ReceiveInput("PARA500", "L1", new DateOnly(2028, 1, 1), 100, 250.5m) { StationId = org.StationA.Id });
            var visits = scope.ServiceProvider.GetRequiredService<VisitService>();
            var v = await visits.RecordAsync(covered, new VisitInput
            {
                OccurredAt = new DateTimeOffset(2026, 11, 10, 2, 30, 0, TimeSpan.Zero), WeightKg = 60, CapillaryGlucoseMmol = 6.4m,
                Diagnoses = [new DiagnosisInput("J06.9", true)],
                Prescriptions = [new PrescriptionInput("Paracetamol", "500 mg", null, 10, 5) { DrugCode = "PARA500", DosePerTake = 1, TimesPerDay = 2, Dispense = true }],
            });
            (visitId, visitVersion) = (v.Id, v.Version);
            await visits.RecordAsync(uncovered, new VisitInput { OccurredAt = new DateTimeOffset(2026, 11, 10, 3, 0, 0, TimeSpan.Zero), WeightKg = 50, Diagnoses = [new DiagnosisInput("J06.9", true)] });
        }

        // The CLI export: one file per covered visit, the uncovered one held with its reason.
        var (code, stdout, _) = Run("bhyt", "export", "--from", "2026-11-01", "--to", "2026-11-30", "--out", outDir, "--station", "38123", "--database", cs);
        Assert.Equal(0, code);
        Assert.Contains("exported 1 visits", stdout, StringComparison.Ordinal);
        // 10 × 250.5 (the lot's price) + 32 000 (the exam price in force from 2026-11-01, not the earlier 30 500)
        // + 15 200 (capillary glucose), all at MUC_HUONG 100.
        var total = (10m * 250.5m) + 32000m + 15200m;
        Assert.True(stdout.Contains($"T_TONGCHI_BV {ClaimMoney.Text(total)}; T_TONGCHI_BH {ClaimMoney.Text(total)}; T_BHTT {ClaimMoney.Text(total)}; T_BNCCT 0", StringComparison.Ordinal), stdout);
        Assert.Contains("Giữ lại / held: 38123", stdout, StringComparison.Ordinal);
        var file = Assert.Single(Directory.GetFiles(outDir));
        Assert.Equal($"38123-{visitId:N}.xml", Path.GetFileName(file));
        var read = ClaimXml.Read(File.OpenRead(file));
        var doc = Assert.Single(read.Documents);
        Assert.Equal(visitId.ToString("N"), doc.MaLk);
        Assert.Equal(ClaimMoney.Text(10m * 250.5m), doc.Summary["T_THUOC"]);
        Assert.Equal("Paracetamol (acetaminophen)", doc.Rows(ClaimTables.Xml2)[0]["TEN_THUOC"]);
        Assert.Equal("6.4", doc.Rows(ClaimTables.Xml4)[0]["GIA_TRI"]);
        Assert.DoesNotContain(Directory.GetFiles(outDir), f => f.Contains(uncovered.ToString("N"), StringComparison.Ordinal));

        // The check of our own file passes; a planted fault makes it fail with one line naming the field.
        Assert.Equal(0, Run("bhyt", "check", outDir).Code);
        var bad = Path.Combine(outDir, "bad.xml");
        File.WriteAllText(bad, File.ReadAllText(file).Replace("<MACSKCB>38123</MACSKCB>", "<MACSKCB>38999</MACSKCB>", StringComparison.Ordinal));
        var check = Run("bhyt", "check", bad);
        Assert.Equal(1, check.Code);
        Assert.Contains($"bad.xml, {visitId:N}, XML1, MA_CSKCB: dòng 1 / row 1: phải giống MACSKCB của tệp (38999)", check.Stdout, StringComparison.Ordinal);
        Assert.Contains("checked 1 files, 1 HOSO: 1 violations", check.Stdout, StringComparison.Ordinal);
        File.Delete(bad);

        // Submission through the file drop, then a correction after it: version 2, version 1 kept as sent.
        await using (var scope = sp.CreateAsyncScope())
        {
            var claims = scope.ServiceProvider.GetRequiredService<ClaimService>();
            var batch = await claims.SubmitAsync(new ClaimBatchInput(org.StationA.Id, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30)));
            Assert.Equal(1, batch.ClaimCount);
            Assert.Equal(1, batch.HeldCount);
            Assert.Equal(total, batch.FundPays);
            Assert.True(File.Exists(Path.Combine(gatewayDir, "outbox", $"38123-{visitId:N}-v1.xml")));
            Assert.True(File.Exists(Path.Combine(gatewayDir, "outbox", $"38123-{visitId:N}-v1.checkin.xml")));
            await scope.ServiceProvider.GetRequiredService<VisitCorrections>().UpdateAsync(covered, visitId, new VisitInput
            {
                OccurredAt = new DateTimeOffset(2026, 11, 10, 2, 30, 0, TimeSpan.Zero), WeightKg = 60, Diagnoses = [new DiagnosisInput("J20.9", true)],
                Prescriptions = [new PrescriptionInput("Paracetamol", "500 mg", null, 10, 5) { DrugCode = "PARA500", DosePerTake = 1, TimesPerDay = 2, Dispense = true }],
            }, visitVersion);
        }

        await using (var scope = sp.CreateAsyncScope())
        {
            var claims = scope.ServiceProvider.GetRequiredService<ClaimService>();
            var station = await scope.ServiceProvider.GetRequiredService<Data.CoSoDbContext>().OrgUnits.SingleAsync(u => u.Id == org.StationA.Id);
            var refresh = await claims.RefreshAsync(station, Day, Day);
            Assert.Equal(1, refresh.NewVersions);
            var list = await claims.ListAsync(org.StationA.Id, Day, Day, null);
            var current = list.Items.Single(c => c.EncounterId == visitId);
            Assert.Equal(2, current.ClaimVersion);
            Assert.Equal(ClaimStatus.Corrected, current.Status);
            Assert.Equal(list.Items.Single(c => c.PersonId == uncovered).HeldReasons, ["bhyt.held.uncovered"]);
            var detail = await claims.GetAsync(current.Id);
            Assert.Equal([ClaimStatus.Submitted, ClaimStatus.Corrected], detail.Versions.Select(v => v.Status));
            var db = scope.ServiceProvider.GetRequiredService<Data.CoSoDbContext>();
            var first = await db.BhytClaims.SingleAsync(c => c.EncounterId == visitId && c.ClaimVersion == 1);
            Assert.False(first.IsCurrent);
            var firstDoc = ClaimXml.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(first.Xml!))).Documents[0];
            Assert.Equal("J06.9", firstDoc.Summary["MA_BENH_CHINH"]);
            var secondDoc = ClaimXml.Read(new MemoryStream((await claims.XmlAsync(current.Id)).Content)).Documents[0];
            Assert.Equal("J20.9", secondDoc.Summary["MA_BENH_CHINH"]);
            Assert.Equal(10m * 250.5m, decimal.Parse(secondDoc.Summary["T_THUOC"], CultureInfo.InvariantCulture));

            // The gateway's answer names the version it is about: version 1 is rejected with its reason code.
            Directory.CreateDirectory(Path.Combine(gatewayDir, "inbox"));
            File.WriteAllText(Path.Combine(gatewayDir, "inbox", "a.json"), $$"""{"maLk":"{{visitId:N}}","version":1,"accepted":false,"maKetQua":"E123","thongDiep":"Sai mã bệnh"}""");
            Assert.Equal(1, await claims.ApplyAnswersAsync());
        }

        var rejected = await TestDatabase.WithDbAsync(cs, db => db.BhytClaims.SingleAsync(c => c.EncounterId == visitId && c.ClaimVersion == 1));
        Assert.Equal(ClaimStatus.Rejected, rejected.Status);
        Assert.Equal("E123", rejected.GatewayCode);
        // The export's read of the covered resident is in the read trail (one row per export chunk listing them).
        Assert.Contains(await TestDatabase.ReadsOfAsync(cs, covered), r => r.Source == "bhyt-export" && r.PersonIds.Contains(covered));
    }

    private static async Task<Guid> PersonAsync(ServiceProvider sp, Guid station, string? card)
    {
        await using var scope = sp.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Data.CoSoDbContext>();
        var name = TestPeople.UniqueName();
        var p = new Person
        {
            Id = Guid.CreateVersion7(), ProvinceCode = "38", OrgUnitId = station, FullName = name, NameKey = TextFolding.Fold(name), BirthDate = new DateOnly(1970, 1, 2),
            BirthYear = 1970, Sex = Sex.Male, EthnicityCode = "01", AddressLine = "Thôn Đông", CommuneCode = await db.OrgUnits.Where(u => u.Id == station).Select(u => u.AdminUnitCode).SingleAsync(),
            BhytNumber = card, BhytValidFrom = card is null ? null : new DateOnly(2026, 1, 1), BhytValidTo = card is null ? null : new DateOnly(2026, 12, 31),
            BhytFacilityCode = card is null ? null : "38123", CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow, Version = 1,
        };
        db.People.Add(p);
        await db.SaveChangesAsync();
        return p.Id;
    }

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter(CultureInfo.InvariantCulture);
        using var stderr = new StringWriter(CultureInfo.InvariantCulture);
        var code = CliApp.Build().Parse(args).Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
        return (code, stdout.ToString(), stderr.ToString());
    }
}
