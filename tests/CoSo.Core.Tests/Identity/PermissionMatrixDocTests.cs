using CoSo.Core.Identity;

namespace CoSo.Core.Tests.Identity;

/// <summary>The permission matrix (issue 14, item 1): the one table, the page that prints it, and the rules it must keep.</summary>
public sealed class PermissionMatrixDocTests
{
    private static readonly Role[] Columns = [Role.StationClinician, Role.VillageHealthWorker, Role.DistrictManager, Role.ProvincialManager, Role.Administrator];

    [Fact]
    public void Docs_permissions_prints_exactly_the_matrix_of_the_code()
    {
        var doc = File.ReadAllLines(Path.Combine(RepoRoot(), "docs", "permissions.md"));
        var rows = doc.Where(l => l.StartsWith("| `", StringComparison.Ordinal)).ToList();
        Assert.Equal(Enum.GetValues<Capability>().Length, rows.Count);
        foreach (var row in rows)
        {
            var cells = row.Trim('|').Split('|').Select(c => c.Trim()).ToArray();
            var capability = Enum.Parse<Capability>(cells[0].Trim('`'));
            for (var i = 0; i < Columns.Length; i++)
            {
                Assert.True(cells[2 + i] == (Permissions.Has(Columns[i], capability) ? "✓" : "—"), $"docs/permissions.md: {capability} for {Columns[i]} is '{cells[2 + i]}'");
            }
        }
    }

    [Fact]
    public void A_village_health_worker_cannot_prescribe_merge_residents_edit_staff_or_record_visits()
    {
        // The probe's findings (security-2026-12): a village health worker recorded prescriptions, merged residents and edited staff.
        foreach (var c in new[] { Capability.Prescribe, Capability.MergeResidents, Capability.ManageStaff, Capability.RecordVisits, Capability.Dispense, Capability.ReadClinicalDetail, Capability.Immunize })
        {
            Assert.False(Permissions.Has(Role.VillageHealthWorker, c), c.ToString());
        }

        // What the village's work is: residents and households, call outcomes, weighing, suspected cases, a pregnancy found.
        foreach (var c in new[] { Capability.RegisterResidents, Capability.RecordOutreach, Capability.RecordGrowthAndNutrition, Capability.ReportCases, Capability.NotifyPregnancy })
        {
            Assert.True(Permissions.Has(Role.VillageHealthWorker, c), c.ToString());
        }
    }

    [Fact]
    public void Since_07_2025_only_the_province_approves_an_assessment_and_only_an_administrator_reads_the_audit()
    {
        Assert.Equal([Role.ProvincialManager, Role.Administrator], Columns.Where(r => Permissions.Has(r, Capability.ApproveAssessments)));
        Assert.Equal([Role.DistrictManager, Role.ProvincialManager, Role.Administrator], Columns.Where(r => Permissions.Has(r, Capability.PreReviewAssessments)));
        Assert.Equal([Role.Administrator], Columns.Where(r => Permissions.Has(r, Capability.ReadAudit)));
        Assert.Equal([Role.Administrator], Columns.Where(r => Permissions.Has(r, Capability.ManageUsers)));
    }

    [Fact]
    public void The_actor_fails_closed_and_a_job_has_only_what_it_states()
    {
        ICurrentActor anonymous = new Anonymous();
        Assert.All(Enum.GetValues<Capability>(), c => Assert.False(anonymous.Can(c)));
        Assert.Empty(Permissions.Of(null));

        ICurrentActor job = SystemActor.Job("system:indicators", Capability.ComputeIndicators);
        Assert.True(job.Can(Capability.ComputeIndicators));
        Assert.False(job.Can(Capability.RegisterResidents));
        Assert.True(job.Scope.All);

        ICurrentActor console = new SystemActor("cli");
        Assert.All(Enum.GetValues<Capability>(), c => Assert.True(console.Can(c)));
    }

    private sealed class Anonymous : ICurrentActor
    {
        public Guid? UserId => null;

        public string UserName => "anonymous";

        public string? RemoteAddress => null;

        public AccessScope Scope => AccessScope.Nothing;
    }

    internal static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CoSo.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("CoSo.sln not found above " + AppContext.BaseDirectory);
    }
}
